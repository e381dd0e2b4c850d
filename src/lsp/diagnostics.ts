// beleefd's messages as LSP diagnostics. beleefd counts lines and columns from 1 in UTF-16 code
// units (an emoji is two columns), LSP from 0 in the same units: only the base changes.
import type { Diagnostic, Position, Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { LintMessage } from "../types.js";

export const SOURCE = "beleefd";

const ERROR = 1;
const WARNING = 2;

/** The engine drops a leading byte-order mark; an editor may keep it in the document. */
export function bomLength(document: TextDocument): number {
  return document.getText({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }) === "\uFEFF" ? 1 : 0;
}

function position(line: number, column: number, bom: number): Position {
  return { line: line - 1, character: column - 1 + (line === 1 ? bom : 0) };
}

/** Where a message is; a message without width (a fatal problem at 1:1) covers the rest of its line. */
export function rangeOf(message: LintMessage, document: TextDocument): Range {
  const bom = bomLength(document);
  const start = position(message.line, message.column, bom);
  const end = message.endLine !== undefined && message.endColumn !== undefined ? position(message.endLine, message.endColumn, bom) : start;
  if (end.line > start.line || end.character > start.character) return { start, end };
  const lineText = document.getText({ start: { line: start.line, character: 0 }, end: { line: start.line + 1, character: 0 } }).replace(/\r?\n$/, "");
  return { start, end: { line: start.line, character: Math.max(start.character, lineText.length) } };
}

export function toDiagnostic(message: LintMessage, document: TextDocument, ruleUrl: (ruleId: string) => string | undefined): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(message, document),
    severity: message.severity === 2 ? ERROR : WARNING,
    source: SOURCE,
    message: message.message,
  };
  if (message.ruleId !== null) {
    diagnostic.code = message.ruleId;
    const href = ruleUrl(message.ruleId);
    if (href) diagnostic.codeDescription = { href };
  }
  return diagnostic;
}
