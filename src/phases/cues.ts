// Scores each sentence of a call for the phase it sounds like, from the language pack's phase
// cues (src/lang/nl/phase-cues.nl.json). Only the scoring lives here; the call flow (which phase may follow which)
// is in decode.ts.
import type { LanguagePack, PhaseCues } from "../lang/types.js";
import type { CallEvent, Phase, Turn } from "../model/conversation.js";
import { hitAt, hitPattern, type PhraseIndex } from "../text/phrase-index.js";
import { PhraseBook, type PhraseData } from "../text/phrases.js";
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

function quotedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.quoted) return true;
  return false;
}

/**
 * The cue groups' phases and weights; their patterns are matched with the phrase lists, in the
 * phrase book's one pass over a turn (text/phrase-index.ts), and scored here from those hits.
 */
export class CueBook {
  private readonly data: PhaseCues;
  /** Index into SPOKEN_PHASES of each cue group's phase. */
  private readonly phaseOfGroup: number[];
  private readonly index: PhraseIndex;

  /** `phrases` must hold the language's cue groups (as every book of the pack's lists does). */
  constructor(language: LanguagePack, phrases: PhraseBook) {
    this.data = language.phaseCues;
    this.phaseOfGroup = this.data.cues.map((group) => SPOKEN_PHASES.indexOf(group.phase));
    if (this.data.cues.length > 31) throw new Error(`Fase-aanwijzingen (taal ${language.code}): hooguit 31 groepen (ze staan in een bitmasker)`);
    this.index = phrases.index;
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
    const hits = this.index.hitsOf(tokens);
    const bits = this.index.cueBits[speaker];
    const anyQuoted = tokens.some((t) => t.quoted);
    let k = 0;
    sentences.forEach((sentence, s) => {
      const scores = units[s]!.scores;
      // A pattern's gap never reaches into the next sentence: each hit is held to its sentence's end.
      let found = this.index.patternlessGroups[speaker];
      for (; k < hits.count && hitAt(hits, k) < sentence.to; k++) {
        const groups = bits[hitPattern(hits, k)]!;
        if ((groups & ~found) === 0 || hitAt(hits, k) < sentence.from) continue;
        const end = this.index.endBy(tokens, hits, k, sentence.to);
        if (end !== -1 && !(anyQuoted && quotedBetween(tokens, hitAt(hits, k), end))) found |= groups;
      }
      // The groups found, lowest bit (first group) first: the points add up in the file's order.
      for (; found !== 0; found &= found - 1) {
        const i = 31 - Math.clz32(found & -found);
        const group = this.data.cues[i]!;
        if (group.questions && !sentence.question) continue;
        if (group.minWords && sentence.to - sentence.from < group.minWords) continue;
        scores[this.phaseOfGroup[i]!]! += group.weight;
      }
    });
    return units;
  }

  eventUnit(event: CallEvent): Unit {
    const scores = [0, 0, 0, 0];
    const cue = this.data.events[event.event];
    if (cue) scores[SPOKEN_PHASES.indexOf(cue.phase)] = cue.weight;
    return { item: event, offset: event.span[0], scores };
  }
}

const books = new WeakMap<PhraseBook, CueBook>();

/**
 * The cue book for a language, scored from the hits of `phrases`: the language's phrase book with
 * a config's additions. A book made without the language's cue groups gets one that has them.
 */
export function cueBookFor(language: LanguagePack, extraPhrases: PhraseData, phrases: PhraseBook): CueBook {
  let book = books.get(phrases);
  if (!book) {
    const matcher = phrases.index.cueGroupCount === language.phaseCues.cues.length ? phrases : new PhraseBook(language.phrases, extraPhrases, language.phaseCues.cues);
    books.set(phrases, (book = new CueBook(language, matcher)));
  }
  return book;
}
