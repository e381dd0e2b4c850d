// Small helpers for reading an English sentence as a list of its words (lower case, quoted words
// left out): where a word is, what comes right after it, and the openers before the real start.
import { OPENERS } from "./words.js";

/** Index of the first of `words` at or after `from`, or -1. */
export function indexOf(words: readonly string[], wanted: ReadonlySet<string>, from = 0): number {
  for (let i = from; i < words.length; i++) if (wanted.has(words[i]!)) return i;
  return -1;
}

/** Sequences split once into their choices: they are written as literals and asked for per sentence. */
const parsed = new Map<string, readonly (readonly string[])[]>();

function partsOf(sequence: string): readonly (readonly string[])[] {
  let parts = parsed.get(sequence);
  if (!parts) parsed.set(sequence, (parts = sequence.split(" ").map((part) => part.split("|"))));
  return parts;
}

/** `sequence` (words separated by spaces; "a|an" for a choice) starts at `at`. */
export function wordsAt(words: readonly string[], at: number, sequence: string): boolean {
  return partsOf(sequence).every((choices, i) => choices.includes(words[at + i] ?? ""));
}

/** Index where `sequence` first occurs, or -1. */
export function find(words: readonly string[], sequence: string, from = 0): number {
  const first = partsOf(sequence)[0]!;
  for (let i = from; i < words.length; i++) if (first.includes(words[i]!) && wordsAt(words, i, sequence)) return i;
  return -1;
}

/** The first word after openers ("ok so", "right well"). */
export function startOf(words: readonly string[]): number {
  let at = 0;
  while (at < words.length - 1 && OPENERS.has(words[at]!)) at++;
  return at;
}
