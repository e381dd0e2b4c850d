// Scores each sentence of a call for the phase it sounds like, from the language pack's phase
// cues (src/lang/nl/phase-cues.nl.json). Only the scoring lives here; the call flow (which phase may follow which)
// is in decode.ts.
import type { LanguagePack, PhaseCues } from "../lang/types.js";
import type { CallEvent, Phase, Turn } from "../model/conversation.js";
import { compilePattern, matchAt, mayStartWith, MAX_REMEMBERED_WORDS, secondWordMisses, type Pattern } from "../text/pattern.js";
import type { PhraseData } from "../text/phrases.js";
import { tokensOf, type Token } from "../text/tokens.js";

/** The phases a transcript is divided into; alertheid (before the call) is never heard. */
export const SPOKEN_PHASES = ["aanvang", "analyse", "aanbod", "afsluiting"] as const satisfies readonly Phase[];
export type SpokenPhase = (typeof SPOKEN_PHASES)[number];

export type Speaker = "agent" | "customer";

/** A stretch of the call that gets one phase: a sentence of a turn, or an event. */
export interface Unit {
  item: Turn | CallEvent;
  /** Source offset where the unit starts. */
  offset: number;
  /** Points per phase, in the order of SPOKEN_PHASES. */
  scores: number[];
}

interface Candidate {
  pattern: Pattern;
  /** 1 << index of the cue group. */
  bit: number;
  /** Where matching starts: 1 when the index key is the pattern's (required) first word, so it is known to match. */
  skip: 0 | 1;
  /** The words the second token must be, when the first is the index key and the second a required literal word. */
  second?: ReadonlySet<string>;
}

const NONE: readonly Candidate[] = [];

/** The candidates at one word: those without a second-word check, and the others by their second word. */
interface WordCandidates {
  any: Candidate[];
  bySecond: Map<string, Candidate[]>;
}

function quotedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.quoted) return true;
  return false;
}

/**
 * Every pattern of one speaker's cue groups, indexed by its literal first word (like PhraseBook's
 * lists), so one pass over a turn's words finds the matches of all groups at once.
 */
class SpeakerIndex {
  readonly byFirstWord = new Map<string, Candidate[]>();
  readonly everywhere: Candidate[] = [];
  /** Per distinct word: the keyed candidates plus the `everywhere` ones that can start there. */
  private readonly memo = new Map<string, WordCandidates>();

  /**
   * The candidates worth trying at a word: a pattern that starts with a regular expression
   * ("goede(morgen|middag)") is tested against each distinct word once, not at every word.
   */
  candidatesAt(norm: string): WordCandidates {
    let candidates = this.memo.get(norm);
    if (candidates) return candidates;
    const keyed = this.byFirstWord.get(norm) ?? NONE;
    const loose = this.everywhere.filter((c) => mayStartWith(c.pattern, norm));
    candidates = { any: [], bySecond: new Map() };
    for (const candidate of [...keyed, ...loose]) {
      if (!candidate.second) {
        candidates.any.push(candidate);
        continue;
      }
      // Most candidates fail on their second word: grouped by it, they are not even looked at.
      for (const word of candidate.second) {
        const bucket = candidates.bySecond.get(word);
        if (bucket) bucket.push(candidate);
        else candidates.bySecond.set(word, [candidate]);
      }
    }
    if (this.memo.size >= MAX_REMEMBERED_WORDS) this.memo.clear();
    this.memo.set(norm, candidates);
    return candidates;
  }

  /**
   * Indexes a pattern by the words it can start with: its first word, or, when it starts with
   * optional words ("[dus] als ik"), those and the first required word. Patterns that start with
   * a regular expression ("goede(morgen|middag)") are tried at every word.
   */
  add(pattern: Pattern, bit: number): void {
    const keys = new Set<string>();
    let skip: 0 | 1 = 1;
    for (const element of pattern.elements) {
      if (element.kind !== "word" || !element.words) {
        this.everywhere.push({ pattern, bit, skip: 0 });
        return;
      }
      for (const word of element.words) keys.add(word);
      if (!element.optional) break;
      skip = 0;
    }
    const next = pattern.elements[1];
    const second = skip === 1 && next?.kind === "word" && !next.optional ? next.words : undefined;
    for (const key of keys) {
      const bucket = this.byFirstWord.get(key);
      const candidate: Candidate = second ? { pattern, bit, skip, second } : { pattern, bit, skip };
      if (bucket) bucket.push(candidate);
      else this.byFirstWord.set(key, [candidate]);
    }
  }
}

/** The cue groups compiled once, with the config's phrase additions for the lists they name. */
/** `found` with the bits of the candidates that match, spoken, at token `at` (a plain function: no closure per sentence). */
function hits(candidates: readonly Candidate[] | undefined, found: number, tokens: readonly Token[], at: number, to: number, anyQuoted: boolean): number {
  if (!candidates) return found;
  for (let c = 0; c < candidates.length; c++) {
    const { pattern, bit, skip } = candidates[c]!;
    if (found & bit) continue;
    // Candidates keyed by their second word (skip 1) have passed that test already.
    if (skip === 0 && secondWordMisses(pattern, tokens, at, to)) continue;
    const end = matchAt(pattern.elements, skip, tokens, at + skip, to);
    if (end > at && !(anyQuoted && quotedBetween(tokens, at, end))) found |= bit;
  }
  return found;
}

