// The one model every input format parses into. Rules see only this, never the file format.

/** 0-based `[start, end)` offsets into the original source text: the one location truth. */
export type Span = readonly [start: number, end: number];

export type Role = "agent" | "customer" | "colleague" | "unknown";
export type Phase = "alertheid" | "aanvang" | "analyse" | "aanbod" | "afsluiting";
export type EventKind = "hold" | "unhold" | "transfer" | "hangup";
export type Direction = "inbound" | "outbound";
export type ConversationFormat = "script" | "transcript";
/** The kinds of call the course names: inbound complaints, orders and questions; outbound sales, surveys and data registration. */
export type CallType = "klacht" | "bestelling" | "informatie" | "verkoop" | "enquête" | "dataregistratie";
export const CALL_TYPES: readonly CallType[] = ["klacht", "bestelling", "informatie", "verkoop", "enquête", "dataregistratie"];

export const PHASES: readonly Phase[] = ["alertheid", "aanvang", "analyse", "aanbod", "afsluiting"];

export interface Conversation {
  kind: "conversation";
  format: ConversationFormat;
  calls: Call[];
  span: Span;
}

export interface CallMeta {
  direction?: Direction;
  /** The customer's name as given in front matter ("Janssen", "mevrouw Janssen"). */
  customer?: string;
  organization?: string;
  agent?: string;
  /** Speaker label (lower-cased) → role, from defaults and front matter. */
  speakers: Record<string, Role>;
  /** Other front-matter keys, kept for plugins and house rules. */
  extra: Record<string, unknown>;
  /**
   * Where the phases of the call's turns come from: the script's headings, or inferred from what
   * is said (transcripts, and scripts without phase headings). Set by the engine after parsing.
   */
  phaseSource?: PhaseSource;
  /**
   * When the call started, local time: an ISO 8601 date-time ("2024-03-05T09:14" or with seconds)
   * or only a time ("09:14", "09:14:30"). From front matter or the input format.
   */
  startedAt?: string;
  /** What kind of call it is (front matter `soort`); rules such as phase-order ask for it. */
  callType?: CallType;
  /** The call's language (ISO 639-1) when it is not Dutch; set by the engine, which loads its pack. */
  language?: string;
}

export type PhaseSource = "headings" | "inferred";

/** A phase that begins inside a turn, at `offset` in the source (the start of its sentence). */
export interface PhaseChange {
  phase: Phase;
  offset: number;
}

export interface Call {
  kind: "call";
  meta: CallMeta;
  items: CallItem[];
  span: Span;
}

export type CallItem = Turn | CallEvent;

export interface Turn {
  kind: "turn";
  /** Position in `call.items`. */
  index: number;
  role: Role;
  /** The label as written ("Agent", "Medewerkster", "Sigrid"). */
  speaker: string;
  /** The phase the turn starts in. */
  phase?: Phase;
  /** Later phases that begin inside this turn (inferred phases only), in order. */
  phaseChanges?: PhaseChange[];
  /**
   * What was said. It has exactly the length of the source slice it comes from, starting at
   * `textOffset`; everything that is not speech (stage directions, Markdown markup, labels of
   * continuation lines, line breaks) is blanked to spaces. So `textOffset + i` is the source
   * offset of `text[i]`, with no mapping table, and rules can point at one word.
   */
  text: string;
  textOffset: number;
  /** The whole turn in the source, label included. */
  span: Span;
  time?: TimeRange;
  /** The turn was cut off (ended in `--`). */
  cutOff?: boolean;
  /** This turn started while the previous speaker's turn was cut off: it interrupted. */
  interrupts?: boolean;
}

export interface CallEvent {
  kind: "event";
  index: number;
  event: EventKind;
  /** Who did it: for hang-ups the party that ended the call. */
  by?: Role;
  /** Where a transfer goes ("afdeling Facturatie"). */
  target?: string;
  phase?: Phase;
  span: Span;
  time?: TimeRange;
}

export interface TimeRange {
  /** Seconds from the start of the call. */
  start: number;
  end?: number;
}

export type Node = Conversation | Call | Turn | CallEvent;
