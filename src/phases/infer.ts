// Phase inference for calls whose turns carry no phase (transcripts, scripts without phase
// headings): scores each sentence and event with cue phrases (cues.ts), finds the best sequence
// of phases under the call flow (decode.ts), and writes it into the model. A turn gets the phase
// it starts in; a later phase that begins inside the turn is kept in `turn.phaseChanges`.
import type { LanguagePack } from "../lang/types.js";
import type { Call, Conversation, Turn } from "../model/conversation.js";
import type { PhraseBook, PhraseData } from "../text/phrases.js";
import type { Act, SentenceActs } from "../lang/acts.js";
import { forgetSentences, sentenceActs } from "../model/acts.js";
import { speaksToCustomer } from "../model/call-flow.js";
import { cueBookFor, SPOKEN_PHASES, type CueBook, type Speaker, type SpokenPhase, type Unit } from "./cues.js";
import { decode } from "./decode.js";

/**
 * Points per phase for what a sentence does, whatever its words: an offer belongs to aanbod, a
 * question for more or a goodbye to afsluiting. A sentence scores the higher of these and its cue
 * phrases, so a cue and an act that say the same thing do not add up.
 */
const ACT_POINTS: Partial<Record<Act, readonly [SpokenPhase, number]>> = {
  greeting: ["aanvang", 2],
  introduction: ["aanvang", 2],
  offerHelp: ["aanvang", 2],
  convenience: ["aanvang", 2],
  summary: ["analyse", 2.5],
  badNews: ["analyse", 1],
  emotion: ["analyse", 1],
  offer: ["aanbod", 2],
  transferAnnounce: ["aanbod", 1.5],
  furtherQuestions: ["afsluiting", 3],
  wish: ["afsluiting", 2],
  goodbye: ["afsluiting", 1],
};

/** The customer's acts that say where the call is: telling the problem. A customer's "Hallo?" after the agent hung up opens nothing. */
const CUSTOMER_ACTS: ReadonlySet<Act> = new Set(["badNews", "emotion"]);

/** ACT_POINTS by act, with the phase as its index in SPOKEN_PHASES. */
const ACT_PHASE_POINTS = new Map(Object.entries(ACT_POINTS).map(([act, [phase, points]]) => [act as Act, [SPOKEN_PHASES.indexOf(phase), points] as const]));

function addActPoints(units: Unit[], acts: readonly SentenceActs[], speaker: Speaker | undefined): void {
  for (let s = 0; s < acts.length; s++) {
    const scores = units[s]?.scores;
    if (!scores) continue;
    // A phase scores at least nothing, then the most any act gives it: no array per sentence.
    for (let phase = 0; phase < scores.length; phase++) scores[phase] = Math.max(scores[phase]!, 0);
    for (const act of acts[s]!.acts) {
      if (speaker === "customer" && !CUSTOMER_ACTS.has(act)) continue;
      const points = ACT_PHASE_POINTS.get(act);
      if (points) scores[points[0]] = Math.max(scores[points[0]]!, points[1]);
    }
  }
}

/** Infers the phases of one call in place. */
export function inferPhases(call: Call, cues: CueBook, phrases: PhraseBook): void {
  const units: Unit[] = [];
  for (const item of call.items) {
    if (item.kind === "turn") {
      const speaker = cueSpeaker(call, item);
      const turnUnits = cues.turnUnits(item, speaker);
      addActPoints(turnUnits, sentenceActs(call, item, phrases), speaker);
      units.push(...turnUnits);
    } else {
      units.push(cues.eventUnit(item));
    }
  }
  const path = decode(units);
  let previous: Unit["item"] | undefined;
  units.forEach((unit, i) => {
    const phase = SPOKEN_PHASES[path[i]!]!;
    const item = unit.item;
    if (item !== previous) {
      item.phase = phase;
      previous = item;
    } else if (phase !== currentPhase(item as Turn)) {
      ((item as Turn).phaseChanges ??= []).push({ phase, offset: unit.offset });
    }
  });
  call.meta.phaseSource = "inferred";
}

/**
 * Whose cues a turn can give: the customer's, the agent's, or (for a colleague) the agent's only
 * when the colleague speaks to the customer; a colleague talking with the agent during a hold
 * says nothing about the customer's call.
 */
function cueSpeaker(call: Call, turn: Turn): Speaker | undefined {
  if (turn.role === "customer") return "customer";
  if (turn.role === "agent") return "agent";
  return turn.role === "colleague" && speaksToCustomer(call, turn) ? "agent" : undefined;
}

function currentPhase(turn: Turn) {
  return turn.phaseChanges?.at(-1)?.phase ?? turn.phase;
}

/**
 * Gives every call its phases: calls with phase headings keep them (source "headings"), the others
 * are inferred. Runs in the engine after any parser, so every input format gets phases.
 */
export function assignPhases(conversation: Conversation, language: LanguagePack, extraPhrases: PhraseData, phrases: PhraseBook): void {
  // A file of many calls keeps the words of one call at a time: the rules make them again per call.
  const manyCalls = conversation.calls.length > 1;
  for (const call of conversation.calls) {
    if (call.items.some((item) => item.phase !== undefined)) call.meta.phaseSource = "headings";
    else inferPhases(call, cueBookFor(language, extraPhrases, phrases), phrases);
    if (manyCalls) forgetSentences(call);
  }
}
