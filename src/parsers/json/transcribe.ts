// Amazon Transcribe Call Analytics (and Contact Lens) output: `Transcript` segments with
// ParticipantRole AGENT/CUSTOMER, offsets in milliseconds, and the interruptions Transcribe found.
import type { Role, Turn } from "../../model/conversation.js";
import type { Source } from "../../model/source.js";
import type { ParseOptions, ParseResult } from "../../types.js";
import { checkSchema, member, type JsonDocument } from "./document.js";
import { callMeta, speakerMap } from "./meta.js";
import { seconds, segmentsToResult, type Segment } from "./segments.js";
import schema from "./transcribe.schema.json" with { type: "json" };

interface TranscribeSegment {
  ParticipantRole?: string;
  ParticipantId?: string;
  Content: string;
  BeginOffsetMillis: number;
  EndOffsetMillis: number;
}

interface Interruption {
  BeginOffsetMillis: number;
  EndOffsetMillis?: number;
}

const ROLES: Readonly<Record<string, Role>> = { AGENT: "agent", CUSTOMER: "customer" };
/** Interruption offsets and segment offsets come from different passes; allow this much slack. */
const SLACK_SECONDS = 0.5;

export function parseTranscribe(doc: JsonDocument, source: Source, options: ParseOptions): ParseResult {
  checkSchema(doc, schema, "Amazon Transcribe-transcript");
  const data = doc.value as {
    Transcript: TranscribeSegment[];
    ConversationCharacteristics?: { Interruptions?: { InterruptionsByInterrupter?: Record<string, Interruption[]> } };
  };
  const speakers = speakerMap(options);
  const list = member(doc.root, "Transcript");
  const nodes = list?.type === "array" ? list.items : [];
  const segments: Segment[] = data.Transcript.map((segment, i) => {
    const node = nodes[i]!;
    const speaker = segment.ParticipantRole ?? segment.ParticipantId!;
    return {
      node,
      textNode: member(node, "Content"),
      speaker,
      role: ROLES[speaker] ?? speakers.roleOf(speaker) ?? "unknown",
      time: { start: seconds(segment.BeginOffsetMillis), end: seconds(segment.EndOffsetMillis) },
    };
  });
  const meta = callMeta(options.direction ? { direction: options.direction } : {}, speakers);
  const result = segmentsToResult(source, meta, segments, []);
  const byInterrupter = data.ConversationCharacteristics?.Interruptions?.InterruptionsByInterrupter ?? {};
  const turns = result.conversation.calls[0]!.items.filter((item): item is Turn => item.kind === "turn");
  for (const [who, interruptions] of Object.entries(byInterrupter)) {
    const role = ROLES[who];
    for (const interruption of interruptions) markInterrupter(turns, role, seconds(interruption.BeginOffsetMillis));
  }
  return result;
}

/** The interrupter's turn that starts at the interruption (within the slack) interrupted. */
function markInterrupter(turns: readonly Turn[], role: Role | undefined, at: number): void {
  const turn = turns.find((t) => t.role === role && t.time && Math.abs(t.time.start - at) <= SLACK_SECONDS) ??
    turns.find((t) => t.role === role && t.time && t.time.start <= at && at <= (t.time.end ?? t.time.start));
  if (turn && turn.index > 0) turn.interrupts = true;
}
