// Who the agent speaks to, which way the call goes, where it opens and closes, holds and returns.
import type { Call, CallItem, Direction, Turn } from "./conversation.js";
import { languageOf } from "../lang/index.js";
import type { LanguagePack } from "../lang/types.js";
import type { Settings } from "../types.js";
import { tokensOf } from "../text/tokens.js";

const onLineCache = new WeakMap<Call, boolean[]>();

/**
 * For each item: is the customer on the line (not on hold, not being transferred)?
 * A hold or transfer takes the customer off; an unhold, or the customer speaking, brings them back.
 */
export function customerOnLine(call: Call): boolean[] {
  let result = onLineCache.get(call);
  if (result) return result;
  result = [];
  let onLine = true;
  for (const item of call.items) {
    if (item.kind === "event") {
      if (item.event === "hold" || item.event === "transfer") onLine = false;
      else if (item.event === "unhold") onLine = true;
    } else if (item.role === "customer") {
      onLine = true;
    }
    result.push(onLine);
  }
  onLineCache.set(call, result);
  return result;
}

/** The agent speaks to the customer, not to a colleague (hold, transfer, or a colleague right beside). */
export function agentAddressesCustomer(call: Call, turn: Turn): boolean {
  if (turn.role !== "agent") return false;
  if (!customerOnLine(call)[turn.index]) return false;
  const before = call.items[turn.index - 1];
  const after = call.items[turn.index + 1];
  const isColleague = (item: CallItem | undefined) => item?.kind === "turn" && item.role === "colleague";
  return !isColleague(before) && !isColleague(after);
}

/** Inbound unless front matter or settings say otherwise, or the customer speaks first (they answered our call). */
export function directionOf(call: Call, settings: Settings): Direction {
  if (call.meta.direction) return call.meta.direction;
  if (settings.direction) return settings.direction;
  const first = call.items.find((item): item is Turn => item.kind === "turn" && item.role !== "unknown");
  return first?.role === "customer" ? "outbound" : "inbound";
}

/** The client allows "je" to customers: `settings.tutoyeren: true`, or `tutoyeren: true` (or "ja") in the call's front matter. */
export function tutoyerenAllowed(call: Call, settings: Settings): boolean {
  const own = call.meta.extra.tutoyeren;
  return settings.tutoyeren === true || own === true || own === "ja";
}

export function turns(call: Call, role?: Turn["role"]): Turn[] {
  return call.items.filter((item): item is Turn => item.kind === "turn" && (role === undefined || item.role === role));
}

/**
 * The agent's turns that speak to the customer, in order. Also a turn the customer answers right
 * away, even when no unhold was written (the agent is back after a failed transfer).
 */
export function agentTurnsToCustomer(call: Call): Turn[] {
  return turns(call, "agent").filter((turn) => {
    if (agentAddressesCustomer(call, turn)) return true;
    const before = call.items[turn.index - 1];
    const after = call.items[turn.index + 1];
    return after?.kind === "turn" && after.role === "customer" && !(before?.kind === "turn" && before.role === "colleague");
  });
}

const SUBSTANTIAL_WORDS = 6;

/**
 * The customer says something of substance (the reason for calling, an objection), not just a
 * greeting, a name or "ja": the opening is over.
 */
function isSubstantial(turn: Turn, language: LanguagePack): boolean {
  const { smallTalk, greetingWord } = language.words;
  const { tokens, sentences } = tokensOf(turn);
  const sentenceStarts = new Set(sentences.map((s) => s.from));
  let words = 0;
  tokens.forEach((token, i) => {
    if (token.quoted || token.placeholder || smallTalk.has(token.norm) || greetingWord.test(token.norm)) return;
    if (token.capitalized && !sentenceStarts.has(i)) return; // a name
    words++;
  });
  return words >= SUBSTANTIAL_WORDS;
}

/**
 * The agent's opening: in a script with phases, the agent's turns in the aanvang phase; otherwise the
 * first `max` agent turns to the customer, until the customer says something of substance or a
 * hold, transfer or hang-up comes.
 */
