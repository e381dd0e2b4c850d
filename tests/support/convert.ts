// Converters from a plain transcript (.txt) to every timed format, for tests that check the same
// findings come out of each. Times are made up: each turn lasts by its words, a hold 30 seconds.
// Formats without events in the file (SRT and the JSON exports) get them from a metadata file.
import type { Call, CallEvent, Role, Turn } from "../../src/model/conversation.js";
import { Source } from "../../src/model/source.js";
import { parserNamed } from "../../src/parsers/index.js";

const transcriptTextParser = parserNamed("transcript-text")!;

export interface Converted {
  text: string;
  extension: string;
  /** A beleefd metadata file's JSON text, when the format cannot hold everything itself. */
  metadata?: string;
}

interface TimedItem {
  item: Turn | CallEvent;
  start: number;
  end: number;
  /** The turn as written: stage directions and a `--` cut-off kept, lines joined. */
  said: string;
}

export async function timeline(txt: string): Promise<{ call: Call; items: TimedItem[] }> {
  const source = new Source(txt, "gesprek.txt");
  const { conversation } = await transcriptTextParser.parse(source, {});
  const call = conversation.calls[0]!;
  let t = 1.2;
  const items = call.items.map((item): TimedItem => {
    if (item.kind === "event") {
      const start = t;
      t += item.event === "hold" ? 30 : 0.5;
      return { item, start, end: start, said: "" };
    }
    const said = source.text.slice(item.textOffset, item.span[1]).replace(/\s*\r?\n\s*/g, " ");
    const start = t;
    const end = Math.round((start + Math.max(1, said.split(/\s+/).length * 0.35)) * 1000) / 1000;
    t = end + 0.5;
    return { item, start, end, said };
  });
  return { call, items };
}

