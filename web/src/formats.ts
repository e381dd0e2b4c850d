// The formats the page accepts: whatever the engine's parser registry reads, so a new parser
// shows up here without a change to the page.
import { PARSERS } from "../../src/browser.js";

/** Dutch names for the parsers the page knows; others show their own name. */
const FORMAT_NAMES: Record<string, string> = {
  "transcript-text": "Transcript",
  "markdown-script": "Belscript (Markdown)",
  webvtt: "Ondertitels WebVTT",
  srt: "Ondertitels SRT",
  json: "JSON-transcript (beleefd, Whisper, Transcribe, CCAI)",
};

export interface Format {
  /** The parser's first extension: it names the text for the engine ("gesprek.txt"). */
  extension: string;
  label: string;
  extensions: readonly string[];
}

// Parsers without an extension (a forced JSON flavour) are chosen by shape, not offered here.
export const FORMATS: readonly Format[] = PARSERS.filter((parser) => parser.extensions.length > 0).map((parser) => ({
  extension: parser.extensions[0]!,
  label: `${FORMAT_NAMES[parser.name] ?? parser.name} (${parser.extensions.join(", ")})`,
  extensions: parser.extensions,
}));

/** The format choice that reads the text in whatever format it looks like (detect-format.ts). */
export const AUTO = "auto";

/** "Ondertitels WebVTT (.vtt)" for ".vtt". */
export function formatLabel(extension: string): string {
  return FORMATS.find((f) => f.extension === extension)?.label ?? extension;
}

export const ACCEPTED_EXTENSIONS: readonly string[] = FORMATS.flatMap((f) => f.extensions);

/** The format for a file name, or undefined when no parser reads it. */
export function formatForFile(name: string): Format | undefined {
  const lower = name.toLowerCase();
  return FORMATS.find((f) => f.extensions.some((ext) => lower.endsWith(ext)));
}
