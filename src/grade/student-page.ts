// A student's feedback page: the grade, the points per criterion, and the script with the mistakes
// marked and explained (the same blocks as the html report).
import { html } from "../report/escape.js";
import { fileSection, numberedProblems } from "../report/file-section.js";
import type { RuleInfo } from "../report/message-panel.js";
import { htmlPage, MARKS_FOOTER } from "../report/page.js";
import type { GradedScript } from "./graded.js";
import type { Rubric } from "./rubric.js";
import { formatNumber, formatPoints } from "./scale.js";
import { verdictOf } from "./score.js";

function verdict(script: GradedScript, rubric: Rubric) {
  const { score } = script;
  if (score.unreadable) {
    // The reason in full, with what to change, stands once: at its mark in the script below.
    const fatal = numberedProblems(script.result, "script").find((p) => p.message.fatal);
    const where = fatal ? html` Waarom, en wat je moet aanpassen: zie <a href="#${fatal.id}">melding ${fatal.number}</a> in je script hieronder.` : html` ${score.unreadable}`;
    return html`<p class="fail">Dit script kon niet beoordeeld worden, dus er is geen cijfer.${where}</p>`;
  }
  const grade = formatNumber(score.grade!, rubric.scale.decimals, true);
  return html`<p><strong>Cijfer: ${grade}</strong> (schaal ${rubric.scale.min}–${rubric.scale.max}) —
<span class="${score.passed ? "pass" : "fail"}">${verdictOf(score)}</span>.
Punten: ${formatPoints(score.total!, true)} van ${formatPoints(rubric.maximum, true)}.</p>${
    score.knockOuts.length
      ? html`<p class="fail">Knock-out: ${score.knockOuts.map((c) => c.label).join(", ")}. Daarmee is het script onvoldoende, hoe hoog de punten ook zijn.</p>`
      : ""
  }`;
}

function criteriaTable(script: GradedScript) {
  const rows = script.score.criteria.map(
    ({ criterion, occurrences, lost }) => html`<tr>
<th scope="row">${criterion.label}${criterion.knockOut ? " (knock-out)" : ""}</th><td><code>${criterion.ruleId}</code></td>
<td class="num">${occurrences}</td>
<td>${criterion.per === "once" ? `${formatPoints(criterion.points, true)} één keer` : `${formatPoints(criterion.points, true)} per keer`}${
      criterion.cap !== undefined && criterion.per === "occurrence" ? `, hoogstens ${formatPoints(criterion.cap, true)}` : ""
    }</td>
<td class="num">${formatPoints(lost, true)}</td></tr>`,
  );
  return html`<div class="table-box" role="region" aria-label="Punten per criterium" tabindex="0"><table class="data"><caption class="meta">Punten per criterium</caption>
<thead><tr><th scope="col">criterium</th><th scope="col">regel</th><th scope="col" class="num">keer</th><th scope="col">aftrek</th><th scope="col" class="num">punten af</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

export function studentPage(script: GradedScript, rubric: Rubric, info: RuleInfo): string {
  const nav = html`<nav class="files" aria-label="terug"><p><a href="overzicht.html">← Overzicht van de klas</a></p></nav>`;
  // An ungradable script has no points to list: only the reason, and the text with what to fix.
  const table = script.score.unreadable ? "" : criteriaTable(script);
  const before = html`${verdict(script, rubric)}${table}<h3>Je script, met de opmerkingen ernaast</h3>`;
  const body = fileSection(script.result, { title: script.file, idPrefix: "script", info, before });
  const footer = script.score.unreadable
    ? `Gemaakt door beleefd. Dit script is niet beoordeeld; de reden staat bovenaan en is in de tekst gemarkeerd. ${MARKS_FOOTER.replace("Gemaakt door beleefd. ", "")}`
    : `Gemaakt door beleefd. Bovenaan het cijfer en de punten per criterium van de rubric; daaronder het script. ${MARKS_FOOTER.replace("Gemaakt door beleefd. ", "")}`;
  return htmlPage({ title: `Feedback voor ${script.student}`, subtitle: script.file, nav, body, footer });
}
