// Which parser reads which file. Parsers load on demand, so a run over .txt files never loads remark.
import type { Parser } from "../types.js";

interface ParserEntry {
  name: string;
  extensions: readonly string[];
  load(): Promise<Parser>;
}

export const PARSERS: readonly ParserEntry[] = [
  {
    name: "transcript-text",
    extensions: [".txt"],
    load: async () => (await import("./transcript-text.js")).transcriptTextParser,
  },
  {
    name: "markdown-script",
    extensions: [".md", ".markdown"],
    load: async () => (await import("./markdown-script.js")).markdownScriptParser,
  },
  {
    name: "webvtt",
    extensions: [".vtt"],
    load: async () => (await import("./webvtt.js")).webvttParser,
  },
  {
    name: "srt",
    extensions: [".srt"],
    load: async () => (await import("./srt.js")).srtParser,
  },
  {
    name: "json",
    extensions: [".json"],
    load: async () => (await import("./json/index.js")).jsonParser,
  },
  // One JSON flavour, without recognising the shape: only through --parser.
  ...(["beleefd-json", "whisper", "transcribe", "ccai"] as const).map((flavour) => ({
    name: flavour,
    extensions: [] as string[],
    load: async () => (await import("./json/index.js")).flavourParser(flavour),
  })),
];

export const PARSER_NAMES = PARSERS.map((p) => p.name);

/** The parser named, or the one for the file's extension; plain text when nothing fits. */
export function parserEntryFor(filePath: string | undefined, name?: string): ParserEntry | undefined {
  if (name) return PARSERS.find((p) => p.name === name);
  const lower = (filePath ?? "").toLowerCase();
  return PARSERS.find((p) => p.extensions.some((ext) => lower.endsWith(ext))) ?? PARSERS[0];
}

export function extensionsLinted(): string[] {
  return PARSERS.flatMap((p) => p.extensions);
}
