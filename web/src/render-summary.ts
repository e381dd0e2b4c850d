// The summary at the top: score, counts and how the score is made. It sits in a live region, so a
// screen reader hears the new outcome after each check.
import type { LintResult } from "../../src/browser.js";
import { el } from "./dom.js";
import { plural } from "../../src/formatters/shared.js";
import { SCORE_EXPLANATION, scoreOf, START_POINTS } from "./score.js";

export function renderSummary(result: LintResult): HTMLElement[] {
  const score = scoreOf(result);
  // A call that could not be read gets no score and no counts: only what to fix, shown below.
  if (score.points === undefined) return [el("p", { class: "summary__score" }, score.verdict)];
  const headline = el(
    "p",
    { class: "summary__score" },
    el("span", { class: "score", attrs: { "data-score": String(score.points) } }, String(score.points)),
    ` van ${START_POINTS} punten. ${score.verdict}`,
  );
  return [
    headline,
    el(
      "ul",
      { class: "summary__counts" },
      el("li", { class: score.errors ? "count sev-2" : "count" }, plural(score.errors, "fout", "fouten")),
      el("li", { class: score.warnings ? "count sev-1" : "count" }, plural(score.warnings, "waarschuwing", "waarschuwingen")),
      el("li", { class: "count" }, `${plural(score.rulesBroken, "regel", "regels")} overtreden`),
    ),
    el("p", { class: "hint" }, SCORE_EXPLANATION),
  ];
}

export function renderEmptySummary(): HTMLElement[] {
  return [el("p", { class: "summary__score" }, "Plak of typ een gesprek, kies een bestand of probeer een voorbeeld.")];
}
