// Questions rules share about a call: who is on the line, which way it goes, names, speech.
import type { Call, CallItem, Direction, Turn } from "./conversation.js";
import type { Settings } from "../types.js";
import type { PhraseBook, PhraseMatch } from "../text/phrases.js";
import { tokensOf, type Token } from "../text/tokens.js";
import type { Span } from "./conversation.js";

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

export function turns(call: Call, role?: Turn["role"]): Turn[] {
  return call.items.filter((item): item is Turn => item.kind === "turn" && (role === undefined || item.role === role));
}

/** Source span of tokens [from, to) of a turn. */
export function tokenSpan(turn: Turn, tokens: readonly Token[], from: number, to: number): Span {
  return [turn.textOffset + tokens[from]!.start, turn.textOffset + tokens[to - 1]!.end];
}

export interface NameMention {
  /** Token range in the turn. */
  from: number;
  to: number;
}

const CUSTOMER_PLACEHOLDER = /naam|klant|achternaam|name|customer|aanhef/i;
const AGENT_PLACEHOLDER = /eigen|medewerker|agent|mijn|jouw|je naam|voornaam/i;

/**
 * Where the agent names the customer in a turn: an honorific with a name ("mevrouw Janssen",
 * "meneer De Vries"), the customer's name from front matter, or a script placeholder ({naam}).
 */
export function findCustomerName(call: Call, turn: Turn, phrases: PhraseBook): NameMention | undefined {
  const { tokens } = tokensOf(turn);
  const known = knownCustomerNames(call);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.quoted) continue;
    if (token.placeholder && CUSTOMER_PLACEHOLDER.test(token.value) && !AGENT_PLACEHOLDER.test(token.value)) {
      return { from: i, to: i + 1 };
    }
    if (phrases.find("honorific", tokens, i, i + 1)) {
      // Lower-case particles may come first: "mevrouw de Wit", "meneer van den Berg".
      let at = i + 1;
      while (at < tokens.length - 1 && NAME_PARTICLES.has(tokens[at]!.value)) at++;
      const next = tokens[at];
      if (next && (next.capitalized || next.placeholder || known.has(next.norm))) {
        let to = at + 1;
        while (to < tokens.length && tokens[to]!.capitalized && tokens[to]!.sentence === token.sentence) to++;
        return { from: i, to };
      }
    }
    if (known.has(token.norm) && token.capitalized) return { from: i, to: i + 1 };
  }
  return undefined;
}

const knownNamesCache = new WeakMap<Call, Set<string>>();
const NAME_PARTICLES = new Set(["de", "van", "der", "den", "het", "ter", "ten", "in", "'t"]);
const NAME_WORDS = new Set(["mevrouw", "meneer", "mijnheer", "heer", "de", "van", "der", "den", "het", "ter", "ten", "dhr", "mevr", "mw"]);

/**
 * Surnames the customer goes by: from front matter, and from the customer's own introduction
 * ("met Piet Janssen", "u spreekt met mevrouw De Vries", "mijn naam is Yılmaz").
 */
export function knownCustomerNames(call: Call): Set<string> {
  let names = knownNamesCache.get(call);
  if (names) return names;
  names = new Set<string>();
  const add = (words: string[]) => {
    for (const word of words) if (!NAME_WORDS.has(word.toLowerCase())) names!.add(word.toLowerCase());
  };
  if (call.meta.customer) add(call.meta.customer.split(/\s+/));
  for (const turn of turns(call, "customer").slice(0, 3)) {
    const { tokens } = tokensOf(turn);
    for (let i = 0; i < tokens.length - 1; i++) {
      const introduces = tokens[i]!.norm === "met" || (tokens[i]!.norm === "is" && tokens[i - 1]?.norm === "naam");
      if (!introduces) continue;
      const words: string[] = [];
      for (let j = i + 1; j < tokens.length && words.length < 4; j++) {
        const t = tokens[j]!;
        if (t.sentence !== tokens[i]!.sentence) break; // "met Wagemakers. Ik heb ..." : the name ends with its sentence
        if (t.capitalized || NAME_WORDS.has(t.norm)) words.push(t.value);
        else break;
      }
      add(words);
    }
  }
  knownNamesCache.set(call, names);
  return names;
}

