// A small pattern language over tokens, so phrase lists stay readable data:
//   heeft u [even|een] moment(je)?     words in order; [..] is an optional word
//   dank ... voor het wachten          "..." skips up to 3 words, "...5" up to 5
//   goede(morgen|middag|navond)        each word is a regular expression for one whole token
//   klant*                             "*" at the end of a word: any continuation (klantnummer)
import type { Token } from "./tokens.js";

/** One word of a pattern: a plain alternation of words is a set look-up, anything else a regex. */
export interface WordElement {
  kind: "word";
  optional: boolean;
  /** The literal words this element accepts, when it is a plain alternation ("u", "(heeft|hebt)"). */
  words?: ReadonlySet<string>;
  test(norm: string): boolean;
}

type Element = WordElement | { kind: "gap"; max: number };

export interface Pattern {
  source: string;
  elements: Element[];
}

const LITERAL_ALTERNATION = /^\(?([\p{L}\p{N}'\-]+(?:\|[\p{L}\p{N}'\-]+)*)\)?$/u;

function wordElement(body: string, optional: boolean, part: string, source: string): WordElement {
  const normalized = body.replace(/’/g, "'");
  const literal = LITERAL_ALTERNATION.exec(normalized);
  if (literal && (normalized.startsWith("(") === normalized.endsWith(")"))) {
    const words = new Set(literal[1]!.toLowerCase().split("|"));
    return { kind: "word", optional, words, test: (norm) => words.has(norm) };
  }
  const regex = normalized.replace(/\*$/u, "[\\p{L}\\p{N}'\\-]*");
  let compiled: RegExp;
  try {
    compiled = new RegExp(`^(?:${regex})$`, "iu");
  } catch {
    throw new PatternSyntaxError(`"${part}" in "${source}" is geen geldig woordpatroon`);
  }
  return { kind: "word", optional, test: (norm) => compiled.test(norm) };
}

export interface PatternMatch {
  /** Index of the first matched token and one past the last. */
  from: number;
  to: number;
}

export class PatternSyntaxError extends Error {}

const WORD_SYNTAX = /^[\p{L}\p{N}'’\-|()?*]+$/u;

export function compilePattern(source: string): Pattern {
  const parts = source.trim().split(/\s+/);
  if (parts.length === 0 || parts[0] === "") throw new PatternSyntaxError("leeg patroon");
  const elements: Element[] = parts.map((part) => {
    const gap = /^\.\.\.(\d)?$/.exec(part);
    if (gap) return { kind: "gap", max: gap[1] ? Number(gap[1]) : 3 };
    const optional = part.startsWith("[") && part.endsWith("]");
    const body = optional ? part.slice(1, -1) : part;
    if (!WORD_SYNTAX.test(body)) {
      throw new PatternSyntaxError(`"${part}" in "${source}": alleen letters, cijfers, ' - | ( ) ? * zijn toegestaan`);
    }
    return wordElement(body, optional, part, source);
  });
  if (elements.every((e) => e.kind === "gap" || e.optional)) {
    throw new PatternSyntaxError(`"${source}" heeft geen verplicht woord`);
  }
  if (elements[0]!.kind === "gap" || elements[elements.length - 1]!.kind === "gap") {
    throw new PatternSyntaxError(`"${source}" mag niet met "..." beginnen of eindigen`);
  }
  return { source, elements };
}

/** Matches the pattern starting exactly at token `at`; returns the end index or -1. */
export function matchAt(elements: Element[], e: number, tokens: readonly Token[], at: number, limit: number): number {
  if (e === elements.length) return at;
  const element = elements[e]!;
  if (element.kind === "gap") {
    for (let skip = 0; skip <= element.max && at + skip <= limit; skip++) {
      const end = matchAt(elements, e + 1, tokens, at + skip, limit);
      if (end !== -1) return end;
    }
    return -1;
  }
  if (at < limit && element.test(tokens[at]!.norm)) {
    const end = matchAt(elements, e + 1, tokens, at + 1, limit);
    if (end !== -1) return end;
  }
  return element.optional ? matchAt(elements, e + 1, tokens, at, limit) : -1;
}
