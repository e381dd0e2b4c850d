// A file's text, line by line, with the exact span of every problem marked and numbered, and each
// line's notes (the message panels) beside it.
import { Source } from "../model/source.js";
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

/** The lines to show: a file ending in a newline has an empty last "line" nobody wrote, left out unless a problem sits there. */
function linesOf(source: Source, problems: readonly NumberedProblem[]): Line[] {
  const lines: Line[] = [];
  for (let number = 1; number <= source.lineCount; number++) {
    const start = source.lineStart(number);
    lines.push({ number, start, end: start + source.lineText(number).length });
  }
  const tail = lines.at(-1)!;
  if (lines.length > 1 && tail.start === source.text.length && !problems.some((p) => p.message.span[0] >= tail.start)) lines.pop();
  return lines;
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
 * The annotated text. `notesFor(problems)` renders what stands beside a line: the problems that
 * start on it (those past the last shown line stand beside the last one).
 */
export function annotatedSource(
  text: string,
  problems: readonly NumberedProblem[],
  notesFor: (problems: readonly NumberedProblem[]) => Html,
  idPrefix: string,
): Html {
  const source = new Source(text);
  const lines = linesOf(source, problems);
  const byLine = new Map<number, NumberedProblem[]>();
  for (const problem of problems) {
    const line = Math.min(source.position(problem.message.span[0]).line, lines.length);
    byLine.set(line, [...(byLine.get(line) ?? []), problem]);
  }
  const rows = lines.map((line) => {
    const here = byLine.get(line.number);
    const cls = here ? "row problem" : "row";
    return html`<div class="${cls}" id="${`${idPrefix}-r${line.number}`}"><div class="code"><span class="ln">${line.number}</span><span class="text">${markedLine(text, line, problems)}${raw(line.end === line.start ? "\u200b" : "")}</span></div><div class="notes">${here ? notesFor(here) : ""}</div></div>`;
  });
  return html`<div class="source" role="group" aria-label="tekst met markeringen">${rows.map((row) => html`${row}\n`)}</div>`;
}
