// One index over every phrase list and phase cue group: from a word to the patterns that can start
// there. One pass over a text's tokens tries each distinct pattern once per word and records where
// it matches; phrase look-ups (phrases.ts) and phase cue scoring (phases/cues.ts) read those hits.
import { anchorMisses, matchAt, mayStartWith, MAX_REMEMBERED_WORDS, parsePattern, patternOf, secondWordMisses, type Pattern } from "./pattern.js";
import type { MatchTables } from "./match-tables.js";
import type { Token } from "./tokens.js";

/**
 * Where patterns match in one token array, ordered by start token: three numbers per hit in one
 * array (its start token, pattern number and end). The end is where the match ends when it may run
 * to the last token; a search that must stop earlier matches again (`endBy`).
 */
export interface Hits {
  data: readonly number[];
  count: number;
  /** Per list number, the numbers of its hits; made on the first search for the list. */
  byList: (number[] | undefined)[];
}

/** Start token, pattern number and end of hit `k`. */
export const hitAt = (hits: Hits, k: number): number => hits.data[3 * k]!;
export const hitPattern = (hits: Hits, k: number): number => hits.data[3 * k + 1]!;
export const hitEnd = (hits: Hits, k: number): number => hits.data[3 * k + 2]!;

/**
 * The patterns worth trying at one word: those keyed by it (its first word is known to fit), the
 * others whose start may fit, and those keyed by it and by the next word (both known to fit).
 */
interface WordStarts {
  keyed: number[];
  loose: number[];
  bySecond: Map<string, number[]> | undefined;
}

const NO_STARTS: WordStarts = { keyed: [], loose: [], bySecond: undefined };
const HITS = Symbol("phrase hits");
const NO_LIST_HITS: readonly number[] = [];

/** Hits while a pass records them: grown as needed, reused by every pass. */
class HitBuffer {
  data = new Int32Array(768);
  count = 0;

  push(at: number, pattern: number, end: number): void {
    if (3 * this.count === this.data.length) this.data = grown(this.data);
    const i = 3 * this.count++;
    this.data[i] = at;
    this.data[i + 1] = pattern;
    this.data[i + 2] = end;
  }

