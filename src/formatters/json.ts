// ESLint-compatible JSON, so tools that read ESLint's output read ours. Offsets (`span`) stay out:
// they index our decoded text and no ESLint consumer knows them; line and column say the same.
import type { LintMessage, LintResult } from "../types.js";
import { streamingFormatter } from "./streaming.js";

function toJsonMessage(message: LintMessage) {
  // Keys added one by one in a fixed order (not spread in): the objects share hidden classes, and
  // JSON.stringify runs faster over them.
  const out: Record<string, unknown> = {
    ruleId: message.ruleId,
    severity: message.severity,
    message: message.message,
    line: message.line,
    column: message.column,
  };
  if (message.endLine !== undefined) {
    out.endLine = message.endLine;
    out.endColumn = message.endColumn;
  }
  if (message.messageId) out.messageId = message.messageId;
  if (message.fatal) out.fatal = true;
  if (message.speaker) out.speaker = message.speaker;
  if (message.phase) out.phase = message.phase;
  // ESLint's shapes: `fix` { range, text }, `suggestions` [{ desc, messageId?, fix }].
  if (message.fix) out.fix = message.fix;
  if (message.suggestions) out.suggestions = message.suggestions;
  return out;
}

/** One element of the JSON array, as ESLint writes it (also one line of `--format jsonl`). */
export function toJsonResult(result: LintResult) {
  return {
    filePath: result.filePath,
    messages: result.messages.map(toJsonMessage),
    suppressedMessages: [],
    errorCount: result.errorCount,
    fatalErrorCount: result.fatalErrorCount,
    warningCount: result.warningCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
    ...(result.output !== undefined ? { output: result.output } : {}),
    usedDeprecatedRules: [],
  };
}

// The array is written element by element: "[" before the first, "," between, "]" at the end.
export const json = streamingFormatter(() => {
  let first = true;
  return {
    result(result) {
      const start = first ? "[" : ",";
      first = false;
      return start + JSON.stringify(toJsonResult(result));
    },
    end: () => (first ? "[]" : "]"),
  };
});

export default json;