// ---------------------------------------------------------------- opening and close of a call

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

/**
 * How an example sentence in a message addresses this customer: the front-matter name with its
 * honorific ("mevrouw Bakker"), or a generic "mevrouw Janssen".
 */
export function customerAddress(call: Call): string {
  const name = call.meta.customer?.trim();
  if (!name) return "mevrouw Janssen";
  return /^(mevrouw|meneer|mijnheer|mevr\.?|dhr\.?|mw\.?)\s/i.test(name) ? name : `meneer/mevrouw ${name}`;
}

// Words that carry no content of their own in a customer's first reply ("Ja, met mevrouw De Vries").
const SMALL_TALK = new Set([
  "u", "ik", "met", "spreekt", "spreek", "mijn", "naam", "is", "ben", "de", "het", "van", "der", "den", "ja",
  "nee", "hoor", "daar", "mee", "dat", "klopt", "goed", "prima", "een", "hallo", "hoi", "dag", "welkom", "hier",
  "mevrouw", "meneer", "mijnheer", "dank", "bedankt", "wel", "zeker", "inderdaad", "oké", "ok",
]);
const GREETING_WORD = /^(?:goede|goeie)(?:morgen|middag|navond|ndag)$/;
const SUBSTANTIAL_WORDS = 6;

/**
 * The customer says something of substance (the reason for calling, an objection), not just a
 * greeting, a name or "ja": the opening is over.
 */
