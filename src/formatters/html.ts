// One self-contained HTML page for a run: every file with its text, the problems marked and, beside
// each, the message, why the rule exists and a good example. No scripts, no network.
import { html } from "../report/escape.js";
import { fileSection, countsText } from "../report/file-section.js";
import { htmlPage } from "../report/page.js";
import type { Formatter } from "./types.js";
import { plural } from "../shared/plural.js";
import { relativePath } from "./shared.js";

export const htmlReport: Formatter = (results, context) => {
  const info = { rulesMeta: context.rulesMeta, ruleDoc: context.ruleDoc };
  const files = results.map((result, i) => ({ result, id: `bestand-${i + 1}`, title: relativePath(result.filePath, context.cwd) }));
  const problems = results.reduce((sum, r) => sum + r.messages.length, 0);
  const nav = html`<nav class="files" aria-label="bestanden"><ul>${files.map(
    (file) => html`<li><a href="#${file.id}">${file.title}</a> (${countsText(file.result)})</li>`,
  )}</ul></nav>`;
  const body = html`${files.map((file) => fileSection(file.result, { title: file.title, idPrefix: file.id, info }))}`;
  return htmlPage({
    title: "beleefd-rapport",
    subtitle: `${plural(results.length, "bestand", "bestanden")}, ${plural(problems, "probleem", "problemen")}`,
    nav,
    body,
  });
};

export default htmlReport;
