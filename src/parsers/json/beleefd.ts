// beleefd's own JSON transcript: `{ "beleefd": 1, "call": {...}, "items": [turns and events in order] }`.
// Each turn item is one turn, as each `Agent:` line is in a plain transcript: nothing is merged.
import type { EventKind, Role, Span, TimeRange } from "../../model/conversation.js";
import type { Source } from "../../model/source.js";
import type { ParseOptions, ParseProblem, ParseResult } from "../../types.js";
import { timedTranscript, unknownVoiceProblem, type TimedEntry } from "../timed-call.js";
import { checkSchema, member, stringContents, type JsonDocument } from "./document.js";
import { callMeta, speakerMap, type MetaFields } from "./meta.js";
import schema from "./transcript.schema.json" with { type: "json" };

interface Item {
  role?: Role;
  speaker?: string;
  text?: string;
  event?: EventKind;
  by?: Role;
  target?: string;
  start?: number;
  end?: number;
}

const ROLE_LABELS: Record<Role, string> = { agent: "Agent", customer: "Klant", colleague: "Collega", unknown: "Onbekend" };

export function parseBeleefdJson(doc: JsonDocument, source: Source, options: ParseOptions): ParseResult {
  checkSchema(doc, schema, "beleefd-transcript");
  const data = doc.value as { call?: MetaFields; items: Item[] };
  // Like front matter: the agent's and the customer's names are speaker labels too.
  const call = data.call ?? {};
  const speakers = speakerMap(options, {
    ...(call.agent ? { [call.agent]: "agent" as const } : {}),
    ...(call.customer ? { [call.customer]: "customer" as const } : {}),
    ...call.speakers,
  });
  const meta = callMeta({ ...(options.direction ? { direction: options.direction } : {}), ...call }, speakers);
  const problems: ParseProblem[] = [];
  const replacements: Array<[number, string]> = [];
  const entries: TimedEntry[] = [];
  const itemNodes = member(doc.root, "items");
  const nodes = itemNodes?.type === "array" ? itemNodes.items : [];
  data.items.forEach((item, i) => {
    const node = nodes[i]!;
    const time = timeOf(item);
    if (item.event) {
      // The place of `"event": "hold"`, not of the whole object over several lines.
      const key = node.type === "object" ? node.entries.find((e) => e.key === "event")! : undefined;
      entries.push({
        kind: "event",
        event: item.event,
        span: key ? [key.keySpan[0], key.value.span[1]] : node.span,
        ...(item.by ? { by: item.by } : {}),
        ...(item.target ? { target: item.target } : {}),
        ...(time ? { time } : {}),
      });
      return;
    }
    const text = stringContents(member(node, "text"), source.text)!;
    if (text.decoded !== source.text.slice(text.span[0], text.span[1])) replacements.push([text.span[0], text.decoded]);
    const role = item.role ?? (item.speaker ? speakers.roleOf(item.speaker) : undefined);
    if (!role && item.speaker) {
      const label = member(node, "speaker")!.span;
      problems.push(unknownVoiceProblem(item.speaker, [label[0] + 1, label[1] - 1] as Span));
    }
    const resolved = role ?? "unknown";
    entries.push({ kind: "speech", speaker: item.speaker ?? ROLE_LABELS[resolved], role: resolved, start: node.span[0], pieces: [text.span], ...(time ? { time } : {}) });
  });
  // Each item of our own format is one turn: not merged, even when one speaker speaks twice in a row.
  return timedTranscript(source.text, replacements, meta, entries, problems, { merge: false });
}

function timeOf(item: { start?: number; end?: number }): TimeRange | undefined {
  if (item.start === undefined) return undefined;
  return item.end === undefined ? { start: item.start } : { start: item.start, end: item.end };
}
