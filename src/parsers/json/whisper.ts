// Whisper and WhisperX JSON: `segments` with start, end, text and (WhisperX with diarisation)
// `speaker` like "SPEAKER_00". Roles come from `speakers` in config or metadata; a voice left out
// there is the other party of one that is in it. With no roles given, the first voice is the
// agent in an inbound call (the agent answers) and the customer in an outbound call (the customer
// picks up), and every other voice is the other party.
import type { Role } from "../../model/conversation.js";
import type { Source } from "../../model/source.js";
import type { ParseOptions, ParseProblem, ParseResult } from "../../types.js";
import { checkSchema, member, type JsonDocument } from "./document.js";
import { callMeta, speakerMap } from "./meta.js";
import { segmentsToResult, type Segment } from "./segments.js";
import schema from "./whisper.schema.json" with { type: "json" };

interface WhisperSegment {
  start: number;
  end: number;
  text: string;
  speaker?: string;
}

const NO_SPEAKER = "Spreker";

export function parseWhisper(doc: JsonDocument, source: Source, options: ParseOptions): ParseResult {
  checkSchema(doc, schema, "Whisper-transcript");
  const data = doc.value as { segments: WhisperSegment[] };
  const speakers = speakerMap(options);
  const problems: ParseProblem[] = [];
  const inbound = options.direction !== "outbound";
  const known = new Set(data.segments.map((s) => (s.speaker === undefined ? undefined : speakers.exactRoleOf(s.speaker))));
  const assumed = new Map<string, Role>();
  const roleOf = (label: string): Role => {
    const role = speakers.exactRoleOf(label);
    if (role) return role;
    if (label === NO_SPEAKER) return "unknown";
    let guess = assumed.get(label);
    if (!guess) {
      // A voice whose role is known settles the others; otherwise the first voice decides.
      const first = assumed.size === 0;
      guess = known.has("agent") ? "customer" : known.has("customer") ? "agent" : first === inbound ? "agent" : "customer";
      assumed.set(label, guess);
    }
    return guess;
  };
  const list = member(doc.root, "segments");
  const nodes = list?.type === "array" ? list.items : [];
  const segments: Segment[] = data.segments.map((segment, i) => {
    const node = nodes[i]!;
    const speaker = segment.speaker ?? NO_SPEAKER;
    return { node, textNode: member(node, "text"), speaker, role: roleOf(speaker), time: { start: segment.start, end: segment.end } };
  });
  if (data.segments.length > 0 && data.segments.every((s) => s.speaker === undefined)) {
    problems.push({
      span: [list!.span[0], list!.span[0] + 1],
      message: "Dit Whisper-bestand noemt geen sprekers, dus beleefd weet niet wie de medewerker is. Gebruik WhisperX met sprekerherkenning (diarisatie), zodat elk segment een \"speaker\" heeft.",
    });
  }
  const meta = callMeta(options.direction ? { direction: options.direction } : {}, speakers);
  for (const [label, role] of assumed) meta.speakers[label.toLowerCase()] = role;
  return segmentsToResult(source, meta, segments, problems);
}
