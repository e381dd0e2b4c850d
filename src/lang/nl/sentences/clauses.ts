// Clauses of a Dutch sentence and where their grammar starts: the tokenizer splits sentences at
// . ! ? …; a comma, colon, semicolon or dash inside a sentence often starts a new clause ("Mevrouw
// Janssen, heeft u een moment?"), and words such as "oké", "ja", a name or an honorific open a
// clause without being part of its grammar.
import type { Token } from "../../../text/tokens.js";
import { OPENERS } from "./words.js";

export interface Clause {
  /** Token range of the clause. */
  from: number;
  to: number;
  /** The first token of the clause's grammar, past openers and forms of address. */
  core: number;
}

/** A clause break between two words: , ; : — – or a dash between spaces. Scanned without copying the text. */
function breaksBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013) return true; // , ; : — –
    if (c === 45 && i > from && i + 1 < to && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) return true; // " - "
  }
  return false;
}
/** Coordinating conjunctions start a new main clause: "Ik heb het nagevraagd en de voorschotten worden aangepast." */
const CONJUNCTIONS = new Set(["en", "maar", "want"]);

/** The clauses of tokens [from, to) of `text` (the tokenized text). */
export function clausesOf(text: string, tokens: readonly Token[], from: number, to: number): Clause[] {
  const clauses: Clause[] = [];
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i < to && !startsClause(text, tokens, i, to) && !breaksBetween(text, tokens[i - 1]!.end, tokens[i]!.start)) continue;
    const core = CONJUNCTIONS.has(tokens[start]!.norm) && start > from ? start + 1 : start;
    clauses.push({ from: start, to: i, core: coreStart(tokens, Math.min(core, i - 1), i) });
    start = i;
  }
  return clauses;
}

/**
 * A conjunction that links two clauses: a subject or "dan" follows it ("… en de voorschotten
 * worden aangepast", "… maar dan bel ik u terug"). Not "tussen tien en twee", and not the
 * particle "maar" that ends "Zegt u het maar."
 */
function startsClause(text: string, tokens: readonly Token[], i: number, to: number): boolean {
  if (!CONJUNCTIONS.has(tokens[i]!.norm) || i + 1 >= to) return false;
  return CLAUSE_OPENERS.has(tokens[i + 1]!.norm) && !breaksBetween(text, tokens[i]!.end, tokens[i + 1]!.start);
}
const CLAUSE_OPENERS = new Set([
  "ik", "we", "wij", "u", "je", "jij", "hij", "zij", "ze", "het", "er", "de", "een", "die", "dat", "dit", "deze",
  "mijn", "uw", "onze", "ons", "zijn", "haar", "dan", "daarna", "daarom", "nu", "morgen", "vandaag", "straks",
]);

/**
 * Where the grammar of tokens [from, to) starts: past openers ("oké", "ja", "eh"), placeholders,
 * and names written with a capital after the first word ("Mevrouw De Vries heeft u …" → "heeft").
 */
export function coreStart(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  while (i < to - 1) {
    const token = tokens[i]!;
    const isName = token.capitalized && i > from && !OPENERS.has(token.norm);
    if (OPENERS.has(token.norm) || token.placeholder || isName || (token.capitalized && isHonorificBefore(tokens, i))) i++;
    else break;
  }
  return i;
}

/** "Mevrouw Janssen": the capitalised word follows an honorific. */
function isHonorificBefore(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]?.norm;
  return previous === "mevrouw" || previous === "meneer" || previous === "mijnheer";
}

/** The norm of the token at `i`, or "" past the end of the range. */
export function wordAt(tokens: readonly Token[], i: number, to: number): string {
  return i < to && i >= 0 ? tokens[i]!.norm : "";
}

/** Token index of the first of `words` in [from, to), or -1. */
export function indexOfWord(tokens: readonly Token[], words: ReadonlySet<string>, from: number, to: number): number {
  for (let i = from; i < to; i++) if (words.has(tokens[i]!.norm)) return i;
  return -1;
}
