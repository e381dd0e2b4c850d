// Seeded fuzzing of every input format: mutated fixtures must never make lint() throw, and every
// message must point inside the file. A hang shows as this test's timeout, not as a speed check.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../src/api.js";
import { Source } from "../src/model/source.js";
import type { LintMessage } from "../src/types.js";
import { mutate, seededRandom } from "./support/mutate.js";

const ROOT = resolve(import.meta.dirname, "../fixtures");
const FOLDERS = ["parsers", "klas", "examples/scripts", "examples/transcripts"];
const FORMATS = [".txt", ".md", ".vtt", ".srt", ".json"];
const MUTANTS_PER_FORMAT = 600;

function seedsFor(extension: string): string[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((name) => extname(name) === extension && !name.endsWith(".model.json"))
      .map((name) => readFileSync(join(ROOT, folder, name), "utf8")),
  );
}

/** Why a message points outside the text, or undefined when it is inside. */
function outside(message: LintMessage, source: Source): string | undefined {
  const length = source.text.length;
  const [from, to] = message.span;
  if (!(from >= 0 && from <= to && to <= length)) return `span ${from}-${to} buiten 0-${length}`;
  for (const [line, column] of [[message.line, message.column], [message.endLine ?? message.line, message.endColumn ?? message.column]] as const) {
    if (!(line >= 1 && line <= source.lineCount)) return `regel ${line} buiten 1-${source.lineCount}`;
    // Column of the line break itself (LF, or the LF of CRLF) is the furthest a place can be.
    if (!(column >= 1 && column <= source.lineText(line).length + 2)) return `kolom ${column} buiten regel ${line}`;
  }
  return undefined;
}

describe("fuzzen met gemuteerde voorbeelden", () => {
  for (const [index, extension] of FORMATS.entries()) {
    it(`${extension}: ${MUTANTS_PER_FORMAT} gemuteerde bestanden`, { timeout: 60_000 }, async () => {
      const seeds = seedsFor(extension);
      expect(seeds.length).toBeGreaterThan(0);
      const random = seededRandom(20_240_501 + index);
      for (let i = 0; i < MUTANTS_PER_FORMAT; i++) {
        const text = mutate(seeds[i % seeds.length]!, random);
        const filePath = `fuzz-${i}${extension === ".json" ? ".beleefd.json" : extension}`;
        let messages: LintMessage[];
        try {
          messages = (await lint(text, { filePath })).messages;
        } catch (error) {
          throw new Error(`lint() gooide bij mutant ${i} (${extension}): ${(error as Error).stack}\n--- invoer ---\n${text.slice(0, 2000)}`);
        }
        const source = new Source(text);
        for (const message of messages) {
          const why = outside(message, source);
          if (why) throw new Error(`mutant ${i} (${extension}): ${why} in ${JSON.stringify(message)}\n--- invoer ---\n${text.slice(0, 2000)}`);
          if (message.fatal && message.ruleId !== null) throw new Error(`mutant ${i}: regel ${message.ruleId} liep vast: ${message.message}`);
        }
      }
    });
  }
});
