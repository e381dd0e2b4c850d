// Builds dist/ when it is missing or older than the sources, so CLI tests always run current code.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
export const CLI = join(ROOT, "dist/cli.js");

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let time = 0;
  for (const entry of readdirSync(path)) time = Math.max(time, newest(join(path, entry)));
  return time;
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

export function ensureBuilt(): void {
  const sources = Math.max(...["src", "rules", "scripts/build.mjs", "package.json"].map((p) => newest(join(ROOT, p))));
  // The build writes the type declarations last: without them, the last build did not finish.
  if (mtime(CLI) >= sources && mtime(join(ROOT, "dist/types/src/index.d.ts")) >= 0) return;
  execFileSync(process.execPath, [join(ROOT, "scripts/build.mjs")], { cwd: ROOT, stdio: "pipe" });
}
