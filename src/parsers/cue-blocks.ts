// Subtitle files (WebVTT, SRT) as blocks of lines separated by blank lines, each line with its
// offsets, and the cue timing line read into seconds.
import type { Span } from "../model/conversation.js";

export interface Line {
  start: number;
  /** End of the content, without the line break. */
  end: number;
  text: string;
}

export interface Block {
  lines: Line[];
  span: Span;
}

export function blocksOf(text: string, from = 0): Block[] {
  const blocks: Block[] = [];
  let lines: Line[] = [];
  const flush = () => {
    if (lines.length) blocks.push({ lines, span: [lines[0]!.start, lines[lines.length - 1]!.end] });
    lines = [];
  };
  for (let start = from; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const lineEnd = newline === -1 ? text.length : newline;
    const end = lineEnd > start && text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    const line = text.slice(start, end);
    if (line.trim() === "") flush();
    else lines.push({ start, end, text: line });
    start = newline === -1 ? text.length : newline + 1;
  }
  flush();
  return blocks;
}

const TIME = String.raw`(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})`;
const TIMING = new RegExp(String.raw`^[ \t]*${TIME}[ \t]+-->[ \t]+${TIME}(?:[ \t].*)?$`);
export const TIMING_ARROW = /-->/;
/** A line that looks like a cue timing, valid or not: what a comment placed above a cue skips. */
export const CUE_TIMING_LINE = /^\s*[\d:.,]+[ \t]+-->[ \t]+[\d:.,]+/;

/** Seconds of both ends of a timing line, or undefined when the line is no valid timing. */
export function readTiming(line: string): { start: number; end: number } | undefined {
  const match = TIMING.exec(line);
  if (!match) return undefined;
  const at = (i: number) => Number(match[i] ?? 0) * 3600 + Number(match[i + 1]) * 60 + Number(match[i + 2]) + Number(`0.${match[i + 3]!.padEnd(3, "0")}`);
  return { start: at(1), end: at(5) };
}
