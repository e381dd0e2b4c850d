// The customer's name: where the agent says it, what it is, and how example sentences address them.
import type { Call, Turn } from "./conversation.js";
import type { PhraseBook } from "../text/phrases.js";
import { tokensOf, type Token } from "../text/tokens.js";
import { turns } from "./call-flow.js";
import { defaultLanguage, languageOf } from "../lang/index.js";
import { textOf } from "../lang/texts.js";

export interface NameMention {
  /** Token range in the turn. */
  from: number;
  to: number;
}


// The words for names and placeholders are the call's language pack's.

/**
 * Where the agent names the customer in a turn: an honorific with a name ("mevrouw Janssen",
 * "meneer De Vries"), the customer's name from front matter, or a script placeholder ({naam}).
 */
export function findCustomerName(call: Call, turn: Turn, phrases: PhraseBook): NameMention | undefined {
  const { tokens } = tokensOf(turn);
  const known = knownCustomerNames(call);
  const { customerPlaceholder: CUSTOMER_PLACEHOLDER, agentPlaceholder: AGENT_PLACEHOLDER, titles: TITLES, nameParticles: NAME_PARTICLES } = languageOf(call).names;
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
      // "ik plan u in bij dokter Bakker": a title names someone else, unless it is the customer's name.
      const title = TITLES.has(token.norm) && !(next && known.has(next.norm));
      if (next && !title && (next.capitalized || next.placeholder || known.has(next.norm))) {
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




/**
 * Surnames the customer goes by: from front matter, and from the customer's own introduction
 * ("met Piet Janssen", "u spreekt met mevrouw De Vries", "mijn naam is Yılmaz").
 */
export function knownCustomerNames(call: Call): Set<string> {
  let names = knownNamesCache.get(call);
  if (names) return names;
  names = new Set<string>();
  const { notSurname: NAME_WORDS, customerIntroducer, nameWord } = languageOf(call).names;
  const add = (words: string[]) => {
    for (const word of words) if (!NAME_WORDS.has(word.toLowerCase())) names!.add(word.toLowerCase());
  };
  if (call.meta.customer) add(call.meta.customer.split(/\s+/));
  for (const turn of turns(call, "customer").slice(0, 3)) {
    const { tokens } = tokensOf(turn);
    for (let i = 0; i < tokens.length - 1; i++) {
      const introduces = tokens[i]!.norm === customerIntroducer || (tokens[i]!.norm === "is" && tokens[i - 1]?.norm === nameWord);
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

/**
 * How an example sentence in a message addresses this customer: the front-matter name with its
 * honorific ("mevrouw Bakker"), or a generic "mevrouw Janssen".
 */
export function customerAddress(call: Call): string {
  const language = languageOf(call);
  const name = call.meta.customer?.trim();
  if (!name) return textOf(language, "customer.standIn");
  return language.names.honorificStart.test(name) ? name : textOf(language, "customer.withName", { name });
}

/** A script placeholder for the agent's own name: `{eigen naam}`, `[naam medewerker]`, `{agent}`. */
export function isAgentPlaceholder(token: Token): boolean {
  return token.placeholder && defaultLanguage.names.agentPlaceholder.test(token.value);
}

/**
 * How an example sentence in a message names this customer: the call's data (front matter
 * `klant:`, metadata) when it names them; else as the agent named them in the call ("mevrouw De
 * Vries", or `{naam}` in a script); else as the customer introduced themselves ("met mevrouw
 * Wagemakers"); else a stand-in (customerAddress).
 */
export function spokenCustomerAddress(call: Call, phrases: PhraseBook): string {
  // Several rules ask for every message they make: work it out once per call and phrase book.
  let byBook = addressCache.get(call);
  if (!byBook) addressCache.set(call, (byBook = new WeakMap()));
  let address = byBook.get(phrases);
  if (address === undefined) byBook.set(phrases, (address = workOutAddress(call, phrases)));
  return address;
}

const addressCache = new WeakMap<Call, WeakMap<PhraseBook, string>>();

function workOutAddress(call: Call, phrases: PhraseBook): string {
  const agentSide = turns(call).filter((turn) => turn.role === "agent" || turn.role === "colleague");
  const named = namedIn(call, agentSide, phrases);
  // The call's data names the customer for certain; what the agent said may name someone else
  // ("dokter Bakker"), so it is used only when it is the same name ("mevrouw Janssen" for "Janssen").
  const data = call.meta.customer?.trim();
  if (data) {
    const surname = data.split(/\s+/).at(-1)!.toLowerCase();
    return named && named.toLowerCase().split(/\s+/).includes(surname) ? named : customerAddress(call);
  }
  return named ?? namedIn(call, turns(call, "customer").slice(0, 2), phrases) ?? customerAddress(call);
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
