// Builds a call from speech pieces and events that a timed format (WebVTT, SRT, JSON exports)
// yields in order. Consecutive pieces of one speaker become one turn: subtitle cues and
// speech-to-text segments cut a turn into sentences, the model wants the turn.
import type { Call, CallMeta, Role, Span, TimeRange } from "../model/conversation.js";
import type { ParseProblem, ParseResult } from "../types.js";
import type { Directive } from "../model/directive.js";
import { CallBuilder } from "./call-builder.js";
import type { ParsedEvent } from "./events.js";

export interface SpeechEntry {
  kind: "speech";
  speaker: string;
  role: Role;
  /** Where the entry starts in the source (cue, JSON object): the start of the turn's span. */
  start: number;
  /** The spoken text in the source; more than one piece when markup sits in between. */
  pieces: Span[];
  time?: TimeRange;
}

export interface EventEntry extends ParsedEvent {
  kind: "event";
  span: Span;
  time?: TimeRange;
}

export type TimedEntry = SpeechEntry | EventEntry;

/**
 * `merge` joins consecutive entries of one speaker into one turn, unless they lie more than
 * MAX_PAUSE_IN_TURN seconds apart.
 * `view` is the source text or a same-length copy with escapes decoded in place; turns take their
 * text from it.
 */
function buildTimedCall(view: { readonly text: string }, meta: CallMeta, entries: readonly TimedEntry[], fallback: Span, merge = true): Call {
  const builder = new CallBuilder(view, meta);
  let speaker: string | undefined;
  let previousEnd: number | undefined;
  for (const entry of entries) {
    if (entry.kind === "event") {
      const { kind: _kind, ...event } = entry;
      builder.event(event);
      speaker = undefined;
      continue;
    }
    const [first, ...rest] = entry.pieces;
    if (!first) continue;
    if (merge && speaker === entry.speaker && builder.hasTurn && followsClosely(previousEnd, entry.time)) {
      builder.continueTurn(first[0], first[1], entry.time?.end);
    } else {
      builder.startTurn({
        speaker: entry.speaker,
        role: entry.role,
        start: entry.start,
        textStart: first[0],
        textEnd: first[1],
        ...(entry.time ? { time: { ...entry.time } } : {}),
      });
      speaker = entry.speaker;
    }
    for (const piece of rest) builder.continueTurn(piece[0], piece[1]);
    previousEnd = entry.time?.end;
  }
  return builder.finish(fallback);
}

/**
 * A longer pause splits a speaker's speech into two turns: the customer may have been on hold in
 * between (metadata adds that hold later), and a silence inside one turn would hide it. Without an
 * end time (CCAI entries) no pause can be measured, and each entry stays a turn of its own.
 */
const MAX_PAUSE_IN_TURN = 2;

function followsClosely(previousEnd: number | undefined, time: TimeRange | undefined): boolean {
  return previousEnd !== undefined && time !== undefined && time.start - previousEnd <= MAX_PAUSE_IN_TURN;
}

/** The text with some stretches replaced by same-length ones (decoded escapes, entities). */
/** A one-call transcript from timed entries, with escapes decoded in place (`replacements`). */
export function timedTranscript(
  text: string,
  replacements: ReadonlyArray<readonly [start: number, replacement: string]>,
  meta: CallMeta,
  entries: readonly TimedEntry[],
  problems: ParseProblem[],
  options: { directives?: Directive[]; merge?: boolean } = {},
): ParseResult {
  const call = buildTimedCall(viewWith(text, replacements), meta, entries, [0, text.length], options.merge ?? true);
  return { conversation: { kind: "conversation", format: "transcript", calls: [call], span: [0, text.length] }, directives: options.directives ?? [], problems };
}

function viewWith(text: string, replacements: ReadonlyArray<readonly [start: number, replacement: string]>): { text: string } {
  if (replacements.length === 0) return { text };
  const sorted = [...replacements].sort((a, b) => a[0] - b[0]);
  let result = "";
  let at = 0;
  for (const [start, replacement] of sorted) {
    result += text.slice(at, start) + replacement;
    at = start + replacement.length;
  }
  return { text: result + text.slice(at) };
}

/** A speaker label with no known role, in a format without front matter. */
export function unknownVoiceProblem(label: string, span: Span): ParseProblem {
  return {
    span,
    message: `Onbekende spreker "${label}". Geef de rol op onder "speakers" in de configuratie of in de metadata (<naam>.meta.json), bijvoorbeeld: "speakers": { "${label}": "agent" }`,
  };
}
