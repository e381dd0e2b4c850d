// Google Contact Center AI (Insights) conversation JSON: `entries` with text, role
// (AGENT / HUMAN_AGENT / AUTOMATED_AGENT, CUSTOMER / END_USER), user_id and start_timestamp_usec.
// Entries have no end time: a turn ends where the next one starts.
import type { Role } from "../../model/conversation.js";
import type { Source } from "../../model/source.js";
import type { ParseOptions, ParseResult } from "../../types.js";
import schema from "./ccai.schema.json" with { type: "json" };
import { checkSchema, member, type JsonDocument } from "./document.js";
import { callMeta, speakerMap } from "./meta.js";
import { segmentsToResult, type Segment } from "./segments.js";

interface Entry {
  text: string;
  role: string;
  user_id?: number | string;
  start_timestamp_usec?: number | string;
}

const ROLES: Readonly<Record<string, Role>> = {
  AGENT: "agent",
  HUMAN_AGENT: "agent",
  CUSTOMER: "customer",
  END_USER: "customer",
  AUTOMATED_AGENT: "unknown",
  ROLE_UNSPECIFIED: "unknown",
};
/** Time stamps this large are microseconds since 1970, not since the start of the call. */
const EPOCH_USEC = 1e12;

export function parseCcai(doc: JsonDocument, source: Source, options: ParseOptions): ParseResult {
  checkSchema(doc, schema, "Google CCAI-gesprek");
  const data = doc.value as { entries: Entry[] };
  const list = member(doc.root, "entries");
  const nodes = list?.type === "array" ? list.items : [];
  const stamps = data.entries.map((e) => (e.start_timestamp_usec === undefined ? undefined : Number(e.start_timestamp_usec)));
  const first = stamps.find((s) => s !== undefined);
  const origin = first !== undefined && first >= EPOCH_USEC ? first : 0;
  const segments: Segment[] = data.entries.map((entry, i) => {
    const node = nodes[i]!;
    const stamp = stamps[i];
    return {
      node,
      textNode: member(node, "text"),
      speaker: entry.user_id === undefined ? entry.role : `${entry.role} ${entry.user_id}`,
      role: ROLES[entry.role] ?? "unknown",
      ...(stamp !== undefined ? { time: { start: Math.round(stamp - origin) / 1e6 } } : {}),
    };
  });
  const meta = callMeta(options.direction ? { direction: options.direction } : {}, speakerMap(options));
  return segmentsToResult(source, meta, segments, []);
}
