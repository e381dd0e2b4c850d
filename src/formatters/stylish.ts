// ESLint's stylish output in Dutch: per file a table of place, severity, speaker · phase, message, rule.
// In a terminal (context.width) long messages wrap under their own column with the rule id on the
// first line; in a pipe or a file every message stays on one line, for grep.
import type { LintMessage, LintResult } from "../types.js";
import type { FormatterContext } from "./types.js";
import { paint, type Paint } from "../shared/ansi.js";
import { plural } from "../shared/plural.js";
import { placeOf, relativePath, severityName } from "./shared.js";
import { padToWidth, textWidth } from "./text-width.js";
import { streamingFormatter } from "./streaming.js";
import { wrapText } from "./wrap.js";

/** Below this many columns for the message, it goes under the row instead of beside it. */
const NARROW_MESSAGE = 24;
/** How far a message under its row is indented. */
const UNDER_INDENT = 4;
import { visibleLine, visibleText } from "../shared/visible.js";

interface Row {
  position: [line: string, column: string];
  severity: string;
  place: string;
  message: string[];
  ruleId: string;
  error: boolean;
}

interface Columns {
  line: number;
  column: number;
  severity: number;
  place: number;
  message: number;
  rule: number;
}

function toRow(message: LintMessage): Row {
  return {
    position: [String(message.line), String(message.column)],
    severity: severityName(message),
    place: placeOf(message),
    // A message --fix can solve says so at its end, as the summary counts it.
    message: visibleText(message.fix ? `${message.message} [--fix]` : message.message).split("\n"),
    ruleId: message.ruleId ?? "",
    error: message.severity === 2,
  };
}

function columnsOf(rows: readonly Row[]): Columns {
  const widest = (pick: (row: Row) => number) => Math.max(...rows.map(pick));
  return {
    line: widest((r) => r.position[0].length),
    column: widest((r) => r.position[1].length),
    severity: widest((r) => r.severity.length),
    place: widest((r) => textWidth(r.place)),
    message: widest((r) => Math.max(...r.message.map(textWidth))),
    rule: widest((r) => r.ruleId.length),
  };
}

/** Place, severity and speaker · phase, with the two spaces that lead to the message. */
function rowStart(row: Row, columns: Columns, p: Paint): { text: string; width: number } {
  const position = `${row.position[0].padStart(columns.line)}:${row.position[1].padEnd(columns.column)}`;
  const severity = row.severity.padEnd(columns.severity);
  const coloured = row.error ? p.red(severity) : p.yellow(severity);
  const place = columns.place ? `  ${p.dim(padToWidth(row.place, columns.place))}` : "";
  const width = 2 + position.length + 2 + columns.severity + (columns.place ? 2 + columns.place : 0) + 2;
  return { text: `  ${position}  ${coloured}${place}  `, width };
}

/** One line per message line; the rule id follows the last one, aligned like ESLint's table. */
function oneLineRow(row: Row, columns: Columns, p: Paint): string[] {
  const start = rowStart(row, columns, p);
  const rule = row.ruleId ? `  ${p.dim(row.ruleId)}` : "";
  const last = row.message.length - 1;
  return row.message.map((text, i) => {
    const body = i === last && rule ? padToWidth(text, columns.message) + rule : text;
    return i === 0 ? start.text + body : " ".repeat(start.width) + body;
  });
}

/** The message wrapped to the terminal, the rule id at the end of the first line. */
function wrappedRow(row: Row, columns: Columns, width: number, p: Paint): string[] {
  const start = rowStart(row, columns, p);
  const ruleWidth = columns.rule ? 2 + columns.rule : 0;
  const rule = row.ruleId ? `  ${p.dim(row.ruleId)}` : "";
  const room = width - start.width - ruleWidth;
  const message = row.message.join("\n");
  if (room < NARROW_MESSAGE) {
    const indent = " ".repeat(UNDER_INDENT);
    const under = wrapText(message, Math.max(NARROW_MESSAGE, width - UNDER_INDENT)).map((line) => indent + line);
    // Even the rule id may not fit beside the place: then it leads the lines under the row.
    if (start.width + row.ruleId.length > width) return [start.text, ...(row.ruleId ? [indent + p.dim(row.ruleId)] : []), ...under];
    return [start.text + p.dim(row.ruleId), ...under];
  }
  const messageWidth = Math.min(room, columns.message);
  const [first = "", ...rest] = wrapText(message, room);
  return [start.text + (rule ? padToWidth(first, messageWidth) + rule : first), ...rest.map((line) => " ".repeat(start.width) + line)];
}

function fileTable(rows: readonly Row[], context: FormatterContext, p: Paint): string {
  const columns = columnsOf(rows);
  let output = "";
  for (const row of rows) {
    const lines = context.width ? wrappedRow(row, columns, context.width, p) : oneLineRow(row, columns, p);
    for (const line of lines) output += `${line.trimEnd()}\n`;
  }
  return output;
}

// Each file's table is written as soon as the file is done; only the counts wait for the summary.
export const stylish = streamingFormatter((context) => {
  const p = paint(context.color);
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  const result = (result: LintResult) => {
    if (result.messages.length === 0) return "";
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    return `\n${p.underline(visibleLine(relativePath(result.filePath, context.cwd)))}\n${fileTable(result.messages.map(toRow), context, p)}`;
  };
  return { result, end: () => summary(errors, warnings, fixableErrors, fixableWarnings, p) };
});

function summary(errors: number, warnings: number, fixableErrors: number, fixableWarnings: number, p: Paint): string {
  const total = errors + warnings;
  if (total === 0) return "";
  const summary = `✖ ${plural(total, "probleem", "problemen")} (${plural(errors, "fout", "fouten")}, ${plural(warnings, "waarschuwing", "waarschuwingen")})`;
  const paintSummary = (text: string) => (errors ? p.red(p.bold(text)) : p.yellow(p.bold(text)));
  let fixable = "";
  if (fixableErrors + fixableWarnings > 0) {
    const can = fixableErrors + fixableWarnings === 1 ? "is" : "zijn";
    fixable = `  ${plural(fixableErrors, "fout", "fouten")} en ${plural(fixableWarnings, "waarschuwing", "waarschuwingen")} ${can} mogelijk op te lossen met --fix.\n`;
    fixable = paintSummary(fixable.trimEnd()) + "\n";
  }
  return `\n${paintSummary(summary)}\n${fixable}`;
}

export default stylish;
