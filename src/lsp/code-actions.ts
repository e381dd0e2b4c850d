// Code actions for the messages under the cursor: the message's fix and suggestions (ESLint's
// shape: `fix: { range: [start, end], text }` on offsets into the text, `suggestions: [{ desc, fix }]`),
// and a comment that turns the rule off for that line.
import type { CodeAction, Diagnostic, Range, TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { LintMessage } from "../types.js";
import { bomLength } from "./diagnostics.js";
import { disableCommentEdit } from "./disable-comment.js";

export interface Fix {
  range: [number, number];
  text: string;
}

/** A message as the engine gives it once rules can fix: absent fields mean nothing to offer. */
export type FixableMessage = LintMessage & { fix?: Fix; suggestions?: Array<{ desc: string; fix: Fix }> };

export interface Reported {
  message: FixableMessage;
  diagnostic: Diagnostic;
}

const QUICK_FIX = "quickfix";

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range["start"], y: Range["start"]) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function isFix(value: unknown): value is Fix {
  const fix = value as Fix | undefined;
  return (
    typeof fix === "object" && fix !== null && Array.isArray(fix.range) && fix.range.length === 2 &&
    fix.range.every((n) => Number.isInteger(n) && n >= 0) && fix.range[0] <= fix.range[1] && typeof fix.text === "string"
  );
}

/** Offsets point into the text without a byte-order mark, as the engine read it. */
function textEdit(fix: Fix, document: TextDocument): TextEdit {
  const bom = bomLength(document);
  return { range: { start: document.positionAt(fix.range[0] + bom), end: document.positionAt(fix.range[1] + bom) }, newText: fix.text };
}

export function codeActions(document: TextDocument, extension: string, reported: readonly Reported[], range: Range): CodeAction[] {
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ changes: { [document.uri]: edits } });
  for (const { message, diagnostic } of reported) {
    if (!overlaps(diagnostic.range, range)) continue;
    if (isFix(message.fix)) {
      actions.push({ title: `Herstel deze melding van ${message.ruleId ?? "beleefd"}`, kind: QUICK_FIX, diagnostics: [diagnostic], isPreferred: true, edit: edit([textEdit(message.fix, document)]) });
    }
    for (const suggestion of Array.isArray(message.suggestions) ? message.suggestions : []) {
      if (!isFix(suggestion?.fix) || typeof suggestion.desc !== "string") continue;
      actions.push({ title: suggestion.desc, kind: QUICK_FIX, diagnostics: [diagnostic], edit: edit([textEdit(suggestion.fix, document)]) });
    }
    if (message.ruleId === null || message.fatal) continue;
    const comment = disableCommentEdit(document, extension, diagnostic.range.start.line, message.ruleId);
    if (comment) actions.push({ title: `Zet ${message.ruleId} uit voor deze tekstregel`, kind: QUICK_FIX, diagnostics: [diagnostic], edit: edit([comment]) });
  }
  return actions;
}
