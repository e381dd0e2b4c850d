// `[00:01:23]`, `[01:23]`, `[1:23.5]` → seconds; a range `[00:01:23-00:01:31]` (also with `–`) adds an end.
import type { Span, TimeRange } from "../model/conversation.js";
import type { ParseProblem } from "../types.js";

const CLOCK = String.raw`(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?`;
const CLOCK_PLAIN = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
const RANGE_DASH = String.raw`[ \t]*[-–][ \t]*`;

/** A time stamp with four groups for its start; an optional end time adds no groups. */
export const TIMESTAMP_SOURCE = String.raw`\[${CLOCK}(?:${RANGE_DASH}${CLOCK_PLAIN})?\]`;

const LEADING_STAMP = new RegExp(String.raw`^[ \t]*\[${CLOCK}(?:${RANGE_DASH}${CLOCK})?\]`);

export function timestampSeconds(hours: string | undefined, minutes: string, seconds: string, fraction?: string): number {
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds) + (fraction ? Number(`0.${fraction}`) : 0);
}

/**
 * The time stamp a line opens with, if any. `backwards` is set when a range ends before it starts;
 * the end is then left out.
 */
export function leadingTimeRange(line: string): { time: TimeRange; backwards: boolean } | undefined {
  const m = LEADING_STAMP.exec(line);
  if (!m) return undefined;
  const start = timestampSeconds(m[1], m[2]!, m[3]!, m[4]);
  if (m[7] === undefined) return { time: { start }, backwards: false };
  const end = timestampSeconds(m[5], m[6]!, m[7], m[8]);
  return end >= start ? { time: { start, end }, backwards: false } : { time: { start }, backwards: true };
}

export function backwardsRangeProblem(span: Span): ParseProblem {
  return { span, message: "Dit tijdvak eindigt voordat het begint. Schrijf het begin eerst, bijvoorbeeld [00:01:23-00:01:31]; alleen het begin wordt gebruikt." };
}
