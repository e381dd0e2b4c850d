// Where each message goes in the conversation view: on words of a turn, on an event marker, or
// (when its span touches neither) in a note about the call as a whole. Pure: offsets in, plan out.
import type { Conversation, LintMessage, Span } from "../../src/browser.js";

/** A stretch of a turn's text, with the messages (by index) that cover it. */
export interface Segment {
  /** Offsets into `turn.text`. */
  start: number;
  end: number;
  problems: number[];
}

export interface Placement {
  /** Key `call.item` ("0.3") → the turn's text cut into segments. Only turns with a problem. */
  turns: Map<string, Segment[]>;
  /** Key `call.item` → messages on that event. */
  events: Map<string, number[]>;
  /** Messages placed nowhere in particular. */
  general: number[];
}

export function itemKey(call: number, item: number): string {
  return `${call}.${item}`;
}

function overlap(a: Span, b: Span): Span | undefined {
  const start = Math.max(a[0], b[0]);
  const end = Math.min(a[1], b[1]);
  if (start < end) return [start, end];
  // An empty span (a point) belongs where it falls.
  if (a[0] === a[1] && a[0] >= b[0] && a[0] < b[1]) return [a[0], a[0]];
  return undefined;
}

export function place(conversation: Conversation, messages: readonly LintMessage[]): Placement {
  const ranges = new Map<string, Array<{ index: number; from: number; to: number }>>();
  const events = new Map<string, number[]>();
  const general: number[] = [];
  messages.forEach((message, index) => {
    let placed = false;
    conversation.calls.forEach((call, c) => {
      for (const item of call.items) {
        const key = itemKey(c, item.index);
        if (item.kind === "event") {
          if (!overlap(message.span, item.span)) continue;
          events.set(key, [...(events.get(key) ?? []), index]);
          placed = true;
          continue;
        }
        const text: Span = [item.textOffset, item.textOffset + item.text.length];
        const hit = overlap(message.span, text);
        // Only words count: a span on the blanked label alone says nothing about what was said.
        if (!hit || (hit[0] < hit[1] && item.text.slice(hit[0] - text[0], hit[1] - text[0]).trim() === "")) continue;
        const list = ranges.get(key) ?? [];
        // A point marks the whole turn: there is no word to underline.
        if (hit[0] === hit[1]) list.push({ index, from: 0, to: item.text.length });
        else list.push({ index, from: hit[0] - text[0], to: hit[1] - text[0] });
        ranges.set(key, list);
        placed = true;
      }
    });
    if (!placed) general.push(index);
  });
  const turns = new Map<string, Segment[]>();
  conversation.calls.forEach((call, c) => {
    for (const item of call.items) {
      const key = itemKey(c, item.index);
      const list = ranges.get(key);
      if (item.kind === "turn" && list) turns.set(key, segments(item.text.length, list));
    }
  });
  return { turns, events, general };
}

/** Cuts [0, length) at every start and end of a range; each piece lists the ranges over it. */
export function segments(length: number, ranges: ReadonlyArray<{ index: number; from: number; to: number }>): Segment[] {
  const cuts = new Set([0, length]);
  for (const range of ranges) cuts.add(range.from).add(range.to);
  const points = [...cuts].sort((a, b) => a - b);
  const result: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const problems = ranges.filter((r) => r.from <= start && r.to >= end).map((r) => r.index);
    result.push({ start, end, problems });
  }
  return result;
}
