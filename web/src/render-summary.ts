// The summary at the top: points and grade on the course's rubric, counts, and which rules cost
// how many points. It sits in a live region, so a screen reader hears the new outcome after each check.
import { el } from "./dom.js";
import { plural } from "../../src/shared/plural.js";
import { deductionText, scoreExplanation, type PageScore } from "./score.js";

export function renderSummary(score: PageScore): HTMLElement[] {
  // A call that could not be read gets no score and no counts: only what to fix, shown below.
  if (score.points === undefined) return [el("p", { class: "summary__score" }, score.verdict)];
  const headline = el(
    "p",
    { class: "summary__score" },
    el("span", { class: "score", attrs: { "data-score": String(score.points) } }, String(score.points).replace(".", ",")),
    ` van ${score.maximum} punten, cijfer `,
    el("span", { class: score.passed ? "grade" : "grade grade--fail", attrs: { "data-grade": score.grade! } }, score.grade!),
    `. ${score.verdict}`,
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
    score.deductions.length
      ? el(
          "details",
          { class: "deductions" },
          el("summary", {}, "Waar gaan punten af?"),
          el("ul", {}, ...score.deductions.map((d) => el("li", { attrs: { "data-rule": d.criterion.ruleId } }, deductionText(d)))),
        )
      : null,
    el("p", { class: "hint" }, scoreExplanation(score.rubric)),
  ].filter((node) => node !== null);
}

export function renderEmptySummary(): HTMLElement[] {
  return [el("p", { class: "summary__score" }, "Plak of typ een gesprek, kies een bestand of probeer een voorbeeld.")];
}
