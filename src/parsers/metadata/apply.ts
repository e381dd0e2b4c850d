// Merges call metadata into a parsed call. The file's own events win: metadata adds only kinds of
// event the transcript lacks. Events go where their time falls; one without a time (a hang-up,
// a transfer) goes at the end. An event's span is the item it follows in the file (the turn
// before a hold), since it has no text of its own there.
import type { Call, CallEvent, CallItem, EventKind, Role, Span, TimeRange } from "../../model/conversation.js";
import type { ParseResult } from "../../types.js";
import type { CallMetadata } from "./read.js";

interface NewEvent {
  event: EventKind;
  time?: TimeRange;
  by?: Role;
  target?: string;
}

export function applyMetadata(result: ParseResult, metadata: CallMetadata): void {
  const calls = result.conversation.calls;
  if (calls.length !== 1) {
    result.problems.push({
      span: [0, 0],
      message: `De metadata beschrijft één gesprek, maar dit bestand bevat er ${calls.length}. De metadata is niet gebruikt; geef elk gesprek een eigen bestand.`,
    });
    return;
  }
  const call = calls[0]!;
  const meta = call.meta;
  for (const key of ["direction", "customer", "organization", "agent", "startedAt", "callType"] as const) {
    const value = metadata[key];
    if (value !== undefined) (meta as unknown as Record<string, unknown>)[key] = value;
  }
  if (metadata.customer) meta.speakers[metadata.customer.toLowerCase()] ??= "customer";
  if (metadata.agent) meta.speakers[metadata.agent.toLowerCase()] ??= "agent";

  const has = (kind: EventKind) => call.items.some((item) => item.kind === "event" && item.event === kind);
  if (!has("hold")) {
    const holds = metadata.holds.some((h) => h.start === undefined) ? estimatedHolds(call, metadata.holds.length, result) : metadata.holds;
    for (const hold of holds) {
      const start = hold.start!;
      insert(call, { event: "hold", time: hold.end === undefined ? { start } : { start, end: hold.end } });
      if (hold.end !== undefined) insert(call, { event: "unhold", time: { start: hold.end } });
    }
  }
  if (!has("transfer")) {
    for (const transfer of metadata.transfers) insert(call, { event: "transfer", ...(transfer.target ? { target: transfer.target } : {}), ...timeAt(transfer.at) });
  }
  if (!has("hangup") && metadata.hangup) {
    insert(call, { event: "hangup", ...(metadata.hangup.by ? { by: metadata.hangup.by } : {}), ...timeAt(metadata.hangup.at) });
  }
  call.items.forEach((item, i) => (item.index = i));
}

function timeAt(at: number | undefined): { time?: TimeRange } {
  return at === undefined ? {} : { time: { start: at } };
}

/**
 * Before the first turn that starts at the event's time or later (an unhold at 75 s comes before
 * the agent's turn at 75 s) and after events of the same time; at the end without a time.
 */
function insert(call: Call, event: NewEvent): void {
  const items = call.items;
  const at = event.time?.start;
  const later = (item: CallItem) => item.time !== undefined && at !== undefined && (item.kind === "turn" ? item.time.start >= at : item.time.start > at);
  let index = at === undefined ? -1 : items.findIndex(later);
  if (index === -1) index = items.length;
  const before: CallItem | undefined = items[index - 1] ?? items[0];
  const span: Span = before ? before.span : call.span;
  const item: CallEvent = { kind: "event", index, event: event.event, span };
  if (event.by) item.by = event.by;
  if (event.target) item.target = event.target;
  if (event.time) item.time = event.time;
  items.splice(index, 0, item);
}

/**
 * Holds counted but not timed (Amazon Connect): on hold, nobody talks to the customer, so the
 * transcript's longest silences between turns are where they were.
 */
function estimatedHolds(call: Call, count: number, result: ParseResult): Array<{ start: number; end: number }> {
  const timed = call.items.filter((item) => item.kind === "turn" && item.time);
  if (timed.length < 2) {
    result.problems.push({
      span: [0, 0],
      message: `Volgens de metadata stond de klant ${count} keer in de wacht, maar dit transcript heeft geen tijden: beleefd weet niet waar. De wachtmomenten zijn niet meegenomen.`,
    });
    return [];
  }
  const gaps = timed.slice(1).map((item, i) => {
    const previous = timed[i]!.time!;
    return { start: previous.end ?? previous.start, end: item.time!.start };
  });
  return gaps
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .slice(0, count)
    .sort((a, b) => a.start - b.start);
}