const clock = (seconds: number, comma = false) => {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const text = `${pad(Math.floor(ms / 3600000))}:${pad(Math.floor(ms / 60000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
  return comma ? text.replace(".", ",") : text;
};

const EVENT_NOTES: Record<string, string> = { hold: "[in de wacht]", unhold: "[uit de wacht]" };
function eventNote(event: CallEvent): string {
  if (event.event === "transfer") return event.target ? `[doorverbinden: ${event.target}]` : "[doorverbinden]";
  if (event.event === "hangup") return event.by === "agent" ? "[agent verbreekt]" : event.by === "customer" ? "[klant verbreekt]" : "[verbinding verbroken]";
  return EVENT_NOTES[event.event]!;
}

/** beleefd metadata with the call's details and its events, timed. */
function metadataOf(call: Call, items: TimedItem[], speakers?: Record<string, Role>): string {
  const data: Record<string, unknown> = { "beleefd-metadata": 1 };
  if (call.meta.direction) data.direction = call.meta.direction;
  if (call.meta.customer) data.customer = call.meta.customer;
  if (call.meta.organization) data.organisation = call.meta.organization;
  if (speakers) data.speakers = speakers;
  const holds: Array<{ start: number; end?: number }> = [];
  const transfers: Array<{ at: number; target?: string }> = [];
  for (const { item, start } of items) {
    if (item.kind !== "event") continue;
    if (item.event === "hold") holds.push({ start });
    if (item.event === "unhold" && holds.length) holds[holds.length - 1]!.end = start;
    if (item.event === "transfer") transfers.push({ at: start, ...(item.target ? { target: item.target } : {}) });
    if (item.event === "hangup") data.hangup = { at: start, ...(item.by ? { by: item.by } : {}) };
  }
  if (holds.length) data.holds = holds;
  if (transfers.length) data.transfers = transfers;
  return `${JSON.stringify(data, null, 2)}\n`;
}

const turnsOf = (items: TimedItem[]) => items.filter((i): i is TimedItem & { item: Turn } => i.item.kind === "turn");

export async function toWebVtt(txt: string): Promise<Converted> {
  const { call, items } = await timeline(txt);
  const blocks = ["WEBVTT\nKind: captions\nLanguage: nl"];
  let n = 0;
  for (const { item, start, end, said } of items) {
    if (item.kind === "event") blocks.push(`NOTE ${eventNote(item)}`);
    else blocks.push(`${++n}\n${clock(start)} --> ${clock(end)} line:90%\n<v ${item.speaker}>${said.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</v>`);
  }
  return { text: `${blocks.join("\n\n")}\n`, extension: ".vtt", metadata: metadataOf({ ...call, items: [] }, []) };
}

export async function toSrt(txt: string): Promise<Converted> {
  const { call, items } = await timeline(txt);
  const cues = turnsOf(items).map(({ item, start, end, said }, i) => `${i + 1}\n${clock(start, true)} --> ${clock(end, true)}\n${item.speaker}: ${said}`);
  return { text: `${cues.join("\n\n")}\n`, extension: ".srt", metadata: metadataOf(call, items) };
}

export async function toBeleefdJson(txt: string): Promise<Converted> {
  const { call, items } = await timeline(txt);
  const meta: Record<string, string> = {};
  if (call.meta.direction) meta.direction = call.meta.direction;
  if (call.meta.customer) meta.customer = call.meta.customer;
  if (call.meta.organization) meta.organisation = call.meta.organization;
  const list = items.map(({ item, start, end, said }) =>
    item.kind === "turn"
      ? { role: item.role, speaker: item.speaker, start, end, text: said }
      : { event: item.event, start, ...(item.by ? { by: item.by } : {}), ...(item.target ? { target: item.target } : {}) },
  );
  return { text: `${JSON.stringify({ beleefd: 1, call: meta, items: list }, null, 2)}\n`, extension: ".json" };
}

export async function toWhisperX(txt: string): Promise<Converted> {
  const { call, items } = await timeline(txt);
  const labels = new Map<Role, string>();
  const labelOf = (role: Role) => labels.get(role) ?? labels.set(role, `SPEAKER_0${labels.size}`).get(role)!;
  const segments = turnsOf(items).map(({ item, start, end, said }, id) => ({
    id,
    seek: 0,
    start,
    end,
    text: ` ${said}`,
    speaker: labelOf(item.role),
    avg_logprob: -0.21,
    no_speech_prob: 0.02,
  }));
  const speakers = Object.fromEntries([...labels].map(([role, label]) => [label, role]));
  const text = `${JSON.stringify({ language: "nl", segments, text: segments.map((s) => s.text).join("") }, null, 2)}\n`;
  return { text, extension: ".json", metadata: metadataOf(call, items, speakers) };
}

export async function toTranscribe(txt: string): Promise<Converted> {
  const { call, items } = await timeline(txt);
  const turns = turnsOf(items);
  const role = (r: Role) => (r === "agent" ? "AGENT" : "CUSTOMER");
  const millis = (s: number) => Math.round(s * 1000);
  const Transcript = turns.map(({ item, start, end, said }, i) => ({
    Id: `seg-${i + 1}`,
    ParticipantRole: role(item.role),
    BeginOffsetMillis: millis(start),
    EndOffsetMillis: millis(end),
    Content: said,
    Sentiment: "NEUTRAL",
    LoudnessScores: [62.5, 70.1],
  }));
  const byInterrupter: Record<string, Array<{ BeginOffsetMillis: number; EndOffsetMillis: number; DurationMillis: number }>> = {};
  for (const { item, start, end } of turns) {
    if (!item.interrupts) continue;
    (byInterrupter[role(item.role)] ??= []).push({ BeginOffsetMillis: millis(start), EndOffsetMillis: millis(end), DurationMillis: millis(end - start) });
  }
  const output = {
    JobName: "gesprek-analyse",
    LanguageCode: "nl-NL",
    Channel: "VOICE",
    Participants: [{ ParticipantRole: "AGENT" }, { ParticipantRole: "CUSTOMER" }],
    Transcript,
    ConversationCharacteristics: { Interruptions: { TotalCount: Object.values(byInterrupter).flat().length, InterruptionsByInterrupter: byInterrupter } },
  };
  return { text: `${JSON.stringify(output, null, 2)}\n`, extension: ".json", metadata: metadataOf(call, items) };
}

/** Epoch-based microseconds, as CCAI stores them: the adapter must count from the first entry. */
const CALL_START_USEC = 1_771_500_000_000_000;

export async function toCcai(txt: string): Promise<Converted> {
  const { call, items } = await timeline(txt);
  const entries = turnsOf(items).map(({ item, start, said }) => ({
    start_timestamp_usec: CALL_START_USEC + Math.round(start * 1e6) - Math.round(turnsOf(items)[0]!.start * 1e6),
    text: said,
    role: item.role === "agent" ? "AGENT" : "END_USER",
    user_id: item.role === "agent" ? 2 : 1,
  }));
  const shift = turnsOf(items)[0]!.start;
  // CCAI's times count from its first entry; the metadata's times must too.
  const shifted = items.map((i) => ({ ...i, start: i.start - shift }));
  return { text: `${JSON.stringify({ conversation_info: { categories: [] }, entries }, null, 2)}\n`, extension: ".json", metadata: metadataOf(call, shifted) };
}

export const CONVERTERS = { webvtt: toWebVtt, srt: toSrt, "beleefd-json": toBeleefdJson, whisper: toWhisperX, transcribe: toTranscribe, ccai: toCcai } as const;