  /**
   * The recorded hits, copied out into a plain array (a typed array's slice would get a buffer of
   * its own outside the heap, slower to make and to free); the buffer is empty again.
   */
  take(): Hits {
    const count = this.count;
    this.count = 0;
    const data: number[] = [];
    for (let i = 0; i < 3 * count; i++) data.push(this.data[i]!);
    return { data, count, byList: [] };
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

export class PhraseIndex {
  readonly patterns: Pattern[] = [];
  /** List numbers by name, in the order of the lists. */
  readonly listNumbers = new Map<string, number>();
  /** Per list number, its pattern numbers in order. */
  readonly listPatterns: number[][] = [];
  /** Per list number and pattern number, its place among the list's candidates (ties go to the lowest). */
  private readonly ranks: Map<number, number>[] = [];
  /** Per pattern number, the list numbers it belongs to. */
  private readonly listsOfPattern: number[][] = [];
  /** Per speaker, per pattern number, the bits of the cue groups it belongs to. */
  readonly cueBits: Record<"agent" | "customer", number[]> = { agent: [], customer: [] };
  /** Per speaker, the cue groups without any pattern. */
  readonly patternlessGroups: Record<"agent" | "customer", number> = { agent: 0, customer: 0 };
  readonly cueGroupCount: number;
  private readonly firstWords = new Map<string, number[]>();
  private readonly loose: number[] = [];
  private readonly starts = new Map<string, WordStarts>();

  /** `extra` adds patterns to lists (new or of the table), and so to the cue groups naming them. */
  constructor(tables: MatchTables, extra: Readonly<Record<string, readonly string[]>> = {}) {
    const numbers = new Map<string, number>();
    for (const data of tables.patterns) {
      numbers.set(data.source, this.patterns.length);
      this.patterns.push(patternOf(data));
    }
    for (const [word, patterns] of tables.firstWords) this.firstWords.set(word, patterns);
    const lists = new Map<string, number[]>(tables.lists.map(([name, patterns]) => [name, [...patterns]]));
    for (const [name, sources] of Object.entries(extra)) {
      const patterns = lists.get(name) ?? [];
      for (const source of sources) {
        let number = numbers.get(source);
        if (number === undefined) {
          number = this.patterns.length;
          numbers.set(source, number);
          const data = parsePattern(source);
          this.patterns.push(patternOf(data));
          const first = data.elements[0]!;
          if ("words" in first && !first.optional) {
            // A new array: the table's own arrays are shared by every book made from it.
            for (const word of first.words) this.firstWords.set(word, [...(this.firstWords.get(word) ?? []), number]);
          }
        }
        patterns.push(number);
      }
      lists.set(name, patterns);
    }
    const keyed = new Set<number>();
    for (const patterns of this.firstWords.values()) for (const number of patterns) keyed.add(number);
    for (let number = 0; number < this.patterns.length; number++) {
      this.listsOfPattern.push([]);
      this.cueBits.agent.push(0);
      this.cueBits.customer.push(0);
      if (!keyed.has(number)) this.loose.push(number);
    }
    for (const [name, patterns] of lists) {
      const list = this.listPatterns.length;
      this.listNumbers.set(name, list);
      this.listPatterns.push(patterns);
      // At one word a list's keyed patterns come first, then the others, each in list order: on a
      // tie in length the first of them wins.
      const ranks = new Map<number, number>();
      patterns.forEach((number, place) => {
        if (ranks.has(number)) return;
        ranks.set(number, (keyed.has(number) ? 0 : patterns.length) + place);
        this.listsOfPattern[number]!.push(list);
      });
      this.ranks.push(ranks);
    }
    this.cueGroupCount = tables.cueGroups.length;
    tables.cueGroups.forEach((group, i) => {
      const bits = this.cueBits[group.speaker];
      const patterns = [...group.phrases, ...group.lists.flatMap((name) => lists.get(name) ?? [])];
      if (patterns.length === 0) this.patternlessGroups[group.speaker] |= 1 << i;
      for (const number of patterns) bits[number]! |= 1 << i;
    });
  }

  rank(list: number, pattern: number): number {
    return this.ranks[list]!.get(pattern) ?? -1;
  }

  /** Every hit in the tokens, found in one pass on first use and kept with the token array. */
  hitsOf(tokens: readonly Token[]): Hits {
    const holder = tokens as unknown as { [HITS]?: { index: PhraseIndex; hits: Hits } };
    const kept = holder[HITS];
    if (kept?.index === this) return kept.hits;
    const hits = this.scan(tokens);
    if (Object.isExtensible(tokens)) holder[HITS] = { index: this, hits };
    return hits;
  }

  private scan(tokens: readonly Token[]): Hits {
    const buffer = this.buffer;
    const limit = tokens.length;
    for (let at = 0; at < limit; at++) {
      const starts = this.startsAt(tokens[at]!.norm);
      if (starts === NO_STARTS) continue;
      const { keyed, loose, bySecond } = starts;
      for (let c = 0; c < keyed.length; c++) this.tryFrom(keyed[c]!, 1, tokens, at, buffer);
      for (let c = 0; c < loose.length; c++) {
        if (!secondWordMisses(this.patterns[loose[c]!]!, tokens, at, limit)) this.tryFrom(loose[c]!, 0, tokens, at, buffer);
      }
      const both = bySecond && at + 1 < limit ? bySecond.get(tokens[at + 1]!.norm) : undefined;
      if (both) for (let c = 0; c < both.length; c++) this.tryFrom(both[c]!, 2, tokens, at, buffer);
    }
    return buffer.take();
  }

  private readonly buffer = new HitBuffer();

  /** Matches pattern `number` at token `at`, its first `known` words known to fit; records a hit. */
  private tryFrom(number: number, known: number, tokens: readonly Token[], at: number, buffer: HitBuffer): void {
    const pattern = this.patterns[number]!;
    if (anchorMisses(pattern, tokens, at, tokens.length)) return;
    const end = matchAt(pattern.elements, known, tokens, at + known, tokens.length);
    if (end !== -1) buffer.push(at, number, end);
  }

  /** The list's hits (indexes into `hits`), in order. */
  hitsOfList(hits: Hits, list: number): readonly number[] {
    if (hits.count === 0) return NO_LIST_HITS;
    let mine = hits.byList[list];
    if (!mine) {
      mine = [];
      const ranks = this.ranks[list]!;
      for (let k = 0; k < hits.count; k++) if (ranks.has(hitPattern(hits, k))) mine.push(k);
      hits.byList[list] = mine;
    }
    return mine;
  }

  /** The lists of a pattern (by number). */
  listsOf(pattern: number): readonly number[] {
    return this.listsOfPattern[pattern]!;
  }

  /** Where hit `k` ends when the match may not reach past token `to`; -1 when it then fails. */
  endBy(tokens: readonly Token[], hits: Hits, k: number, to: number): number {
    const end = hitEnd(hits, k);
    // Matching stops at the first way that fits: one that fit the whole text and ends by `to` is
    // also the first way within `to`. Otherwise the shorter stretch may allow a shorter match.
    return end <= to ? end : matchAt(this.patterns[hitPattern(hits, k)]!.elements, 0, tokens, hitAt(hits, k), to);
  }

  private startsAt(norm: string): WordStarts {
    let starts = this.starts.get(norm);
    if (starts) return starts;
    starts = NO_STARTS;
    const keyed = this.firstWords.get(norm);
    // Most words start no pattern: they share NO_STARTS and allocate nothing.
    for (const number of keyed ?? []) starts = this.addStart(starts, number, true);
    for (const number of this.loose) if (mayStartWith(this.patterns[number]!, norm)) starts = this.addStart(starts, number, false);
    if (this.starts.size >= MAX_REMEMBERED_WORDS) this.starts.clear();
    this.starts.set(norm, starts);
    return starts;
  }

  /** `starts` with the pattern added (a new object in place of NO_STARTS). */
  private addStart(starts: WordStarts, number: number, keyed: boolean): WordStarts {
    if (starts === NO_STARTS) starts = { keyed: [], loose: [], bySecond: undefined };
    const second = this.patterns[number]!.second;
    if (!keyed) starts.loose.push(number);
    else if (!second) starts.keyed.push(number);
    else {
      starts.bySecond ??= new Map();
      for (const word of second) {
        const bucket = starts.bySecond.get(word);
        if (bucket) bucket.push(number);
        else starts.bySecond.set(word, [number]);
      }
    }
    return starts;
  }
}

/** Index of the first of `indexes` (ascending hit indexes) whose hit starts at or after token `from`. */
export function firstHitFrom(hits: Hits, indexes: readonly number[] | undefined, from: number): number {
  let low = 0;
  let high = indexes ? indexes.length : hits.count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (hitAt(hits, indexes ? indexes[mid]! : mid) < from) low = mid + 1;
    else high = mid;
  }
  return low;
}
