// SubRip (.srt): numbered cues with `00:00:02,000 --> 00:00:05,500` timings and `Agent:` prefixes.
import type { Parser } from "../types.js";
import { parseSubtitles, type SubtitleSyntax } from "./subtitles.js";

const syntax: SubtitleSyntax = {
  name: "SRT",
  decimal: ",",
  bodyStart: () => 0,
};

/** How the `srt` parser reads (its name and extensions are in ./index.ts). */
export const srt: Pick<Parser, "parse"> = {
  parse: (source, options) => parseSubtitles(syntax, source, options),
};
