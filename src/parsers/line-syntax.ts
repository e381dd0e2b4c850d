// The line syntax the transcript and script parsers share: turn labels, `[event]` lines and the
// wording of the warnings about them.
import type { Span } from "../model/conversation.js";
import type { ParseProblem } from "../types.js";
import { TIMESTAMP_SOURCE } from "./timestamps.js";

/**
 * [time] then a label of 1–4 words (optionally **bold**) and a colon, then the speech.
 * Groups: 1 indent, 2–5 time stamp, 6 bold opener, 7 label, 8 bold closer after the colon, 9 speech.
 */
export const TURN = new RegExp(
  String.raw`^([ \t]*)(?:${TIMESTAMP_SOURCE}[ \t]*)?(\*\*|__)?([\p{L}][\p{L}\p{N}.'’\- ]{0,40}?(?:[ \t]*\([^)\n]{1,30}\))?)[ \t]*(?:\6:|:\6|:)(\*\*|__)?[ \t]?(.*)$`,
  "u",
);

/** `[in de wacht]` alone on a line, optionally after a time stamp. Groups: 1–4 time stamp, 5 body. */
export const EVENT = new RegExp(String.raw`^[ \t]*(?:${TIMESTAMP_SOURCE}[ \t]*)?\[([^\[\]\n]+)\][ \t]*$`);

/** An unknown label still counts as a speaker when it looks like a name: one to three capitalised words. */
export function looksLikeLabel(label: string): boolean {
  const words = label.replace(/\([^)]*\)/, "").trim().split(/\s+/);
  return words.length <= 3 && words.every((w) => /^[\p{Lu}][\p{L}.'’\-]*$/u.test(w));
}

export function unknownSpeakerProblem(label: string, span: Span): ParseProblem {
  return {
    span,
    message: `Onbekende spreker "${label}". Geef de rol op in de front matter, bijvoorbeeld:\nsprekers:\n  ${label}: agent`,
  };
}

export function unknownEventProblem(body: string, span: Span): ParseProblem {
  return {
    span,
    message: `Onbekende gebeurtenis "[${body}]". Bekend zijn onder meer [in de wacht], [uit de wacht], [doorverbinden], [klant verbreekt] en [agent verbreekt].`,
  };
}
