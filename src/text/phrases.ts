// Named phrase lists (greetings, permission questions, thanks, ...) compiled once into patterns.
import type { Token } from "./tokens.js";
import { compilePattern, matchAt, type Pattern, type PatternMatch } from "./pattern.js";
import defaultPhraseData from "./phrases.nl.json" with { type: "json" };

export type PhraseData = Record<string, string[]>;

export interface PhraseMatch extends PatternMatch {
  list: string;
  pattern: string;
}

/**
 * A list indexed by the literal first word of each pattern, so finding a phrase costs one map
 * look-up per token; patterns that start with a regex or an optional word are tried everywhere.
 */
class CompiledList {
  private readonly byFirstWord = new Map<string, Pattern[]>();
  private readonly everywhere: Pattern[] = [];

  constructor(patterns: readonly Pattern[]) {
    for (const pattern of patterns) {
      const first = pattern.elements[0]!;
      if (first.kind === "word" && !first.optional && first.words) {
        for (const word of first.words) {
          const bucket = this.byFirstWord.get(word);
          if (bucket) bucket.push(pattern);
          else this.byFirstWord.set(word, [pattern]);
        }
      } else {
        this.everywhere.push(pattern);
      }
    }
  }

  /** The longest match starting exactly at token `at`. */
  matchAt(tokens: readonly Token[], at: number, to: number): { end: number; pattern: Pattern } | undefined {
    let best: { end: number; pattern: Pattern } | undefined;
    const consider = (patterns: readonly Pattern[] | undefined) => {
      if (!patterns) return;
      for (const pattern of patterns) {
        const end = matchAt(pattern.elements, 0, tokens, at, to);
        if (end > at && (!best || end > best.end)) best = { end, pattern };
      }
    };
    consider(this.byFirstWord.get(tokens[at]!.norm));
    consider(this.everywhere);
    return best;
  }
}

export class PhraseBook {
  private readonly sources = new Map<string, Pattern[]>();
  private readonly lists = new Map<string, CompiledList>();

  /** `extra` adds to the lists of `base` (a company's own greetings, say); nothing is removed. */
  constructor(base: PhraseData = defaultPhraseData, extra: PhraseData = {}) {
    for (const [name, patterns] of Object.entries(base)) this.sources.set(name, patterns.map(compilePattern));
    for (const [name, patterns] of Object.entries(extra)) {
      this.sources.set(name, [...(this.sources.get(name) ?? []), ...patterns.map(compilePattern)]);
    }
    for (const [name, patterns] of this.sources) this.lists.set(name, new CompiledList(patterns));
  }

  has(list: string): boolean {
    return this.sources.has(list);
  }

  names(): string[] {
    return [...this.sources.keys()];
  }

  /** The earliest match of any phrase of `list` within tokens [from, to). */
  find(list: string, tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch | undefined {
    const compiled = this.lists.get(list);
    if (!compiled) throw new Error(`Onbekende woordenlijst "${list}"`);
    for (let at = from; at < to; at++) {
      const match = compiled.matchAt(tokens, at, to);
      if (match) return { from: at, to: match.end, list, pattern: match.pattern.source };
    }
    return undefined;
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