function isSubstantial(turn: Turn): boolean {
  const { tokens, sentences } = tokensOf(turn);
  const sentenceStarts = new Set(sentences.map((s) => s.from));
  let words = 0;
  tokens.forEach((token, i) => {
    if (token.quoted || token.placeholder || SMALL_TALK.has(token.norm) || GREETING_WORD.test(token.norm)) return;
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
export function openingTurns(call: Call, max = 2): Turn[] {
  if (call.items.some((item) => item.phase === "aanvang")) {
    return agentTurnsToCustomer(call).filter((turn) => turn.phase === "aanvang");
  }
  const result: Turn[] = [];
  for (const item of call.items) {
    if (result.length >= max) break;
    if (item.kind === "event") {
      if (result.length > 0) break;
      continue;
    }
    if (item.role === "customer" && result.length > 0 && isSubstantial(item)) break;
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
  if (call.items.some((item) => item.phase === "afsluiting")) {
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

/**
 * What the turn says, without label or markup: from its first to its last word. With the source
 * text, only its first line (turn.text blanks line breaks, so the source tells where a line ends).
 */
export function speechSpan(turn: Turn, sourceText?: string): Span {
  const { tokens } = tokensOf(turn);
  if (tokens.length === 0) return turn.span;
  const start = turn.textOffset + tokens[0]!.start;
  let end = turn.textOffset + tokens[tokens.length - 1]!.end;
  if (sourceText !== undefined) {
    const newline = sourceText.indexOf("\n", start);
    if (newline !== -1 && newline < end) {
      end = start;
      for (const token of tokens) if (turn.textOffset + token.end <= newline) end = turn.textOffset + token.end;
    }
  }
  return [start, end];
}

/** The first match of `list` in tokens [from, to) that the speaker says, not quotes. */
export function findSpoken(phrases: PhraseBook, list: string, tokens: readonly Token[], from = 0, to = tokens.length) {
  return phrases.findAll(list, tokens, from, to).find((match) => !tokens.slice(match.from, match.to).some((t) => t.quoted));
}

/** A script placeholder for the agent's own name: `{eigen naam}`, `[naam medewerker]`, `{agent}`. */
export function isAgentPlaceholder(token: Token): boolean {
  return token.placeholder && AGENT_PLACEHOLDER.test(token.value);
}

// ---------------------------------------------------------------- hold, return and transfer

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
  for (const item of call.items.slice(index + 1)) {
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
  return call.items.slice(0, turn.index).some((item) => item.kind === "event" && item.event === "transfer");
}

// Words that may open a request before its verb: "Oké, mevrouw Janssen, heeft u een moment?"
const OPENERS = new Set(["oké", "ok", "okay", "oke", "okee", "goed", "prima", "nou", "zo", "ja", "nee", "sorry", "even", "eh", "ehm", "uhm", "euh", "top", "mooi", "helder", "duidelijk", "juist", "hé", "excuses", "pardon"]);

/**
 * A match of `list` (askMoment) that really asks: its sentence ends in a question mark, or the
 * phrase opens its sentence after no more than a name or "oké" (a transcript without punctuation).
 * "Dan kan ik u even in de wacht zetten." states, it does not ask.
 */
export function findRequest(call: Call, turn: Turn, phrases: PhraseBook, list = "askMoment"): PhraseMatch | undefined {
  const { tokens, sentences } = tokensOf(turn);
  const known = knownCustomerNames(call);
  for (const match of phrases.findAll(list, tokens)) {
    if (tokens.slice(match.from, match.to).some((t) => t.quoted)) continue;
    const first = tokens[match.from]!.sentence;
    const last = tokens[match.to - 1]!.sentence;
    if (sentences.slice(first, last + 1).some((s) => s.question)) return match;
    const sentence = sentences[first]!;
    const opener = (token: Token, i: number) =>
      token.placeholder || known.has(token.norm) || OPENERS.has(token.norm) ||
      phrases.find("honorific", tokens, i, i + 1) !== undefined || (token.capitalized && i > sentence.from);
    if (tokens.slice(sentence.from, match.from).every((t, k) => opener(t, sentence.from + k))) return match;
  }
  return undefined;
}

/**
 * How an example sentence in a message names this customer: as the agent named them in the call
 * ("mevrouw De Vries", or `{naam}` in a script); else the front matter; else as the customer
 * introduced themselves ("met mevrouw Wagemakers"); else a stand-in (customerAddress).
 */
export function spokenCustomerAddress(call: Call, phrases: PhraseBook): string {
  const agentSide = turns(call).filter((turn) => turn.role === "agent" || turn.role === "colleague");
  const named = namedIn(call, agentSide, phrases);
  if (named) return named;
  if (call.meta.customer?.trim()) return customerAddress(call);
  return namedIn(call, turns(call, "customer").slice(0, 2), phrases) ?? customerAddress(call);
}

/** The first honorific-with-name (or placeholder) in these turns, as written. */
function namedIn(call: Call, candidates: readonly Turn[], phrases: PhraseBook): string | undefined {
  for (const turn of candidates) {
    const mention = findCustomerName(call, turn, phrases);
    if (!mention) continue;
    const { tokens } = tokensOf(turn);
    const first = tokens[mention.from]!;
    if (!first.placeholder && mention.to - mention.from < 2) continue; // a bare surname: no honorific to copy
    const text = turn.text.slice(first.start, tokens[mention.to - 1]!.end).replace(/\s+/g, " ");
    return first.placeholder ? text : text[0]!.toLowerCase() + text.slice(1);
  }
  return undefined;
}

/** The first letter as a capital: for a name that opens an example sentence. */
export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/**
 * The call has a customer: the customer speaks, or the agent speaks to them. A call in which the
 * agent only talks with a colleague ("Hoi Ellen, ik heb een klant voor je") has none.
 */
export function hasCustomer(call: Call): boolean {
  return call.items.some((item) => item.kind === "turn" && (item.role === "customer" || speaksToCustomer(call, item)));
}
