// Questions rules share about a call: who is on the line, which way it goes, names, speech.
import type { Call, CallItem, Direction, Turn } from "./conversation.js";
import type { Settings } from "../types.js";
import type { PhraseBook } from "../text/phrases.js";
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
      const next = tokens[i + 1];
      if (next && (next.capitalized || next.placeholder || known.has(next.norm))) {
        let to = i + 2;
        while (to < tokens.length && tokens[to]!.capitalized && tokens[to]!.sentence === token.sentence) to++;
        return { from: i, to };
      }
    }
    if (known.has(token.norm) && token.capitalized) return { from: i, to: i + 1 };
  }
  return undefined;
}

const knownNamesCache = new WeakMap<Call, Set<string>>();
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
        if (t.capitalized || NAME_WORDS.has(t.norm)) words.push(t.value);
        else break;
      }
      add(words);
    }
  }
  knownNamesCache.set(call, names);
  return names;
}
