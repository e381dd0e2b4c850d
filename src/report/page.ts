// The frame every HTML page shares: doctype, strict CSP (no scripts, no network), inline CSS.
import { html, raw, type Html } from "./escape.js";

/** No script may run and nothing may load: a transcript with `<script>` in it stays text. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Marks carry a border and a number besides their colour, so they read in black and white too. */
const CSS = `
:root { color-scheme: light; --text: #1b1b1b; --muted: #4a4a4a; --line: #d0d0d0; --error: #a4161a; --warn: #7a4a00;
  --mark-error: #ffe0e0; --mark-warn: #fff1c2; --ok: #1d6b2f; --panel: #f6f6f6; --link: #0b4fa8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: var(--text); background: #fff; }
a { color: var(--link); }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
header.page, main, footer.page { max-width: 78rem; margin: 0 auto; padding: 0 1rem; }
header.page { border-bottom: 1px solid var(--line); padding-bottom: .5rem; }
h1 { font-size: 1.6rem; margin: 1rem 0 .25rem; } h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; } h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
.meta { color: var(--muted); margin: 0; }
nav.files ul { padding-left: 1.2rem; }
.table-box { max-width: 100%; overflow-x: auto; margin: .5rem 0 1rem; }
.table-box figure { margin: 0; }
.table-box:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
table.data { border-collapse: collapse; margin: 0; }
table.data th, table.data td { border: 1px solid var(--line); padding: .25rem .6rem; text-align: left; vertical-align: top; }
table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; }
.pass { color: var(--ok); font-weight: 600; } .fail { color: var(--error); font-weight: 600; }
section.file { border-top: 2px solid var(--line); }
.source { border: 1px solid var(--line); border-radius: 4px; }
.row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); border-bottom: 1px solid #eee; }
.row:last-child { border-bottom: 0; }
.code { display: flex; font: 14px/1.45 ui-monospace, "Cascadia Mono", Consolas, monospace; }
.ln { flex: 0 0 3.5rem; text-align: right; padding-right: .6rem; color: var(--muted); user-select: none; }
.row.problem .ln { font-weight: 700; color: var(--text); }
.row.problem .ln::before { content: "▶ "; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; flex: 1; padding-right: .5rem; }
mark { background: var(--mark-warn); color: inherit; border-bottom: 2px dashed var(--warn); }
mark.error { background: var(--mark-error); border-bottom: 2px solid var(--error); }
mark.point { padding: 0 1px; }
sup.ref { font: 700 11px/1 system-ui, sans-serif; margin-left: 1px; }
sup.ref a { text-decoration: none; color: var(--text); border: 1px solid currentColor; border-radius: 3px; padding: 0 2px; }
.notes { padding: .25rem .5rem; }
.notes:empty { padding: 0; }
ol.problems { list-style: none; margin: 0; padding: 0; }
li.problem { background: var(--panel); border-left: 4px solid var(--warn); padding: .4rem .6rem; margin: .25rem 0; font-size: 15px; }
li.problem.error { border-left-color: var(--error); }
li.problem p { margin: .15rem 0; }
.head { font-size: 13px; color: var(--muted); }
.badge { display: inline-block; min-width: 1.5em; text-align: center; font-weight: 700; color: var(--text); border: 1px solid currentColor; border-radius: 3px; padding: 0 3px; }
.sev { font-weight: 700; } li.error .sev { color: var(--error); } li.warn .sev { color: var(--warn); }
.why { color: var(--text); }
.example { margin: .3rem 0 0; } .example pre { background: #fff; border: 1px solid var(--line); padding: .4rem; white-space: pre-wrap; font-size: 13px; margin: .2rem 0 0; }
.other { margin: .5rem 0; }
.chart text { font: 13px system-ui, sans-serif; fill: var(--text); }
.chart rect.bar { fill: #2f5d9e; }
.chart line { stroke: var(--line); }
footer.page { color: var(--muted); font-size: 13px; margin-top: 2rem; padding-bottom: 1rem; }
@media (max-width: 60rem) { .row { grid-template-columns: 1fr; } }
@media (max-width: 30rem) {
  header.page, main, footer.page { padding: 0 .5rem; }
  table.data th, table.data td { padding: .2rem .35rem; }
  .ln { flex-basis: 2.25rem; padding-right: .35rem; }
  .row.problem .ln::before { content: ""; }
}
@media print {
  body { font-size: 11pt; } nav.files, .skip { display: none; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .row { grid-template-columns: 1fr; break-inside: avoid; }
  li.problem { break-inside: avoid; }
  section.file { break-before: page; } section.file:first-of-type { break-before: auto; }
  a { color: inherit; text-decoration: none; }
  header.page, main, footer.page { max-width: none; padding: 0; }
  .table-box { overflow: visible; }
  table.data { width: 100%; font-size: 9.5pt; }
  table.data tr, figure { break-inside: avoid; }
  svg.chart { max-width: 100%; height: auto; }
  thead { display: table-header-group; }
  details > * { display: block; }
}
`;

export interface PageOptions {
  title: string;
  /** Shown under the title: what the page is about. */
  subtitle?: Html | string;
  /** Navigation links before the content, if any. */
  nav?: Html;
  body: Html;
  /** What the footer says about the page; by default, how the marks in the text work. */
  footer?: string;
}

/** The footer of a page with marked text. */
export const MARKS_FOOTER = "Gemaakt door beleefd. Markeringen zijn onderstreept en genummerd in leesvolgorde; het nummer verwijst naar de uitleg ernaast.";

export function htmlPage(options: PageOptions): string {
  return html`<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="beleefd">
<title>${options.title}</title>
<style>${raw(CSS)}</style>
</head>
<body>
<a class="skip" href="#inhoud">Naar de inhoud</a>
<header class="page"><h1>${options.title}</h1>${options.subtitle ? html`<p class="meta">${options.subtitle}</p>` : ""}</header>
${options.nav ?? ""}
<main id="inhoud">
${options.body}
</main>
<footer class="page"><p>${options.footer ?? MARKS_FOOTER}</p></footer>
</body>
</html>
`.value;
}
