#!/usr/bin/env node
// The throughput reference: the least a linter of these files must do. It reads every .txt file
// below the given folders, looks for one regex (informal "je", "jij", "jou", "jouw") and prints
// the hits per file as JSON, as `beleefd --format json` prints its messages.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const INFORMAL = /(?<!\p{L})(?:je|jij|jou|jouw)(?!\p{L})/giu;

/** The .txt files below `dir`, in name order. */
export function textFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...textFiles(path));
    else if (entry.name.endsWith(".txt")) files.push(path);
  }
  return files;
}

/** Per file: its path and the offsets of the regex's hits. */
export function naiveLint(dirs) {
  return dirs.flatMap(textFiles).map((filePath) => {
    const text = readFileSync(filePath, "utf8");
    return { filePath, hits: Array.from(text.matchAll(INFORMAL), (match) => match.index) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(naiveLint(process.argv.slice(2)))}\n`);
}
