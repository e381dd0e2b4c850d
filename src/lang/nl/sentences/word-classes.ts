// Which word classes occur in a sentence, found in one pass. The labeller asks about some thirty
// word sets per sentence; scanning the sentence once per set cost more than the labelling itself.
// Each set is one bit; every word remembers the bits of the sets it belongs to.
import type { Token } from "../../../text/tokens.js";

/** Word classes as bits of one number: at most 32 of them. */
export class WordClasses {
  private readonly bitsOf = new Map<string, number>();
  private count = 0;

  /** Adds a class of words and returns its bit. */
  add(words: Iterable<string>): number {
    if (this.count === 32) throw new Error("Hooguit 32 woordklassen (ze staan in één bitmasker)");
    const bit = 1 << this.count++;
    for (const word of words) this.bitsOf.set(word, (this.bitsOf.get(word) ?? 0) | bit);
    return bit;
  }

  /** The bits of the classes with a word in tokens [from, to), quoted or not. */
  in(tokens: readonly Token[], from: number, to: number): number {
    let found = 0;
    for (let i = from; i < to; i++) found |= this.bitsOf.get(tokens[i]!.norm) ?? 0;
    return found;
  }
}
