// WebVTT (.vtt): a `WEBVTT` header, cues with voice tags or `Agent:` prefixes, and NOTE blocks
// for events (`NOTE [in de wacht]`, `NOTE hold`) and for `beleefd-disable…` directives.
import type { Span } from "../model/conversation.js";
import { readDirectiveText } from "../model/directive.js";
import type { Parser } from "../types.js";
import { CUE_TIMING_LINE, type Block } from "./cue-blocks.js";
import { placeDirective, type PassedOver } from "./directive-lines.js";
import { parseEventText } from "./events.js";
import { unknownEventProblem } from "./line-syntax.js";
import { ParseError } from "./problems.js";
import { parseSubtitles, type SubtitleSyntax } from "./subtitles.js";

const HEADER = /^WEBVTT(?=[ \t]|\r?\n|$)/;
const NOTE = /^NOTE(?=[ \t]|$)/;
const BRACKETED = /^\[([^\[\]]+)\]$/;
/**
 * Lines a `disable-next-line` passes over to reach the text of the next cue: blank lines, further
 * directive notes, the cue's timing line and the id line right above it.
 */
const NOT_SPEECH = /^\s*(?:$|NOTE\s+beleefd-)/;
const passedOver: PassedOver = (source, line) =>
  NOT_SPEECH.test(source.lineText(line)) || CUE_TIMING_LINE.test(source.lineText(line)) || CUE_TIMING_LINE.test(source.lineText(line + 1));

const syntax: SubtitleSyntax = {
  name: "WebVTT",
  decimal: ".",
  bodyStart(source) {
    const text = source.text;
    if (!HEADER.test(text)) {
      const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
      throw new ParseError("Dit is geen WebVTT-bestand: de eerste regel moet 'WEBVTT' zijn. Is het een SRT-bestand? Geef het dan de extensie .srt.", [0, Math.max(1, firstLine.length)]);
    }
    // The header block runs to the first blank line.
    const blank = /\r?\n[ \t]*\r?\n/.exec(text);
    return blank ? blank.index + blank[0].length : text.length;
  },
  otherBlock(block: Block, found) {
    const first = block.lines[0]!;
    if (/^(?:STYLE|REGION)(?=[ \t]|$)/.test(first.text)) return true;
    if (!NOTE.test(first.text)) return false;
    const bodyStart = first.start + 4 + (first.text.slice(4).length - first.text.slice(4).trimStart().length);
    const body = [first.text.slice(4), ...block.lines.slice(1).map((l) => l.text)].join(" ").trim();
    const span: Span = [bodyStart, block.span[1]];
    const directive = readDirectiveText(body);
    if (directive) {
      found.directives.push(placeDirective(directive, [first.start, block.span[1]], found.source, passedOver));
      return true;
    }
    const bracketed = BRACKETED.exec(body);
    const event = parseEventText(bracketed ? bracketed[1]! : body, found.speakers);
    if (event) found.entries.push({ kind: "event", ...event, span });
    else if (bracketed) found.problems.push(unknownEventProblem(bracketed[1]!, span));
    return true; // any other NOTE is a comment
  },
};

/** How the `webvtt` parser reads (its name and extensions are in ./index.ts). */
export const webvtt: Pick<Parser, "parse"> = {
  parse: (source, options) => parseSubtitles(syntax, source, options),
};
