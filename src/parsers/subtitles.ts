// WebVTT and SRT share everything but their header and comments: cues with timings become turns
// (consecutive cues of one speaker merge), blocks in between may be events or directives.
import type { Span } from "../model/conversation.js";
import type { Source } from "../model/source.js";
import type { Directive } from "../model/directive.js";
import type { ParseOptions, ParseProblem, ParseResult } from "../types.js";
import { blocksOf, readTiming, TIMING_ARROW, type Block } from "./cue-blocks.js";
import { CueSpeech } from "./cue-speech.js";
import { parseEventText } from "./events.js";
import { SpeakerMap } from "./labels.js";
import { timedTranscript, type EventEntry, type TimedEntry } from "./timed-call.js";

const BRACKETED = /^([ \t]*)\[([^\[\]]+)\][ \t]*$/;

export interface SubtitleSyntax {
  /** "WebVTT" or "SRT", for messages. */
  name: string;
  /** Between seconds and milliseconds in a timing: "." (WebVTT) or "," (SRT). */
  decimal: "." | ",";
  /** Where the cues start (after a header); throws ParseError for a file of another kind. */
  bodyStart(source: Source): number;
  /** A block that is no cue (a comment, style): entries, directives or problems it adds; false when it is not such a block. */
  otherBlock?(block: Block, found: { source: Source; entries: TimedEntry[]; directives: Directive[]; problems: ParseProblem[]; speakers: SpeakerMap }): boolean;
}

export function parseSubtitles(syntax: SubtitleSyntax, source: Source, options: ParseOptions): ParseResult {
  const text = source.text;
  const speakers = new SpeakerMap(options.speakers);
  const problems: ParseProblem[] = [];
  const directives: Directive[] = [];
  const entries: TimedEntry[] = [];
  const speech = new CueSpeech(speakers, problems);
  const found = { source, entries, directives, problems, speakers };
  let lastEnd = 0;
  let waitingForStart: EventEntry[] = [];

  for (const block of blocksOf(text, syntax.bodyStart(source))) {
    const before = entries.length;
    if (syntax.otherBlock?.(block, found)) {
      // An event happens after the cue before it; unhold takes its time from the next cue.
      for (const entry of entries.slice(before)) {
        if (entry.kind !== "event") continue;
        if (entry.event === "unhold") waitingForStart.push(entry);
        else entry.time = { start: lastEnd };
      }
      continue;
    }
    const timingIndex = block.lines.findIndex((line) => TIMING_ARROW.test(line.text));
    const timingLine = block.lines[timingIndex];
    const timing = timingLine && readTiming(timingLine.text);
    if (!timingLine || !timing) {
      const where: Span = timingLine ? [timingLine.start, timingLine.end] : block.span;
      problems.push({
        span: where,
        message: timingLine
          ? `Ongeldige tijdregel in dit ${syntax.name}-bestand. Schrijf bijvoorbeeld '00:00:02${syntax.decimal}000 --> 00:00:05${syntax.decimal}500'. Deze cue is overgeslagen.`
          : `Dit blok is geen cue: er staat geen tijdregel (met '-->') in. Het is overgeslagen.`,
      });
      continue;
    }
    for (const entry of waitingForStart) entry.time = { start: timing.start };
    waitingForStart = [];
    const payload = block.lines.slice(timingIndex + 1);
    const bracketed = payload.length === 1 ? BRACKETED.exec(payload[0]!.text) : null;
    if (bracketed) {
      // A cue "[in de wacht]" is an event; another "[muziek]" describes a sound, not speech.
      const event = parseEventText(bracketed[2]!, speakers);
      const from = payload[0]!.start + bracketed[1]!.length;
      if (event) entries.push({ kind: "event", ...event, span: [from, from + bracketed[2]!.length + 2], time: { start: timing.start, end: timing.end } });
      lastEnd = timing.end;
      continue;
    }
    for (const run of speech.runs(payload)) {
      entries.push({ kind: "speech", speaker: run.speaker, role: run.role, start: run.start, pieces: run.pieces, time: { start: timing.start, end: timing.end } });
    }
    lastEnd = timing.end;
  }
  for (const entry of waitingForStart) entry.time = { start: lastEnd };

  const meta = { extra: {}, speakers: speakers.toRecord(), ...(options.direction ? { direction: options.direction } : {}) };
  return timedTranscript(text, speech.replacements, meta, entries, problems, { directives });
}
