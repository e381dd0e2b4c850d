// An inline SVG bar chart (no script, no library): per rule, how many students broke it.
import { html, type Html } from "../report/escape.js";

export interface Bar {
  key: string;
  label: string;
  value: number;
}

const LABEL_WIDTH = 300;
const BAR_AREA = 380;
const ROW = 28;

export function barChart(bars: readonly Bar[], total: number, title: string): Html {
  const height = bars.length * ROW + 30;
  const width = LABEL_WIDTH + BAR_AREA + 80;
  const scale = total > 0 ? BAR_AREA / total : 0;
  const rows = bars.map((bar, i) => {
    const y = i * ROW + 6;
    const length = Math.round(bar.value * scale);
    return html`<g class="bar-row" data-rule="${bar.key}" data-value="${bar.value}">
<title>${bar.label}: ${bar.value} van ${total}</title>
<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${bar.label}</text>
<rect class="bar" x="${LABEL_WIDTH}" y="${y}" width="${length}" height="${ROW - 10}"></rect>
<text x="${LABEL_WIDTH + length + 6}" y="${y + 15}">${bar.value}</text>
</g>`;
  });
  const axisY = bars.length * ROW + 6;
  return html`<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<line x1="${LABEL_WIDTH}" y1="0" x2="${LABEL_WIDTH}" y2="${axisY}"></line>
${rows}
<text x="${LABEL_WIDTH}" y="${axisY + 18}">0</text>
<text x="${LABEL_WIDTH + BAR_AREA}" y="${axisY + 18}" text-anchor="end">${total} studenten</text>
</svg>`;
}
