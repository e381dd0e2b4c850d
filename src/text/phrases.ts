// Named phrase lists (greetings, permission questions, thanks, ...) compiled once into patterns.
import type { Token } from "./tokens.js";
import { compilePattern, matchAt, mayStartWith, MAX_REMEMBERED_WORDS, secondWordMisses, type Pattern, type PatternMatch } from "./pattern.js";
import type { LanguagePack, PhraseListName } from "../lang/types.js";

/**
 * Patterns by list name, untyped: a config's additions (config/validate.ts checks their names when
 * the config is read) and a house rule's own lists (src/checks/).
 */
export type PhraseData = Record<string, string[]>;

export interface PhraseMatch extends PatternMatch {
  list: string;
  pattern: string;
}

/** The patterns of each list (by list number) worth trying at a word, in the list's order. */
interface Starts {
  /** Numbers of the lists with at least one candidate. */
  lists: number[];
  byList: (Pattern[] | undefined)[];
}

/** A token array's index: what can start at each token, and (per list, once asked) where. */
interface TokenIndex {
  starts: Starts[];
  positions: (number[] | undefined)[];
}

const NO_STARTS: Starts = { lists: [], byList: [] };

/**
 * The lists compiled once. Finding a phrase does not try every pattern at every word: the book
 * remembers per distinct word which patterns of which lists can start there (a literal first word,
 * or a leading optional word or regular expression that fits), and indexes each token array once,
 * on first use, by the words where each list can start. A search then visits only those words.
 */
export class PhraseBook<Name extends string = PhraseListName> {
  private readonly sources = new Map<string, Pattern[]>();
  private readonly numbers = new Map<string, number>();
  private readonly lists: Pattern[][] = [];
  /** Per list: patterns by their literal, required first word; the others are `loose`. */
  private readonly byFirstWord: Map<string, Pattern[]>[] = [];
  private readonly loose: Pattern[][] = [];
  private readonly starts = new Map<string, Starts>();
  /** Where this book keeps its index on a token array: dies with the tokens, so with the model. */
  private readonly slot = Symbol("phrase starts");

  /** `extra` adds to the lists of `base` (a company's own greetings, say); nothing is removed. */
  constructor(base: Readonly<Record<Name, readonly string[]>>, extra: PhraseData = {}) {
    for (const [name, patterns] of Object.entries<readonly string[]>(base)) this.sources.set(name, patterns.map(compilePattern));
    for (const [name, patterns] of Object.entries(extra)) {
      this.sources.set(name, [...(this.sources.get(name) ?? []), ...patterns.map(compilePattern)]);
    }
    for (const [name, patterns] of this.sources) {
      this.numbers.set(name, this.lists.length);
      this.lists.push(patterns);
      const keyed = new Map<string, Pattern[]>();
      const loose: Pattern[] = [];
      for (const pattern of patterns) {
        const first = pattern.elements[0]!;
        if (first.kind === "word" && !first.optional && first.words) {
          for (const word of first.words) {
            const bucket = keyed.get(word);
            if (bucket) bucket.push(pattern);
            else keyed.set(word, [pattern]);
          }
        } else {
          loose.push(pattern);
        }
      }
      this.byFirstWord.push(keyed);
      this.loose.push(loose);
    }
  }

  has(list: string): boolean {
    return this.sources.has(list);
  }

  names(): string[] {
    return [...this.sources.keys()];
  }

