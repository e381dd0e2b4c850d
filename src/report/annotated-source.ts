// A file's text, line by line, with the exact span of every problem marked and numbered, and each
// line's notes (the message panels) beside it.
import type { LintMessage } from "../types.js";
import { html, raw, type Html } from "./escape.js";

/** A problem with its number on the page and the id of its explanation. */
export interface NumberedProblem {
  number: number;
  id: string;
  message: LintMessage;
}

interface Line {
  number: number;
  start: number;
  /** End of the text, before "\r\n" or "\n". */
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let number = 1; ; number++) {
    const newline = text.indexOf("\n", start);
    const next = newline === -1 ? text.length : newline;
    const end = next > start && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    lines.push({ number, start, end });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

function severityClass(message: LintMessage): string {
  return message.severity === 2 ? "error" : "warn";
}

function ref(problem: NumberedProblem): Html {
  return html`<sup class="ref"><a href="#${problem.id}" aria-label="melding ${problem.number}">${problem.number}</a></sup>`;
}

/** One line's text with marks: split at every span boundary so overlapping problems both show. */
function markedLine(text: string, line: Line, problems: readonly NumberedProblem[]): Html {
  const touching = problems.filter(({ message: { span } }) =>
    span[1] > span[0] ? span[0] < line.end && span[1] > line.start : span[0] >= line.start && span[0] <= line.end,
  );
  if (touching.length === 0) return html`${text.slice(line.start, line.end)}`;
  const cuts = new Set([line.start, line.end]);
  for (const { message: { span } } of touching) {
    cuts.add(Math.min(Math.max(span[0], line.start), line.end));
    cuts.add(Math.min(Math.max(span[1], line.start), line.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: Html[] = [];
  const endsAt = (offset: number) => touching.filter(({ message: { span } }) => span[1] > span[0] && span[1] === offset);
  const pointsAt = (offset: number) => touching.filter(({ message: { span } }) => span[1] === span[0] && span[0] === offset);
  for (let i = 0; i < points.length; i++) {
    const from = points[i]!;
    for (const problem of pointsAt(from)) {
      // An empty span (something missing here) still gets a visible, numbered mark.
      parts.push(html`<mark class="point ${severityClass(problem.message)}" data-problem="${problem.number}" title="hier">‸</mark>${ref(problem)}`);
    }
    const to = points[i + 1];
    if (to === undefined || to === from) continue;
    const active = touching.filter(({ message: { span } }) => span[0] < to && span[1] > from);
    const segment = text.slice(from, to);
    if (active.length === 0) parts.push(html`${segment}`);
    else {
      const cls = active.some((p) => p.message.severity === 2) ? "error" : "warn";
      parts.push(html`<mark class="${cls}" data-problem="${active.map((p) => p.number).join(" ")}">${segment}</mark>`);
    }
    for (const problem of endsAt(to)) parts.push(ref(problem));
  }
  return html`${parts}`;
}

/**
 * The annotated text. `notesFor(line)` renders what stands beside a line (empty for most lines);
 * problems are noted at the line where they start.
 */
export function annotatedSource(
  text: string,
  problems: readonly NumberedProblem[],
  notesFor: (line: number) => Html | undefined,
  idPrefix: string,
): Html {
  const lines = linesOf(text);
  // A file ending in a newline has an empty last "line" that nobody wrote: leave it out.
  const tail = lines.at(-1)!;
  if (lines.length > 1 && tail.start === text.length && !problems.some((p) => p.message.span[0] >= tail.start)) lines.pop();
  const rows = lines.map((line) => {
    const notes = notesFor(line.number);
    const cls = notes ? "row problem" : "row";
    return html`<div class="${cls}" id="${`${idPrefix}-r${line.number}`}"><div class="code"><span class="ln">${line.number}</span><span class="text">${markedLine(text, line, problems)}${raw(line.end === line.start ? "\u200b" : "")}</span></div><div class="notes">${notes ?? ""}</div></div>`;
  });
  return html`<div class="source" role="group" aria-label="tekst met markeringen">${rows.map((row) => html`${row}\n`)}</div>`;
}
