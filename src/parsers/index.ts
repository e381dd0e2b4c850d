// Every parser, each declared once: its name, the extensions it reads and its parse function.
// The parsing code loads on first use, so a run over .txt files never loads remark.
import type { Parser } from "../types.js";

export const PARSERS: readonly Parser[] = [
  {
    name: "transcript-text",
    extensions: [".txt"],
    parse: async (source, options) => (await import("./transcript-text.js")).transcriptText.parse(source, options),
  },
  {
    name: "markdown-script",
    extensions: [".md", ".markdown"],
    parse: async (source, options) => (await import("./markdown-script.js")).markdownScript.parse(source, options),
  },
  {
    name: "webvtt",
    extensions: [".vtt"],
    parse: async (source, options) => (await import("./webvtt.js")).webvtt.parse(source, options),
  },
  {
    name: "srt",
    extensions: [".srt"],
    parse: async (source, options) => (await import("./srt.js")).srt.parse(source, options),
  },
  {
    name: "json",
    extensions: [".json"],
    parse: async (source, options) => (await import("./json/index.js")).parseJson(source, options),
  },
  // One JSON flavour, without recognising the shape: only through --parser.
  ...(["beleefd-json", "whisper", "transcribe", "ccai"] as const).map(
    (flavour): Parser => ({
      name: flavour,
      extensions: [],
      parse: async (source, options) => (await import("./json/index.js")).parseJson(source, options, flavour),
    }),
  ),
];

export const PARSER_NAMES = PARSERS.map((p) => p.name);

export function parserNamed(name: string): Parser | undefined {
  return PARSERS.find((p) => p.name === name);
}

/** The parser named, or the one for the file's extension; plain text when nothing fits. */
export function parserFor(filePath: string | undefined, name?: string): Parser | undefined {
  if (name) return parserNamed(name);
  const lower = (filePath ?? "").toLowerCase();
  return PARSERS.find((p) => p.extensions.some((ext) => lower.endsWith(ext))) ?? PARSERS[0];
}

export function extensionsLinted(): string[] {
  return PARSERS.flatMap((p) => p.extensions);
}
