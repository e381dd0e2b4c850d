// Which kind of JSON a file holds, recognised from its shape: `beleefd call.json` just works, and a
// folder run skips package.json, configs and sidecars. Cheap: a look at the top-level keys.
export type TranscriptFlavour = "beleefd-json" | "whisper" | "transcribe" | "ccai";
export type JsonFlavour = TranscriptFlavour | "beleefd-metadata" | "connect-record";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function jsonFlavour(value: unknown): JsonFlavour | undefined {
  if (!isObject(value)) return undefined;
  if ("beleefd-metadata" in value) return "beleefd-metadata";
  if ("beleefd" in value || ("version" in value && Array.isArray(value.items))) return "beleefd-json";
  if (Array.isArray(value.segments)) return "whisper";
  if (Array.isArray(value.Transcript)) return "transcribe";
  if (Array.isArray(value.entries)) return "ccai";
  if ("ContactId" in value && ("InitiationMethod" in value || "Agent" in value)) return "connect-record";
  return undefined;
}

export const TRANSCRIPT_FLAVOURS: readonly TranscriptFlavour[] = ["beleefd-json", "whisper", "transcribe", "ccai"];

export function isTranscriptFlavour(flavour: JsonFlavour | undefined): flavour is TranscriptFlavour {
  return (TRANSCRIPT_FLAVOURS as readonly string[]).includes(flavour ?? "");
}

/** Names people know the flavours by, for messages. */
export const FLAVOUR_NAMES: Readonly<Record<JsonFlavour, string>> = {
  "beleefd-json": "beleefd-transcript",
  whisper: "Whisper-transcript",
  transcribe: "Amazon Transcribe-transcript",
  ccai: "Google CCAI-gesprek",
  "beleefd-metadata": "beleefd-metadatabestand",
  "connect-record": "Amazon Connect-contactrecord",
};
