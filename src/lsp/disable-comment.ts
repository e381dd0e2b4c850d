// The `beleefd-disable-next-line <rule>` comment that silences one message, in the comment syntax
// of the file's format (each parser reads its own; see src/parsers/). SubRip and JSON have no
// comments: nothing.
import type { TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { writeDirectiveText } from "../model/directive.js";
import { CUE_TIMING_LINE as CUE_TIMING } from "../parsers/cue-blocks.js";

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, "");
}

function lineBreak(document: TextDocument): string {
  return document.getText().includes("\r\n") ? "\r\n" : "\n";
}

/** An edit that puts the comment above `line` (0-based), or undefined when the format has no comments. */
export function disableCommentEdit(document: TextDocument, extension: string, line: number, ruleId: string): TextEdit | undefined {
  const eol = lineBreak(document);
  const indent = /^[ \t]*/.exec(lineText(document, line))![0];
  const directive = writeDirectiveText({ kind: "disable-next-line", ruleIds: [ruleId] });
  const at = (target: number, text: string): TextEdit => ({ range: { start: { line: target, character: 0 }, end: { line: target, character: 0 } }, newText: text });
  switch (extension) {
    case ".md":
    case ".markdown":
      return at(line, `${indent}<!-- ${directive} -->${eol}`);
    case ".txt":
      return at(line, `${indent}# ${directive}${eol}`);
    case ".vtt":
      return cueNote(document, line, directive, eol);
    default:
      return undefined;
  }
}

/**
 * WebVTT comments are NOTE blocks between cues, and the directive reaches the first text line of
 * the next cue: the note goes before the cue's id and timing, and only for its first text line.
 */
function cueNote(document: TextDocument, line: number, directive: string, eol: string): TextEdit | undefined {
  let timing = line - 1;
  while (timing >= 0 && lineText(document, timing).trim() !== "" && !CUE_TIMING.test(lineText(document, timing))) timing--;
  if (timing !== line - 1 || timing < 0 || !CUE_TIMING.test(lineText(document, timing))) return undefined;
  const id = timing > 0 && lineText(document, timing - 1).trim() !== "" ? timing - 1 : timing;
  return { range: { start: { line: id, character: 0 }, end: { line: id, character: 0 } }, newText: `NOTE ${directive}${eol}${eol}` };
}
