// overzicht.html: the class at a glance. A table of students with links to their pages, and a
// chart of how many students broke each rule, so the teacher sees what the class has not understood.
import { html } from "../report/escape.js";
import { htmlPage } from "../report/page.js";
import { barChart } from "./chart.js";
import { brokenByStudents, classSummary, type GradedScript } from "./graded.js";
import type { Rubric } from "./rubric.js";
import { verdictOf } from "./score.js";
import { formatNumber, formatPoints, roundTo } from "./scale.js";

function resultCell(script: GradedScript) {
  const verdict = verdictOf(script.score);
  return html`<td class="${verdict === "voldoende" ? "pass" : "fail"}">${verdict}</td>`;
}

/** Why a config file inside the class folder did not count. */
export const IGNORED_CONFIG_NOTE =
  "configbestand in de klasmap genegeerd: bij beleefd grade gelden alleen de regels, ernsten en rubric van de docent.";

export interface OverviewOptions {
  title?: string;
  /** Config files found in student folders and not read, as shown to the teacher. */
  ignoredConfigs?: readonly string[];
}

/** A student may have tried to change the rules: the teacher should know, even though it had no effect. */
function ignoredConfigsSection(files: readonly string[]) {
  if (files.length === 0) return "";
  const items = files.map((file) => html`<li><code>${file}</code></li>`);
  return html`<section aria-labelledby="genegeerd"><h2 id="genegeerd">Genegeerde configuratiebestanden</h2>
<p>Deze configuratiebestanden staan in de klasmap. beleefd heeft ze niet gelezen en er niets uit uitgevoerd: bij een beoordeling gelden alleen de regels, ernsten en rubric van de docent.</p>
<ul>${items}</ul></section>`;
}

export function overviewPage(scripts: readonly GradedScript[], rubric: Rubric, options: OverviewOptions = {}): string {
  const title = options.title ?? "Beoordeling van de klas";
  const graded = scripts.filter((s) => s.score.grade !== undefined);
  const average = graded.length ? roundTo(graded.reduce((sum, s) => sum + s.score.grade!, 0) / graded.length, rubric.scale.decimals) : undefined;
  const decimals = rubric.scale.decimals;
  const rows = scripts.map(
    (s) => html`<tr>
<th scope="row"><a href="${s.page}">${s.student}</a></th>
<td>${s.file}</td>
<td class="num">${s.score.total === undefined ? "–" : formatPoints(s.score.total, true)}</td>
<td class="num">${s.score.grade === undefined ? "–" : formatNumber(s.score.grade, decimals, true)}</td>
${resultCell(s)}
<td>${s.score.unreadable ?? s.score.knockOuts.map((c) => c.label).join(", ")}</td>
</tr>`,
  );
  const bars = brokenByStudents(scripts, rubric).map((row) => ({ key: row.ruleId, label: row.label, value: row.students }));
  const chartTitle = `Hoeveel studenten elke regel minstens één keer overtraden (van ${graded.length})`;
  const body = html`<section aria-labelledby="samenvatting"><h2 id="samenvatting">Samenvatting</h2>
<p>${scripts.length} scripts, ${classSummary(scripts)}.${average !== undefined ? ` Gemiddeld cijfer: ${formatNumber(average, decimals, true)}.` : ""} Voldoende vanaf ${formatNumber(rubric.passMark, decimals, true)} (schaal ${rubric.scale.min}–${rubric.scale.max}); maximaal ${formatPoints(rubric.maximum, true)} punten.</p></section>
<section aria-labelledby="studenten"><h2 id="studenten">Studenten</h2>
<div class="table-box" role="region" aria-label="Studenten" tabindex="0"><table class="data"><caption class="meta">Klik op een naam voor de feedbackpagina.</caption>
<thead><tr><th scope="col">student</th><th scope="col">bestand</th><th scope="col" class="num">punten</th><th scope="col" class="num">cijfer</th><th scope="col">resultaat</th><th scope="col">knock-out / opmerking</th></tr></thead>
<tbody>${rows}</tbody></table></div></section>
<section aria-labelledby="regels"><h2 id="regels">Wat de klas nog niet beheerst</h2>
<p>${chartTitle}.</p>
<div class="table-box" role="region" aria-label="Grafiek: regels per aantal studenten" tabindex="0"><figure>${barChart(bars, graded.length, chartTitle)}</figure></div></section>
${ignoredConfigsSection(options.ignoredConfigs ?? [])}`;
  const footer =
    "Gemaakt door beleefd. Deze pagina toont het cijfer van elke student met een link naar de feedbackpagina, " +
    "en per regel hoeveel studenten haar minstens één keer overtraden. De gemarkeerde teksten staan op de feedbackpagina's.";
  return htmlPage({ title, subtitle: `${scripts.length} scripts`, body, footer });
}
