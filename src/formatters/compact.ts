// One line per problem, for grep and editors' problem matchers: `path: line N, col M, Error - ...`.
import type { Formatter } from "./types.js";
import { plural } from "../shared/plural.js";
import { oneLine, visibleLine } from "../shared/visible.js";
import { relativePath } from "./shared.js";

export const compact: Formatter = (results, context) => {
  let output = "";
  let total = 0;
  for (const result of results) {
    const path = visibleLine(relativePath(result.filePath, context.cwd));
    for (const message of result.messages) {
      total++;
      const kind = message.severity === 2 ? "Error" : "Warning";
      const rule = message.ruleId ? ` (${message.ruleId})` : "";
      output += `${path}: line ${message.line}, col ${message.column}, ${kind} - ${oneLine(message.message)}${rule}\n`;
    }
  }
  return total ? `${output}\n${plural(total, "probleem", "problemen")}\n` : "";
};

export default compact;
