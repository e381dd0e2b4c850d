// Small helpers the formatters share: paths for people, Dutch counts, where a message is.
import type { LintMessage } from "../types.js";

/** `filePath` relative to `cwd` when inside it (no node:path: formatters run in browsers too). */
export function relativePath(filePath: string, cwd: string): string {
  for (const separator of ["/", "\\"]) {
    const base = cwd.endsWith(separator) ? cwd : cwd + separator;
    if (cwd && filePath.startsWith(base)) return filePath.slice(base.length);
  }
  return filePath;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Agent · aanvang": who spoke and in which phase, as far as known. */
export function placeOf(message: LintMessage): string {
  return [message.speaker, message.phase].filter(Boolean).join(" · ");
}
