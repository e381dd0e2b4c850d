// SubRip (.srt): numbered cues with `00:00:02,000 --> 00:00:05,500` timings and `Agent:` prefixes.
import type { Source } from "../model/source.js";
import type { ParseOptions, ParseResult } from "../types.js";
import { parseSubtitles, type SubtitleSyntax } from "./subtitles.js";

const syntax: SubtitleSyntax = {
  name: "SRT",
  decimal: ",",
  bodyStart: () => 0,
};

export function parseSrt(source: Source, options: ParseOptions): ParseResult {
  return parseSubtitles(syntax, source, options);
}
