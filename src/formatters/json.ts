// ESLint-compatible JSON, so tools that read ESLint's output read ours. Offsets (`span`) stay out:
// they index our decoded text and no ESLint consumer knows them; line and column say the same.
import type { Formatter, LintMessage } from "../types.js";

function toJsonMessage(message: LintMessage) {
  return {
    ruleId: message.ruleId,
    severity: message.severity,
    message: message.message,
    line: message.line,
    column: message.column,
    ...(message.endLine !== undefined ? { endLine: message.endLine, endColumn: message.endColumn } : {}),
    ...(message.messageId ? { messageId: message.messageId } : {}),
    ...(message.fatal ? { fatal: true } : {}),
    ...(message.speaker ? { speaker: message.speaker } : {}),
    ...(message.phase ? { phase: message.phase } : {}),
  };
}

export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.messages.map(toJsonMessage),
      suppressedMessages: [],
      errorCount: result.errorCount,
      fatalErrorCount: result.fatalErrorCount,
      warningCount: result.warningCount,
      fixableErrorCount: result.fixableErrorCount,
      fixableWarningCount: result.fixableWarningCount,
      usedDeprecatedRules: [],
    })),
  );

export default json;