  /** The earliest match of any phrase of `list` within tokens [from, to); the longest there. */
  find(list: Name, tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch | undefined {
    const number = this.numbers.get(list);
    if (number === undefined) throw new Error(`Onbekende woordenlijst "${list}"`);
    const positions = this.positionsIn(tokens, number);
    for (let k = firstAtOrAfter(positions, from); k < positions.length; k++) {
      const at = positions[k]!;
      if (at >= to) break;
      const match = this.longestAt(tokens, at, to, number, list);
      if (match) return match;
    }
    return undefined;
  }

  /** The candidates at `at` in list order; a later pattern wins only with a longer match. */
  private longestAt(tokens: readonly Token[], at: number, to: number, number: number, list: string): PhraseMatch | undefined {
    let best: Pattern | undefined;
    let bestEnd = at;
    for (const pattern of this.startsAt(tokens[at]!.norm).byList[number] ?? []) {
      if (secondWordMisses(pattern, tokens, at, to)) continue;
      const end = matchAt(pattern.elements, 0, tokens, at, to);
      if (end > bestEnd) {
        best = pattern;
        bestEnd = end;
      }
    }
    return best ? { from: at, to: bestEnd, list, pattern: best.source } : undefined;
  }

  /**
   * The longest match of `list` that starts exactly at token `at` and ends by `to`. What
   * `find(list, tokens, at, to)` gives when its match starts at `at`, without scanning past it.
   */
  findAt(list: string, tokens: readonly Token[], at: number, to = tokens.length): PhraseMatch | undefined {
    const number = this.numbers.get(list);
    if (number === undefined) throw new Error(`Onbekende woordenlijst "${list}"`);
    if (at < 0 || at >= to || at >= tokens.length) return undefined;
    return this.longestAt(tokens, at, to, number, list);
  }

  /** Every non-overlapping match of `list`, left to right. */
  findAll(list: Name, tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    for (let at = from; at < to; ) {
      const match = this.find(list, tokens, at, to);
      if (!match) break;
      matches.push(match);
      at = match.to;
    }
    return matches;
  }

  /**
   * `find` for a short stretch (one sentence): the earliest match of `list` in tokens [from, to),
   * the longest there, found by walking those words instead of indexing the whole text for the list.
   */
  findWithin(list: Name, tokens: readonly Token[], from: number, to: number): PhraseMatch | undefined {
    const number = this.numbers.get(list);
    if (number === undefined) throw new Error(`Onbekende woordenlijst "${list}"`);
    const starts = this.indexOf(tokens).starts;
    for (let at = from; at < to; at++) {
      if (!starts[at]!.byList[number]) continue;
      const match = this.longestAt(tokens, at, to, number, list);
      if (match) return match;
    }
    return undefined;
  }

  /**
   * Which lists can match somewhere in tokens [from, to): a test for list names, true for the lists
   * with a pattern that may start at one of those words. One pass over the words, so a caller that
   * asks many lists about one sentence skips those that cannot match. The test is valid until the
   * next call (it reads one mask that the book reuses).
   */
  candidateLists(tokens: readonly Token[], from = 0, to = tokens.length): (list: string) => boolean {
    const starts = this.indexOf(tokens).starts;
    const mask = (this.mask ??= new Uint8Array(this.lists.length));
    mask.fill(0);
    for (let i = from; i < to; i++) for (const number of starts[i]!.lists) mask[number] = 1;
    return this.inMask;
  }

  private mask: Uint8Array | undefined;
  private readonly inMask = (list: string): boolean => {
    const number = this.numbers.get(list);
    return number !== undefined && this.mask![number] === 1;
  };

  /** The token array's index: per token, the lists that can start there (built once per array). */
  private indexOf(tokens: readonly Token[]): TokenIndex {
    const holder = tokens as unknown as { [slot: symbol]: TokenIndex | undefined };
    let index = holder[this.slot];
    if (!index) {
      // One memo look-up per token, shared by every list; positions only for the lists asked for.
      index = { starts: tokens.map((token) => this.startsAt(token.norm)), positions: [] };
      if (Object.isExtensible(tokens)) holder[this.slot] = index;
    }
    return index;
  }

  /** The ascending token indexes where list `number` can start; worked out once per array and list. */
  private positionsIn(tokens: readonly Token[], number: number): readonly number[] {
    const index = this.indexOf(tokens);
    let positions = index.positions[number];
    if (!positions) {
      positions = [];
      for (let i = 0; i < index.starts.length; i++) if (index.starts[i]!.byList[number]) positions.push(i);
      index.positions[number] = positions;
    }
    return positions;
  }

  private startsAt(norm: string): Starts {
    let starts = this.starts.get(norm);
    if (starts) return starts;
    const lists: number[] = [];
    const byList: (Pattern[] | undefined)[] = [];
    for (let number = 0; number < this.lists.length; number++) {
      const keyed = this.byFirstWord[number]!.get(norm) ?? [];
      const loose = this.loose[number]!.filter((pattern) => mayStartWith(pattern, norm));
      if (keyed.length + loose.length === 0) continue;
      lists.push(number);
      byList[number] = loose.length ? [...keyed, ...loose] : keyed;
    }
    starts = lists.length ? { lists, byList } : NO_STARTS;
    if (this.starts.size >= MAX_REMEMBERED_WORDS) this.starts.clear();
    this.starts.set(norm, starts);
    return starts;
  }
}

/** Index of the first position >= `from` (positions ascend). */
function firstAtOrAfter(positions: readonly number[], from: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (positions[mid]! < from) low = mid + 1;
    else high = mid;
  }
  return low;
}

const packBooks = new WeakMap<LanguagePack, PhraseBook>();
/** A language pack's own lists, compiled on first use and shared. */
export function phraseBookOf(language: LanguagePack): PhraseBook {
  let book = packBooks.get(language);
  if (!book) packBooks.set(language, (book = new PhraseBook(language.phrases)));
  return book;
}
