// SubRip (.srt): numbered cues with `00:00:02,000 --> 00:00:05,500` timings and `Agent:` prefixes.
import type { Parser } from "../types.js";
import { parseSubtitles, type SubtitleSyntax } from "./subtitles.js";

const syntax: SubtitleSyntax = {
  name: "SRT",
  decimal: ",",
  bodyStart: () => 0,
};

export const srtParser: Parser = {
  name: "srt",
  extensions: [".srt"],
  parse: (source, options) => parseSubtitles(syntax, source, options),
};
