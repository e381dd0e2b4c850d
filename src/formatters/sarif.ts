// SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards. One run; the rules
// that ran or reported are the driver's rules; each rule message is a result. Messages without a
// rule (the file could not be read, a disable comment that is not needed) and rules that crashed
// are toolExecutionNotifications: code scanning rejects results without a rule.
// Columns count UTF-16 code units, like ours (columnKind says so); end columns are exclusive in both.
import type { LintMessage } from "../types.js";
import { ruleDescriptor, type SarifLevel } from "./sarif-rules.js";
import { repositoryPath } from "./shared.js";
import { streamingFormatter } from "./streaming.js";
import { isWindowsPath } from "../shared/visible.js";
import { TOOL } from "./tool.js";

const SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const SRCROOT = "%SRCROOT%";

function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/** A file: URI for an absolute path, POSIX or Windows (no node:url: formatters run in browsers). */
function fileUri(path: string): string {
  const slashed = isWindowsPath(path) ? path.replaceAll("\\", "/") : path;
  const rooted = slashed.startsWith("/") ? slashed : `/${slashed}`;
  return `file://${encodePath(rooted).replace(/^\/([A-Za-z])%3A/, "/$1:")}`;
}

/** Where a file is: relative to %SRCROOT% (the working directory) when inside it. */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = repositoryPath(filePath, cwd);
  if (relative !== undefined) return { uri: encodePath(relative), uriBaseId: SRCROOT };
  return filePath.startsWith("/") || /^[A-Za-z]:[\\/]/.test(filePath) ? { uri: fileUri(filePath) } : { uri: encodePath(filePath) };
}

function location(artifact: { uri: string; uriBaseId?: string }, index: number, message: LintMessage) {
  const region: Record<string, number> = { startLine: message.line, startColumn: message.column };
  if (message.endLine !== undefined && message.endColumn !== undefined) {
    region.endLine = message.endLine;
    region.endColumn = message.endColumn;
  }
  return { physicalLocation: { artifactLocation: { ...artifact, index }, region } };
}

function level(message: LintMessage): SarifLevel {
  return message.severity === 2 ? "error" : "warning";
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A result or notification that names a rule; its index is known once every rule is. */
interface RuleReference {
  ruleId: string;
  set(index: number): void;
}

// The driver lists every rule before the results point at them by index, so results are kept
// (as SARIF objects, without the files' text) until the end, and indices are filled in there.
export const sarif = streamingFormatter((context) => {
  const ids = new Set<string>();
  const artifacts: Array<{ location: { uri: string; uriBaseId?: string } }> = [];
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  const references: RuleReference[] = [];
  let successful = true;
  return {
    result(result) {
      const index = artifacts.length;
      const artifact = artifactLocation(result.filePath, context.cwd);
      artifacts.push({ location: artifact });
      if (result.fatalErrorCount > 0) successful = false;
      for (const id of context.rulesRun?.[result.filePath] ?? []) ids.add(id);
      for (const message of result.messages) {
        if (message.ruleId) ids.add(message.ruleId);
        const where = [location(artifact, index, message)];
        if (message.ruleId && !message.fatal) {
          const entry = { ruleId: message.ruleId, ruleIndex: -1, level: level(message), message: { text: message.message }, locations: where };
          references.push({ ruleId: message.ruleId, set: (i) => (entry.ruleIndex = i) });
          sarifResults.push(entry);
        } else if (message.ruleId) {
          const associatedRule = { id: message.ruleId, index: -1 };
          references.push({ ruleId: message.ruleId, set: (i) => (associatedRule.index = i) });
          notifications.push({ level: level(message), message: { text: message.message }, locations: where, associatedRule });
        } else {
          notifications.push({ level: level(message), message: { text: message.message }, locations: where });
        }
      }
      return "";
    },
    end() {
      const sorted = [...ids].sort(byCodeUnits);
      const ruleIndex = new Map(sorted.map((id, i) => [id, i]));
      for (const reference of references) reference.set(ruleIndex.get(reference.ruleId)!);
      const run = {
        tool: { driver: { ...TOOL, semanticVersion: TOOL.version, rules: sorted.map((id) => ruleDescriptor(id, context)) } },
        invocations: [
          {
            executionSuccessful: successful,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: fileUri(context.cwd.replace(/[\\/]?$/, "/")) } },
        artifacts,
        results: sarifResults,
        language: "nl-NL",
        columnKind: "utf16CodeUnits",
      };
      return `${JSON.stringify({ $schema: SCHEMA, version: "2.1.0", runs: [run] }, null, 2)}\n`;
    },
  };
});

export default sarif;