export class CueBook {
  private readonly index: Record<Speaker, SpeakerIndex> = { agent: new SpeakerIndex(), customer: new SpeakerIndex() };
  /** Groups without patterns (a bit mask per speaker): they score by sentence shape only (a question, a long sentence). */
  private readonly shapeOnly: Record<Speaker, number> = { agent: 0, customer: 0 };
  private readonly data: PhaseCues;
  /** Index into SPOKEN_PHASES of each cue group's phase. */
  private readonly phaseOfGroup: number[];

  constructor(language: LanguagePack, extraPhrases: PhraseData = {}) {
    const base = language.phrases;
    this.data = language.phaseCues;
    this.phaseOfGroup = this.data.cues.map((group) => SPOKEN_PHASES.indexOf(group.phase));
    if (this.data.cues.length > 31) throw new Error(`Fase-aanwijzingen (taal ${language.code}): hooguit 31 groepen (ze staan in een bitmasker)`);
    this.data.cues.forEach((group, i) => {
      const patterns = [...(group.phrases ?? [])];
      for (const list of group.lists ?? []) patterns.push(...(base[list] ?? []), ...(extraPhrases[list] ?? []));
      if (patterns.length === 0) this.shapeOnly[group.speaker] |= 1 << i;
      for (const source of patterns) this.index[group.speaker].add(compilePattern(source), 1 << i);
    });
  }

  /**
   * One unit per sentence of the turn, scored by the cues of `speaker` (the agent's for a colleague
   * who took the customer over); without a speaker the sentences get no points.
   */
  turnUnits(turn: Turn, speaker: Speaker | undefined): Unit[] {
    const { tokens, sentences } = tokensOf(turn);
    if (sentences.length === 0) return [{ item: turn, offset: turn.textOffset, scores: [0, 0, 0, 0] }];
    const units: Unit[] = sentences.map((s) => ({ item: turn, offset: turn.textOffset + tokens[s.from]!.start, scores: [0, 0, 0, 0] }));
    if (!speaker) return units;
    const index = this.index[speaker];
    const anyQuoted = tokens.some((t) => t.quoted);
    sentences.forEach((sentence, s) => {
      const scores = units[s]!.scores;
      // The groups found, lowest bit (first group) first: the points add up in the file's order.
      for (let found = this.groupsIn(index, tokens, sentence.from, sentence.to, anyQuoted) | this.shapeOnly[speaker]; found !== 0; found &= found - 1) {
        const i = 31 - Math.clz32(found & -found);
        const group = this.data.cues[i]!;
        if (group.questions && !sentence.question) continue;
        if (group.minWords && sentence.to - sentence.from < group.minWords) continue;
        scores[this.phaseOfGroup[i]!]! += group.weight;
      }
    });
    return units;
  }

  /**
   * The groups (a bit mask) with a pattern spoken, not quoted, within tokens [from, to): one
   * sentence, so a pattern's gap never reaches into the next one.
   */
  private groupsIn(index: SpeakerIndex, tokens: readonly Token[], from: number, to: number, anyQuoted: boolean): number {
    let found = 0;
    for (let at = from; at < to; at++) {
      const candidates = index.candidatesAt(tokens[at]!.norm);
      found = hits(candidates.any, found, tokens, at, to, anyQuoted);
      if (at + 1 < to && candidates.bySecond.size) found = hits(candidates.bySecond.get(tokens[at + 1]!.norm), found, tokens, at, to, anyQuoted);
    }
    return found;
  }

  eventUnit(event: CallEvent): Unit {
    const scores = [0, 0, 0, 0];
    const cue = this.data.events[event.event];
    if (cue) scores[SPOKEN_PHASES.indexOf(cue.phase)] = cue.weight;
    return { item: event, offset: event.span[0], scores };
  }
}

const books = new WeakMap<LanguagePack, WeakMap<object, CueBook>>();
const packBooks = new WeakMap<LanguagePack, CueBook>();

/** The cue book for a language and a config's phrase additions, compiled once per pack and additions object. */
export function cueBookFor(language: LanguagePack, extraPhrases: PhraseData): CueBook {
  if (Object.keys(extraPhrases).length === 0) {
    let book = packBooks.get(language);
    if (!book) packBooks.set(language, (book = new CueBook(language)));
    return book;
  }
  let byExtra = books.get(language);
  if (!byExtra) books.set(language, (byExtra = new WeakMap()));
  let book = byExtra.get(extraPhrases);
  if (!book) byExtra.set(extraPhrases, (book = new CueBook(language, extraPhrases)));
  return book;
}
