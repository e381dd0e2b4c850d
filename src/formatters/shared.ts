// Small helpers the formatters share: paths for people, where a message is.
import type { LintMessage } from "../types.js";
import { isWindowsPath, visibleLine } from "../shared/visible.js";

/** `filePath` relative to `cwd` when inside it (no node:path: formatters run in browsers too). */
export function relativePath(filePath: string, cwd: string): string {
  // A backslash is part of a name on Linux and macOS; only a Windows path uses it as separator.
  for (const separator of isWindowsPath(cwd) ? ["/", "\\"] : ["/"]) {
    const base = cwd.endsWith(separator) ? cwd : cwd + separator;
    if (cwd && filePath.startsWith(base)) return filePath.slice(base.length);
  }
  return filePath;
}

/** "Agent · aanvang": who spoke and in which phase, as far as known. */
export function placeOf(message: LintMessage): string {
  return visibleLine([message.speaker, message.phase].filter(Boolean).join(" · "));
}

/** A path for CI tools: relative to `cwd` with forward slashes, or undefined when outside `cwd`. */
export function repositoryPath(filePath: string, cwd: string): string | undefined {
  const relative = relativePath(filePath, cwd);
  if (relative === filePath) return undefined;
  return isWindowsPath(cwd) ? relative.replaceAll("\\", "/") : relative;
}

/** The severity in Dutch, for formats that spell it out. */
export function severityName(message: LintMessage): "fout" | "waarschuwing" {
  return message.severity === 2 ? "fout" : "waarschuwing";
}
