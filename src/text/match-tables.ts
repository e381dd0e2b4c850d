// The phrase lists and phase cue groups of a language as one table of distinct patterns, keyed by
// the word a pattern starts with. Plain data: the package build computes the Dutch pack's table
// once (scripts/match-tables.mjs) and a run only turns it into patterns (phrase-index.ts).
import { parsePattern, type PatternData } from "./pattern.js";

/** A phase cue group's patterns: its own phrases (pattern numbers) and the lists it names. */
export interface CueGroupTable {
  speaker: "agent" | "customer";
  phrases: number[];
  lists: string[];
}

export interface MatchTables {
  /** Every distinct pattern, numbered by its place here. */
  patterns: PatternData[];
  /** Per list (by name, in the lists' order), its pattern numbers in the list's order. */
  lists: [name: string, patterns: number[]][];
  cueGroups: CueGroupTable[];
  /** Pattern numbers by their literal, required first word; the others are tried at any word. */
  firstWords: [word: string, patterns: number[]][];
}

/** What the table is made from: named lists of pattern sources and, for a language, its cue groups. */
export interface CueGroupSource {
  readonly speaker: "agent" | "customer";
  readonly lists?: readonly string[];
  readonly phrases?: readonly string[];
}

export function compileMatchTables(lists: Readonly<Record<string, readonly string[]>>, cueGroups: readonly CueGroupSource[] = []): MatchTables {
  const tables: MatchTables = { patterns: [], lists: [], cueGroups: [], firstWords: [] };
  const numbers = new Map<string, number>();
  const numberOf = (source: string): number => {
    let number = numbers.get(source);
    if (number === undefined) {
      number = tables.patterns.length;
      numbers.set(source, number);
      tables.patterns.push(parsePattern(source));
    }
    return number;
  };
  for (const [name, sources] of Object.entries(lists)) tables.lists.push([name, sources.map(numberOf)]);
  for (const group of cueGroups) {
    tables.cueGroups.push({ speaker: group.speaker, phrases: (group.phrases ?? []).map(numberOf), lists: [...(group.lists ?? [])] });
  }
  const firstWords = new Map<string, number[]>();
  tables.patterns.forEach((pattern, number) => {
    for (const word of keyWords(pattern) ?? []) {
      const bucket = firstWords.get(word);
      if (bucket) bucket.push(number);
      else firstWords.set(word, [number]);
    }
  });
  tables.firstWords = [...firstWords];
  return tables;
}

/** The literal words a pattern must start with, or undefined when it may start elsewhere. */
export function keyWords(pattern: PatternData): readonly string[] | undefined {
  const first = pattern.elements[0]!;
  return "words" in first && !first.optional ? first.words : undefined;
}
