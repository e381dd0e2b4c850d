// Phase inference for calls whose turns carry no phase (transcripts, scripts without phase
// headings): scores each sentence and event with cue phrases (cues.ts), finds the best sequence
// of phases under the call flow (decode.ts), and writes it into the model. A turn gets the phase
// it starts in; a later phase that begins inside the turn is kept in `turn.phaseChanges`.
import type { LanguagePack } from "../lang/types.js";
import type { Call, Conversation, Turn } from "../model/conversation.js";
import type { PhraseData } from "../text/phrases.js";
import { speaksToCustomer } from "../model/call-flow.js";
import { cueBookFor, SPOKEN_PHASES, type CueBook, type Speaker, type Unit } from "./cues.js";
import { decode } from "./decode.js";

/** Infers the phases of one call in place. */
export function inferPhases(call: Call, cues: CueBook): void {
  const units: Unit[] = [];
  for (const item of call.items) {
    if (item.kind === "turn") units.push(...cues.turnUnits(item, cueSpeaker(call, item)));
    else units.push(cues.eventUnit(item));
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
export function assignPhases(conversation: Conversation, language: LanguagePack, extraPhrases: PhraseData): void {
  for (const call of conversation.calls) {
    if (call.items.some((item) => item.phase !== undefined)) call.meta.phaseSource = "headings";
    else inferPhases(call, cueBookFor(language, extraPhrases));
  }
}
