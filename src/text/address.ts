// How the agent addresses the customer in a turn: every "je"-form (je, jij, jouw, dankjewel) and
// every "u"-form (u, uw, alstublieft), each with its counterpart in the other register. Shared by
// no-tutoyeren (no je at all) and consistent-address (no mixing when je is allowed).
import type { Call, Span, Turn } from "../model/conversation.js";
import type { FormalForms, PhraseListName } from "../lang/types.js";
import type { Settings } from "../types.js";
import type { PhraseBook } from "./phrases.js";
import { tokensOf, type Token } from "./tokens.js";

export type Register = "u" | "je";

export interface AddressForm {
  register: Register;
  /** What was said, lower case: "kun je", "jouw", "heeft u". */
  said: string;
  /** The same in the other register: "kunt u", "uw", "heb je". */
  other: string;
  /** Source span, the verb included when it inverts with the pronoun. */
  span: Span;
}

/** A pack's address forms, looked up both ways. */
interface AddressWords {
  formalWord: Readonly<Record<string, string>>;
  informalWord: Readonly<Record<string, string>>;
  formalVerb: Readonly<Record<string, string>>;
  informalVerb: Readonly<Record<string, string>>;
  subjects: ReadonlySet<string>;
  /** Only a subject pronoun inverts with its verb ("kun je" → "kunt u"); "jou", "jouw" and "uw" never do. */
  inverting: Readonly<Record<Register, ReadonlySet<string>>>;
}

const addressWordsCache = new WeakMap<FormalForms, AddressWords>();

function addressWordsOf(forms: FormalForms): AddressWords {
  let words = addressWordsCache.get(forms);
  if (words) return words;
  words = {
    formalWord: forms.word,
    informalWord: forms.informalWord,
    formalVerb: forms.invertedVerb,
    // The je-verb for each u-verb: the first one listed ("heeft" → "heb", "kunt" → "kun").
    informalVerb: Object.fromEntries(Object.entries(forms.invertedVerb).reverse().map(([je, u]) => [u, je])),
    subjects: new Set(forms.subject),
    inverting: { je: new Set(forms.invertingPronoun.je), u: new Set(forms.invertingPronoun.u) },
  };
  addressWordsCache.set(forms, words);
  return words;
}

/**
 * "kun je", "heeft u": the verb right before the pronoun, in the same sentence, with no subject of
 * its own before it ("ik heb je gegevens" has one: there "je" is no subject).
 */
function invertedVerb(address: AddressWords, tokens: readonly Token[], at: number, register: Register): Token | undefined {
  const { formalVerb, informalVerb, subjects } = address;
  const verb = tokens[at - 1];
  const pronoun = tokens[at]!;
  if (!verb || !address.inverting[register].has(pronoun.norm) || verb.sentence !== pronoun.sentence || verb.quoted) return undefined;
  if (!(verb.norm in (register === "je" ? formalVerb : informalVerb))) return undefined;
  const before = tokens[at - 2];
  if (before && before.sentence === verb.sentence && subjects.has(before.norm)) return undefined;
  return verb;
}

const LISTS: Readonly<Record<Register, readonly PhraseListName[]>> = {
  je: ["informalPronoun", "informalExpression"],
  u: ["formalPronoun"],
};

/** The forms of `register` the speaker uses in the turn, left to right; quotes and brand names left out. */
export function addressForms(call: Call, turn: Turn, phrases: PhraseBook, forms: FormalForms, settings: Settings, register: Register): AddressForm[] {
  const address = addressWordsOf(forms);
  const { formalWord, informalWord, formalVerb, informalVerb } = address;
  const { tokens, sentences } = tokensOf(turn);
  // A brand is no address: "Goedemiddag, Sigrid van Jouw Energie."
  const organization = (call.meta.organization ?? String(settings.organization ?? "")).toLowerCase().split(/\s+/);
  const inName = (i: number) => tokens[i]!.capitalized && !sentences.some((s) => s.from === i) && organization.includes(tokens[i]!.norm);
  const matches = LISTS[register].flatMap((list) => phrases.findAll(list, tokens)).sort((a, b) => a.from - b.from);
  const result: AddressForm[] = [];
  for (const match of matches) {
    const words = tokens.slice(match.from, match.to);
    // Quoted speech and mentions ("De klant zei: 'kun je ...'") are not the speaker's own address.
    if (words.some((t) => t.quoted || t.placeholder) || inName(match.from)) continue;
    const word = words.map((t) => t.norm).join(" ");
    const verb = match.to - match.from === 1 ? invertedVerb(address, tokens, match.from, register) : undefined;
    const from = verb ? match.from - 1 : match.from;
    const verbs = register === "je" ? formalVerb : informalVerb;
    const pronoun = register === "je" ? "u" : "je";
    const other = verb ? `${verbs[verb.norm]} ${pronoun}` : (register === "je" ? formalWord : informalWord)[word] ?? pronoun;
    result.push({
      register,
      said: verb ? `${verb.norm} ${word}` : word,
      other,
      span: [turn.textOffset + tokens[from]!.start, turn.textOffset + tokens[match.to - 1]!.end],
    });
  }
  return result;
}
