// Named phrase lists (greetings, permission questions, thanks, ...) compiled once into patterns.
import type { Token } from "./tokens.js";
import { compilePattern, findPattern, type Pattern, type PatternMatch } from "./pattern.js";
import defaultPhraseData from "./phrases.nl.json" with { type: "json" };

export type PhraseData = Record<string, string[]>;

export interface PhraseMatch extends PatternMatch {
  list: string;
  pattern: string;
}

export class PhraseBook {
  private readonly lists = new Map<string, Pattern[]>();

  /** `extra` adds to the lists of `base` (a company's own greetings, say); nothing is removed. */
  constructor(base: PhraseData = defaultPhraseData, extra: PhraseData = {}) {
    for (const [name, patterns] of Object.entries(base)) this.lists.set(name, patterns.map(compilePattern));
    for (const [name, patterns] of Object.entries(extra)) {
      this.lists.set(name, [...(this.lists.get(name) ?? []), ...patterns.map(compilePattern)]);
    }
  }

  has(list: string): boolean {
    return this.lists.has(list);
  }

  names(): string[] {
    return [...this.lists.keys()];
  }

  /** The earliest match of any phrase of `list` within tokens [from, to). */
  find(list: string, tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch | undefined {
    const patterns = this.lists.get(list);
    if (!patterns) throw new Error(`Onbekende woordenlijst "${list}"`);
    let best: PhraseMatch | undefined;
    for (const pattern of patterns) {
      const match = findPattern(pattern, tokens, from, to, best ? best.from + 1 : to);
      if (match && (!best || match.from < best.from || (match.from === best.from && match.to > best.to))) {
        best = { ...match, list, pattern: pattern.source };
      }
    }
    return best;
  }

  /** Every non-overlapping match of `list`, left to right. */
  findAll(list: string, tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    for (let at = from; at < to; ) {
      const match = this.find(list, tokens, at, to);
      if (!match) break;
      matches.push(match);
      at = match.to;
    }
    return matches;
  }
}

let defaultBook: PhraseBook | undefined;
/** The built-in lists, compiled on first use and shared. */
export function defaultPhraseBook(): PhraseBook {
  return (defaultBook ??= new PhraseBook());
}
