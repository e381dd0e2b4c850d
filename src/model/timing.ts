// When things happen in a call: measured ends, overlaps, where a hold ends. Only from times that
// were really given; a call without times gives no answers, so timing rules stay silent there.
import type { Call, CallEvent, CallItem, Turn } from "./conversation.js";
import { implicitHoldReturns } from "./call-flow.js";
import { defaultLanguage } from "../lang/index.js";
import { textOf } from "../lang/texts.js";
import type { LanguagePack } from "../lang/types.js";

/**
 * The end of an item as measured. Parsers close an item without an end at the start of the next
 * timed item; such an end (equal to the next start) says no more than "no gap, no overlap", so it
 * does not count: a transcript with start times only cannot show a silence or an overlap.
 */
export function measuredEnd(call: Call, item: CallItem): number | undefined {
  const end = item.time?.end;
  if (end === undefined) return undefined;
  for (let i = item.index + 1; i < call.items.length; i++) {
    const next = call.items[i]!.time;
    if (next) return next.start === end ? undefined : end;
  }
  return end;
}

/** How long a turn lasted, when both ends were measured. */
export function measuredDuration(call: Call, turn: Turn): number | undefined {
  const end = measuredEnd(call, turn);
  return end === undefined || !turn.time ? undefined : end - turn.time.start;
}

/**
 * The customer's turn that `turn` starts inside: the nearest earlier customer turn (no event in
 * between) that was still going more than `tolerance` seconds after `turn` began.
 */
export function overlappedCustomerTurn(call: Call, turn: Turn, tolerance: number): Turn | undefined {
  const start = turn.time?.start;
  if (start === undefined) return undefined;
  for (let i = turn.index - 1; i >= 0; i--) {
    const item = call.items[i]!;
    if (item.kind === "event") return undefined;
    if (item.role !== "customer") continue;
    const end = measuredEnd(call, item);
    if (!item.time || end === undefined || start < item.time.start) return undefined;
    return end - start > tolerance ? item : undefined;
  }
  return undefined;
}

export interface HoldPeriod {
  hold: CallEvent;
  /** What ended the hold: `[uit de wacht]`, a transfer or hang-up, the customer, or the agent coming back. */
  end: CallItem | undefined;
  /** Seconds on hold, when both ends have a time. */
  seconds: number | undefined;
}

/**
 * Every hold of the call, from the hold event to what ended it. A hold while already on hold is
 * part of the first. The agent comes back with a turn to the customer, or with any turn for which
 * `isCheckIn` holds ("het duurt iets langer, blijft u nog even aan de lijn?").
 */
export function holdPeriods(call: Call, isCheckIn: (turn: Turn) => boolean): HoldPeriod[] {
  const periods: HoldPeriod[] = [];
  let open: CallEvent | undefined;
  const close = (end: CallItem | undefined) => {
    periods.push({ hold: open!, end, seconds: holdSeconds(call, open!, end) });
    open = undefined;
  };
  for (const item of call.items) {
    if (item.kind === "event") {
      if (item.event === "hold") open ??= item;
      else if (open) close(item);
    } else if (open && (item.role === "customer" || (item.role === "agent" && (implicitHoldReturns(call).has(item) || isCheckIn(item))))) {
      close(item);
    }
  }
  if (open) close(undefined);
  return periods;
}

/**
 * The end is the time of what ended the hold; an `[uit de wacht]` without a time borrows it from the
 * turn right after it. Without an end item, only an end the hold itself was given counts.
 */
function holdSeconds(call: Call, hold: CallEvent, end: CallItem | undefined): number | undefined {
  if (!hold.time) return undefined;
  let at = end?.time?.start;
  if (end && at === undefined && end.kind === "event" && end.event === "unhold") {
    const next = call.items[end.index + 1];
    if (next?.kind === "turn") at = next.time?.start;
  }
  if (!end) at = measuredEnd(call, hold);
  return at === undefined || at < hold.time.start ? undefined : at - hold.time.start;
}

/** Seconds as the trainee reads them, in the call's language: "74 seconden", "1 seconde". */
export function secondsText(seconds: number, language: LanguagePack = defaultLanguage): string {
  const whole = Math.round(seconds);
  return whole === 1 ? textOf(language, "seconds.one") : textOf(language, "seconds.many", { count: whole });
}

/** The option schema of a timing rule with one limit in seconds, and its default. */
export function maxSecondsOption(description: string, seconds: number) {
  return {
    schema: {
      type: "object",
      properties: { maxSeconds: { type: "number", exclusiveMinimum: 0, description } },
      additionalProperties: false,
    },
    defaultOptions: { maxSeconds: seconds },
  };
}