export function openingTurns(call: Call, max = 2, language: LanguagePack = languageOf(call)): Turn[] {
  // Inferred phases come from these very phrases; only a script's headings say where the opening is.
  if (call.meta.phaseSource !== "inferred" && call.items.some((item) => item.phase === "aanvang")) {
    return agentTurnsToCustomer(call).filter((turn) => turn.phase === "aanvang");
  }
  const result: Turn[] = [];
  for (const item of call.items) {
    if (result.length >= max) break;
    if (item.kind === "event") {
      if (result.length > 0) break;
      continue;
    }
    if (item.role === "customer" && result.length > 0 && isSubstantial(item, language)) break;
    if (agentAddressesCustomer(call, item)) result.push(item);
  }
  return result;
}

/** Index of the first hang-up, or the number of items when nobody hangs up. */
function firstHangup(call: Call): number {
  const at = call.items.findIndex((item) => item.kind === "event" && item.event === "hangup");
  return at === -1 ? call.items.length : at;
}

/**
 * The agent's close: in a script with an afsluiting phase, the agent's turns in it; otherwise the last
 * `max` agent turns to the customer before the first hang-up. The very first agent turn is left out
 * when there are others: a "bedankt voor het bellen" in the greeting is no close.
 */
export function closingTurns(call: Call, max = 3): Turn[] {
  const end = firstHangup(call);
  const candidates = agentTurnsToCustomer(call).filter((turn) => turn.index < end);
  if (call.meta.phaseSource !== "inferred" && call.items.some((item) => item.phase === "afsluiting")) {
    return candidates.filter((turn) => turn.phase === "afsluiting");
  }
  const rest = candidates.length > 1 ? candidates.slice(1) : candidates;
  return rest.slice(-max);
}

/** The agent's part ends in a transfer: after the agent last spoke to the customer, the call was transferred. */
export function endsInTransfer(call: Call): boolean {
  const end = firstHangup(call);
  const last = agentTurnsToCustomer(call).filter((turn) => turn.index < end).pop();
  const from = last ? last.index + 1 : 0;
  return call.items.slice(from, end).some((item) => item.kind === "event" && item.event === "transfer");
}

const implicitReturnCache = new WeakMap<Call, Set<Turn>>();

function besideColleague(call: Call, turn: Turn): boolean {
  const isColleague = (item: CallItem | undefined) => item?.kind === "turn" && item.role === "colleague";
  return isColleague(call.items[turn.index - 1]) || isColleague(call.items[turn.index + 1]);
}

/**
 * Agent turns that end a hold without `[uit de wacht]`: after a hold, the first agent turn that is
 * not part of a talk with a colleague, unless a transfer follows before the customer speaks (then the
 * agent was still busy with the colleague).
 */
export function implicitHoldReturns(call: Call): Set<Turn> {
  let result = implicitReturnCache.get(call);
  if (result) return result;
  result = new Set<Turn>();
  let onHold = false;
  for (const item of call.items) {
    if (item.kind === "event") {
      onHold = item.event === "hold";
      continue;
    }
    if (!onHold) continue;
    if (item.role === "customer") onHold = false;
    else if (item.role === "agent" && !besideColleague(call, item) && !transferBeforeCustomer(call, item.index)) {
      result.add(item);
      onHold = false;
    }
  }
  implicitReturnCache.set(call, result);
  return result;
}

function transferBeforeCustomer(call: Call, index: number): boolean {
  for (let i = index + 1; i < call.items.length; i++) {
    const item = call.items[i]!;
    if (item.kind === "turn" && item.role === "customer") return false;
    if (item.kind === "event") return item.event === "transfer";
  }
  return false;
}

/**
 * The turn is said to the customer: the agent on the line (also back from a hold without
 * `[uit de wacht]`), or, after a transfer, the colleague who took the customer over.
 */
export function speaksToCustomer(call: Call, turn: Turn): boolean {
  if (turn.role === "agent") return agentAddressesCustomer(call, turn) || implicitHoldReturns(call).has(turn);
  if (turn.role !== "colleague" || !customerOnLine(call)[turn.index]) return false;
  for (let i = 0; i < turn.index; i++) {
    const item = call.items[i]!;
    if (item.kind === "event" && item.event === "transfer") return true;
  }
  return false;
}

/**
 * The call has a customer: the customer speaks, or the agent speaks to them. A call in which the
 * agent only talks with a colleague ("Hoi Ellen, ik heb een klant voor je") has none.
 */
export function hasCustomer(call: Call): boolean {
  return call.items.some((item) => item.kind === "turn" && (item.role === "customer" || speaksToCustomer(call, item)));
}
