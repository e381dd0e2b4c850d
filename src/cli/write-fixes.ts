// --fix: write each fixed script back, and only those whose text changed.
import { readFileSync, writeFileSync } from "node:fs";
import type { LintResult } from "../types.js";

export class FixWriteError extends Error {
  override name = "InputError";
}

const UTF8_BOM = "\uFEFF";

/** The text encoded as the file was (UTF-16 from Notepad, UTF-8 with or without a byte-order mark), which decoding dropped. */
function inEncodingOf(head: Uint8Array, text: string): Buffer {
  if (head[0] === 0xff && head[1] === 0xfe) return Buffer.from(UTF8_BOM + text, "utf16le");
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(UTF8_BOM + text, "utf16le").swap16();
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? UTF8_BOM : "";
  return Buffer.from(bom + text, "utf8");
}

export function writeFixedFiles(results: readonly LintResult[]): void {
  for (const result of results) {
    if (result.output === undefined) continue;
    try {
      writeFileSync(result.filePath, inEncodingOf(readFileSync(result.filePath).subarray(0, 3), result.output));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "onbekende fout";
      throw new FixWriteError(`${result.filePath}: de verbeterde tekst kon niet geschreven worden (${code}).`);
    }
  }
}
