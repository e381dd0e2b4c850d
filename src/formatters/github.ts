// GitHub Actions workflow commands: each message becomes an annotation on its line in the pull
// request (`::error file=…,line=…::message`). Escaping follows @actions/core's command.ts.
import type { LintMessage, LintResult } from "../types.js";
import { repositoryPath } from "./shared.js";
import { streamingFormatter } from "./streaming.js";
import { visibleMarkup } from "../shared/visible.js";

/** The message part of a command: a line break would end the command. */
export function escapeData(text: string): string {
  return visibleMarkup(text).replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** A property value: additionally ':' and ',' separate the properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

function properties(file: string, message: LintMessage): Array<[string, string | number]> {
  const list: Array<[string, string | number]> = [["file", file], ["line", message.line], ["col", message.column]];
  if (message.endLine !== undefined) {
    list.push(["endLine", message.endLine]);
    // GitHub takes an end column only on the start line.
    if (message.endLine === message.line && message.endColumn !== undefined) list.push(["endColumn", message.endColumn]);
  }
  list.push(["title", message.ruleId ? `beleefd (${message.ruleId})` : "beleefd"]);
  return list;
}

export const github = streamingFormatter((context) => ({
  result(result: LintResult) {
    let output = "";
    const file = repositoryPath(result.filePath, context.cwd) ?? result.filePath;
    for (const message of result.messages) {
      const command = message.severity === 2 ? "error" : "warning";
      const props = properties(file, message).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
      output += `::${command} ${props.join(",")}::${escapeData(message.message)}\n`;
    }
    return output;
  },
  end: () => "",
}));

export default github;
