// Named phrase lists (greetings, permission questions, thanks, ...) compiled once into patterns.
import type { Token } from "./tokens.js";
import type { PatternMatch } from "./pattern.js";
import { compileMatchTables, type CueGroupSource, type MatchTables } from "./match-tables.js";
import { firstHitFrom, hitAt, hitPattern, PhraseIndex, type Hits } from "./phrase-index.js";
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

/**
 * The lists compiled once, into one index with the language's phase cue groups (phrase-index.ts).
 * The first search in a token array matches every pattern there in one pass; each search then
 * reads those hits, and phase inference reads the same ones.
 */
export class PhraseBook<Name extends string = PhraseListName> {
  readonly index: PhraseIndex;

  /**
   * `extra` adds to the lists of `base` (a company's own greetings, say); nothing is removed.
   * `cueGroups` are a language's phase cues, matched in the same pass; a pack's lists that come
   * with a table made at build time (`withMatchTables`) bring their own.
   */
  constructor(base: Readonly<Record<Name, readonly string[]>>, extra: PhraseData = {}, cueGroups: readonly CueGroupSource[] = []) {
    const tables = builtTables.get(base) ?? compileMatchTables(base, cueGroups);
    this.index = new PhraseIndex(tables, extra);
  }

  has(list: string): boolean {
    return this.index.listNumbers.has(list);
  }

  names(): string[] {
    return [...this.index.listNumbers.keys()];
  }

  /** The earliest match of any phrase of `list` within tokens [from, to); the longest there. */
  find(list: Name, tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch | undefined {
    const number = this.numberOf(list);
    const hits = this.index.hitsOf(tokens);
    const mine = this.index.hitsOfList(hits, number);
    for (let m = firstHitFrom(hits, mine, from); m < mine.length; ) {
      const at = hitAt(hits, mine[m]!);
      if (at >= to) break;
      let next = m;
      while (next < mine.length && hitAt(hits, mine[next]!) === at) next++;
      const match = this.longestOf(tokens, hits, mine, m, next, to, number, list);
      if (match) return match;
      m = next;
    }
    return undefined;
  }

  /** Of the list's hits mine[first..last) (one start token), the longest by `to`; on a tie the earliest candidate. */
  private longestOf(tokens: readonly Token[], hits: Hits, mine: readonly number[], first: number, last: number, to: number, number: number, list: string): PhraseMatch | undefined {
    let best = -1;
    let bestEnd = -1;
    let bestRank = 0;
    for (let m = first; m < last; m++) {
      const k = mine[m]!;
      const end = this.index.endBy(tokens, hits, k, to);
      if (end === -1) continue;
      const rank = this.index.rank(number, hitPattern(hits, k));
      if (end > bestEnd || (end === bestEnd && rank < bestRank)) {
        best = k;
        bestEnd = end;
        bestRank = rank;
      }
    }
    if (best === -1) return undefined;
    return { from: hitAt(hits, best), to: bestEnd, list, pattern: this.index.patterns[hitPattern(hits, best)]!.source };
  }

  /**
   * The longest match of `list` that starts exactly at token `at` and ends by `to`. What
   * `find(list, tokens, at, to)` gives when its match starts at `at`, without scanning past it.
   */
  findAt(list: string, tokens: readonly Token[], at: number, to = tokens.length): PhraseMatch | undefined {
    const number = this.numberOf(list);
    if (at < 0 || at >= to || at >= tokens.length) return undefined;
    const hits = this.index.hitsOf(tokens);
    const mine = this.index.hitsOfList(hits, number);
    const first = firstHitFrom(hits, mine, at);
    let last = first;
    while (last < mine.length && hitAt(hits, mine[last]!) === at) last++;
    return this.longestOf(tokens, hits, mine, first, last, to, number, list);
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

  /** `find` for a short stretch (one sentence): the same answer, from the same recorded hits. */
  findWithin(list: Name, tokens: readonly Token[], from: number, to: number): PhraseMatch | undefined {
    return this.find(list, tokens, from, to);
  }

  /**
   * Which lists can match somewhere in tokens [from, to): a test for list names, true for the lists
   * with a hit that starts at one of those words. A caller that asks many lists about one sentence
   * skips those without one. The test is valid until the next call (it reads one mask that the
   * book reuses).
   */
  candidateLists(tokens: readonly Token[], from = 0, to = tokens.length): (list: string) => boolean {
    const hits = this.index.hitsOf(tokens);
    const mask = (this.mask ??= new Uint8Array(this.index.listPatterns.length));
    mask.fill(0);
    for (let k = firstHitFrom(hits, undefined, from); k < hits.count && hitAt(hits, k) < to; k++) {
      for (const number of this.index.listsOf(hitPattern(hits, k))) mask[number] = 1;
    }
    return this.inMask;
  }

  private mask: Uint8Array | undefined;
  private readonly inMask = (list: string): boolean => {
    const number = this.index.listNumbers.get(list);
    return number !== undefined && this.mask![number] === 1;
  };

  private numberOf(list: string): number {
    const number = this.index.listNumbers.get(list);
    if (number === undefined) throw new Error(`Onbekende woordenlijst "${list}"`);
    return number;
  }
}

// Tables made at build time for a pack's own lists, found by the lists object they were made from.
const builtTables = new WeakMap<object, MatchTables>();

/** Marks `lists` as compiled into `tables` (with the pack's cue groups); returns `lists`. */
export function withMatchTables<T extends object>(lists: T, tables: MatchTables): T {
  builtTables.set(lists, tables);
  return lists;
}

const packBooks = new WeakMap<LanguagePack, PhraseBook>();
/** A language pack's own lists, compiled on first use and shared. */
export function phraseBookOf(language: LanguagePack): PhraseBook {
  let book = packBooks.get(language);
  if (!book) packBooks.set(language, (book = new PhraseBook(language.phrases, {}, language.phaseCues.cues)));
  return book;
}
