// The step every speech-to-text adapter shares: segments with a speaker, a text node and times
// become merged turns, with the text decoded in place.
import type { Role, Span, TimeRange } from "../../model/conversation.js";
import type { Source } from "../../model/source.js";
import type { CallMeta } from "../../model/conversation.js";
import type { ParseProblem, ParseResult } from "../../types.js";
import { timedTranscript, type TimedEntry } from "../timed-call.js";
import { stringContents } from "./document.js";
import type { JsonNode } from "./scan.js";

export interface Segment {
  node: JsonNode;
  textNode: JsonNode | undefined;
  speaker: string;
  role: Role;
  time?: TimeRange;
}

export function segmentsToResult(source: Source, meta: CallMeta, segments: readonly Segment[], problems: ParseProblem[]): ParseResult {
  const replacements: Array<[number, string]> = [];
  const entries: TimedEntry[] = [];
  for (const segment of segments) {
    const text = stringContents(segment.textNode, source.text);
    if (!text) continue;
    if (text.decoded !== source.text.slice(text.span[0], text.span[1])) replacements.push([text.span[0], text.decoded]);
    const pieces: Span[] = [text.span];
    entries.push({ kind: "speech", speaker: segment.speaker, role: segment.role, start: segment.node.span[0], pieces, ...(segment.time ? { time: segment.time } : {}) });
  }
  return timedTranscript(source.text, replacements, meta, entries, problems);
}

export const seconds = (millis: number): number => Math.round(millis) / 1000;
