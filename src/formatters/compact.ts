// One line per problem, for grep and editors' problem matchers: `path: line N, col M, Error - ...`.
import type { LintResult } from "../types.js";
import { plural } from "../shared/plural.js";
import { oneLine, visibleLine } from "../shared/visible.js";
import { relativePath } from "./shared.js";
import { streamingFormatter } from "./streaming.js";

export const compact = streamingFormatter((context) => {
  let total = 0;
  const result = (result: LintResult) => {
    let output = "";
    const path = visibleLine(relativePath(result.filePath, context.cwd));
    for (const message of result.messages) {
      total++;
      const kind = message.severity === 2 ? "Error" : "Warning";
      const rule = message.ruleId ? ` (${message.ruleId})` : "";
      output += `${path}: line ${message.line}, col ${message.column}, ${kind} - ${oneLine(message.message)}${rule}\n`;
    }
    return output;
  };
  return { result, end: () => (total ? `\n${plural(total, "probleem", "problemen")}\n` : "") };
});

export default compact;
