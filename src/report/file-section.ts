// One linted file on a page: its name and counts, then its text with the problems marked and
// explained beside the lines. Shared by the html report and the grade pages.
import type { LintResult } from "../types.js";
import { plural } from "../shared/plural.js";
import { annotatedSource, type NumberedProblem } from "./annotated-source.js";
import { html, type Html } from "./escape.js";
import { firstOfRule, problemList, type RuleInfo } from "./message-panel.js";

export function countsText(result: LintResult): string {
  if (result.messages.length === 0) return "Geen problemen gevonden.";
  return `${plural(result.errorCount, "fout", "fouten")}, ${plural(result.warningCount, "waarschuwing", "waarschuwingen")}`;
}

/**
 * Problems numbered in reading order: a mark's number stands where its span ends, so the numbers
 * follow span ends (then starts), and "je²" never comes before "doen¹" on a line.
 */
export function numberedProblems(result: LintResult, idPrefix: string): NumberedProblem[] {
  const ordered = [...result.messages].sort((a, b) => a.span[1] - b.span[1] || a.span[0] - b.span[0]);
  return ordered.map((message, i) => ({ number: i + 1, id: `${idPrefix}-p${i + 1}`, message }));
}

/** The marked text of a file, or (when its text is not available) just the list of problems. */
export function annotatedFile(result: LintResult, idPrefix: string, info: RuleInfo): Html {
  const problems = numberedProblems(result, idPrefix);
  const first = firstOfRule(problems);
  if (result.source === undefined) {
    return html`<p class="other">De tekst van dit bestand is niet beschikbaar.</p>${problemList(problems, info, first)}`;
  }
  return annotatedSource(result.source, problems, (here) => problemList(here, info, first), idPrefix);
}

export interface FileSectionOptions {
  /** The heading: the file as people know it. */
  title: string;
  idPrefix: string;
  info: RuleInfo;
  /** Extra content between the heading and the text (the grade table on a student page). */
  before?: Html;
}

export function fileSection(result: LintResult, options: FileSectionOptions): Html {
  return html`<section class="file" id="${options.idPrefix}" aria-labelledby="${options.idPrefix}-h">
<h2 id="${options.idPrefix}-h">${options.title}</h2>
<p class="meta">${countsText(result)}</p>
${options.before ?? ""}
${annotatedFile(result, options.idPrefix, options.info)}
</section>`;
}
