// ESLint's stylish output in Dutch: per file a table of place, severity, speaker · phase, message, rule.
import type { Formatter, LintMessage } from "../types.js";
import { paint } from "./ansi.js";
import { placeOf, plural, relativePath, severityName } from "./shared.js";
import { visibleLine, visibleText } from "./visible.js";

interface Row {
  position: [line: string, column: string];
  severity: string;
  place: string;
  message: string[];
  ruleId: string;
  error: boolean;
}

function toRow(message: LintMessage): Row {
  return {
    position: [String(message.line), String(message.column)],
    severity: severityName(message),
    place: placeOf(message),
    message: visibleText(message.message).split("\n"),
    ruleId: message.ruleId ?? "",
    error: message.severity === 2,
  };
}

export const stylish: Formatter = (results, context) => {
  const p = paint(context.color);
  let output = "";
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    const rows = result.messages.map(toRow);
    const width = (pick: (row: Row) => number) => Math.max(...rows.map(pick));
    const lineWidth = width((r) => r.position[0].length);
    const columnWidth = width((r) => r.position[1].length);
    const severityWidth = width((r) => r.severity.length);
    const placeWidth = width((r) => r.place.length);
    const messageWidth = width((r) => Math.max(...r.message.map((l) => l.length)));

    output += `\n${p.underline(visibleLine(relativePath(result.filePath, context.cwd)))}\n`;
    for (const row of rows) {
      const position = `${row.position[0].padStart(lineWidth)}:${row.position[1].padEnd(columnWidth)}`;
      const severity = row.severity.padEnd(severityWidth);
      const coloured = row.error ? p.red(severity) : p.yellow(severity);
      const place = placeWidth ? `  ${p.dim(row.place.padEnd(placeWidth))}` : "";
      const indent = " ".repeat(2 + position.length + 2 + severityWidth + (placeWidth ? 2 + placeWidth : 0) + 2);
      const [first = "", ...rest] = row.message;
      const rule = row.ruleId ? `  ${p.dim(row.ruleId)}` : "";
      // The rule id follows the last line of the message, aligned like ESLint's table.
      const lines = rest.length ? [first, ...rest] : [first];
      const last = lines.length - 1;
      lines.forEach((text, i) => {
        const body = i === last && rule ? text.padEnd(messageWidth) + rule : text;
        output += (i === 0 ? `  ${position}  ${coloured}${place}  ${body}` : indent + body).trimEnd() + "\n";
      });
    }
  }
  const total = errors + warnings;
  if (total === 0) return "";
  const summary = `✖ ${plural(total, "probleem", "problemen")} (${plural(errors, "fout", "fouten")}, ${plural(warnings, "waarschuwing", "waarschuwingen")})`;
  return `${output}\n${errors ? p.red(p.bold(summary)) : p.yellow(p.bold(summary))}\n`;
};

export default stylish;
