// A small pattern language over tokens, so phrase lists stay readable data:
//   heeft u [even|een] moment(je)?     words in order; [..] is an optional word
//   dank ... voor het wachten          "..." skips up to 3 words, "...5" up to 5
//   goede(morgen|middag|navond)        each word is a regular expression for one whole token
//   klant*                             "*" at the end of a word: any continuation (klantnummer)
import type { Token } from "./tokens.js";

type Element =
  | { kind: "word"; test: RegExp; optional: boolean }
  | { kind: "gap"; max: number };

export interface Pattern {
  source: string;
  elements: Element[];
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
    const regex = body.replace(/’/g, "'").replace(/\*$/u, "[\\p{L}\\p{N}'\\-]*");
    try {
      return { kind: "word", test: new RegExp(`^(?:${regex})$`, "iu"), optional };
    } catch {
      throw new PatternSyntaxError(`"${part}" in "${source}" is geen geldig woordpatroon`);
    }
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
function matchAt(elements: Element[], e: number, tokens: readonly Token[], at: number, limit: number): number {
  if (e === elements.length) return at;
  const element = elements[e]!;
  if (element.kind === "gap") {
    for (let skip = 0; skip <= element.max && at + skip <= limit; skip++) {
      const end = matchAt(elements, e + 1, tokens, at + skip, limit);
      if (end !== -1) return end;
    }
    return -1;
  }
  if (at < limit && element.test.test(tokens[at]!.norm)) {
    const end = matchAt(elements, e + 1, tokens, at + 1, limit);
    if (end !== -1) return end;
  }
  return element.optional ? matchAt(elements, e + 1, tokens, at, limit) : -1;
}

/** The first match within tokens [from, to) that starts before `lastStart`. */
export function findPattern(
  pattern: Pattern,
  tokens: readonly Token[],
  from = 0,
  to = tokens.length,
  lastStart = to,
): PatternMatch | undefined {
  for (let at = from; at < lastStart; at++) {
    const end = matchAt(pattern.elements, 0, tokens, at, to);
    if (end !== -1 && end > at) return { from: at, to: end };
  }
  return undefined;
}
