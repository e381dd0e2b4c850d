// Builds a Call from pieces of source text, shared by every parser. A turn's text keeps the
// length of its source slice; what is not speech is blanked to spaces (see Turn.text).
import type { Call, CallEvent, CallItem, CallMeta, EventKind, Role, Span, TimeRange, Turn } from "../model/conversation.js";
import type { Phase } from "../model/conversation.js";

interface PendingTurn {
  speaker: string;
  role: Role;
  start: number;
  pieces: Array<[number, number]>;
  phase?: Phase;
  time?: TimeRange;
}

// Stage directions "(noemt naam)" and Markdown emphasis are not speech.
/** "(noemt naam)": a stage direction in a turn, not speech. */
export const STAGE_DIRECTION = /\([^()\n]*\)/g;
const MARKUP = /\*+|`+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])|~~/gu;
/** Every MARKUP match has one of these: most turns skip the slower regex. */
const MARKUP_CHAR = /[*`_~]/;
const CUT_OFF = /(?:--|—|–)$/;

export class CallBuilder {
  private readonly items: CallItem[] = [];
  private pending: PendingTurn | undefined;
  private spanStart: number | undefined;
  private spanEnd = 0;

  constructor(
    /** The source text, or a view of it of the same length (escapes decoded in place). */
    private readonly source: { readonly text: string },
    private readonly meta: CallMeta,
  ) {}

  get hasTurn(): boolean {
    return this.pending !== undefined;
  }

  get isEmpty(): boolean {
    return this.items.length === 0 && !this.pending;
  }

  /** Starts a turn: `start` is where its line begins (label included), text runs [textStart, textEnd). */
  startTurn(turn: { speaker: string; role: Role; start: number; textStart: number; textEnd: number; phase?: Phase; time?: TimeRange }): void {
    this.endTurn();
    this.pending = { speaker: turn.speaker, role: turn.role, start: turn.start, pieces: [[turn.textStart, turn.textEnd]] };
    if (turn.phase) this.pending.phase = turn.phase;
    if (turn.time) this.pending.time = turn.time;
    this.touch(turn.start, turn.textEnd);
  }

  /** Adds a continuation line (or a later cue) to the open turn; returns false when there is none. */
  continueTurn(textStart: number, textEnd: number, timeEnd?: number): boolean {
    if (!this.pending) return false;
    this.pending.pieces.push([textStart, textEnd]);
    if (timeEnd !== undefined && this.pending.time) this.pending.time.end = timeEnd;
    this.touch(textStart, textEnd);
    return true;
  }

  event(event: { event: EventKind; span: Span; by?: Role; target?: string; phase?: Phase; time?: TimeRange }): CallEvent {
    this.endTurn();
    const item: CallEvent = { kind: "event", index: this.items.length, event: event.event, span: event.span };
    if (event.by) item.by = event.by;
    if (event.target) item.target = event.target;
    if (event.phase) item.phase = event.phase;
    if (event.time) item.time = event.time;
    this.items.push(item);
    this.touch(event.span[0], event.span[1]);
    return item;
  }

  /** Closes the open turn, if any. */
  endTurn(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    const textOffset = pending.pieces[0]![0];
    const textEnd = pending.pieces[pending.pieces.length - 1]![1];
    // The pieces as written, with spaces for what lies between them (line breaks, list markers).
    let raw = "";
    let at = textOffset;
    for (const [from, to] of pending.pieces) {
      if (from > at) raw += " ".repeat(from - at);
      raw += this.source.text.slice(Math.max(from, at), to);
      at = Math.max(at, to);
    }
    raw = raw.replace(/[\r\n\t]/g, " ");
    let text = raw.includes("(") ? blankMatches(raw, STAGE_DIRECTION) : raw;
    if (MARKUP_CHAR.test(text)) text = blankMatches(text, MARKUP);
    // Checked on the trimmed end: a regex with \s* before $ backtracks badly on long blank runs.
    const trimmed = text.trimEnd();
    const cut = CUT_OFF.exec(trimmed);
    const turn: Turn = {
      kind: "turn",
      index: this.items.length,
      role: pending.role,
      speaker: pending.speaker,
      text: cut ? trimmed.slice(0, cut.index).trimEnd().padEnd(text.length) : text,
      textOffset,
      span: [pending.start, textEnd],
    };
    if (cut) turn.cutOff = true;
    if (pending.phase) turn.phase = pending.phase;
    if (pending.time) turn.time = pending.time;
    this.items.push(turn);
  }

  finish(fallbackSpan: Span): Call {
    this.endTurn();
    markInterruptions(this.items);
    closeTimes(this.items);
    const span: Span = this.spanStart === undefined ? fallbackSpan : [this.spanStart, this.spanEnd];
    return { kind: "call", meta: this.meta, items: this.items, span };
  }

  private touch(start: number, end: number): void {
    if (this.spanStart === undefined || start < this.spanStart) this.spanStart = start;
    if (end > this.spanEnd) this.spanEnd = end;
  }
}

function blankMatches(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => " ".repeat(match.length));
}

/** A cut-off turn followed straight away by another party's turn: that party interrupted. */
function markInterruptions(items: CallItem[]): void {
  for (let i = 1; i < items.length; i++) {
    const previous = items[i - 1]!;
    const current = items[i]!;
    if (previous.kind === "turn" && current.kind === "turn" && previous.cutOff && previous.role !== current.role) {
      current.interrupts = true;
    }
  }
}

/** A timed item ends where the next timed item starts. */
function closeTimes(items: CallItem[]): void {
  let previous: CallItem | undefined;
  for (const item of items) {
    if (!item.time) continue;
    if (previous?.time && previous.time.end === undefined) previous.time.end = item.time.start;
    previous = item;
  }
}
