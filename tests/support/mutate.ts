// Seeded mutations of a text, for fuzzing: the same seed gives the same inputs on every run.
import { prng } from "../../bench/corpus.mjs";

/** The benchmark corpus's seeded PRNG (mulberry32), typed for the tests. */
export const seededRandom: (seed: number) => () => number = prng;

// Pieces that mean something to one of the parsers, plus characters that tend to break text code.
const PIECES = [
  "---\n", "...\n", "\n", "\r\n", "\r", "{", "}", "[", "]", '"', "\\", ":", ",", "*a", "&a ", "-->", " --> ",
  "00:00:01.000 --> 00:00:02.000\n", "1\n", "WEBVTT\n\n", "<v Agent>", "</v>", "## Aanbodfase\n", "**Agent:** ", "Agent:",
  "Klant:", "[wacht]", "[doorverbinden: ]", "<!-- beleefd-disable -->", "sprekers:\n  Kees: agent\n", '"text":', '"items":[',
  "\u0000", "\u001b[31m", "\u0007", "\uFEFF", "\u200b", "é", "ë", "👋", "\uD800", "u", "U", "je", "?", ".", " ", "\t",
];

/** One to four random edits: insert a piece, delete, duplicate or swap a slice, or cut the text. */
export function mutate(text: string, random: () => number): string {
  const pick = (n: number) => Math.floor(random() * n);
  let out = text;
  for (let edits = 1 + pick(4); edits > 0; edits--) {
    const at = pick(out.length + 1);
    const length = pick(Math.min(40, out.length - at) + 1);
    switch (pick(6)) {
      case 0:
      case 1:
        out = out.slice(0, at) + PIECES[pick(PIECES.length)]! + out.slice(at);
        break;
      case 2:
        out = out.slice(0, at) + out.slice(at + length);
        break;
      case 3:
        out = out.slice(0, at) + out.slice(at, at + length).repeat(2 + pick(3)) + out.slice(at + length);
        break;
      case 4: {
        const other = pick(out.length + 1);
        out = out.slice(0, at) + out.slice(other, other + length) + out.slice(at);
        break;
      }
      default:
        out = out.slice(0, at);
    }
  }
  return out;
}
