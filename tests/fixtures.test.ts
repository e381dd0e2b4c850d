// The bundled examples: every file parses without parser warnings (unless it is meant to, by its
// name `*-parsefout*`), and every rule's labels file labels every file. Scores are `npm run accuracy`'s job.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyConfig } from "../src/config/presets.js";
import { parseText } from "../src/engine/linter.js";
import { builtinRules } from "../rules/index.js";

const examples = join(import.meta.dirname, "..", "fixtures", "examples");
const files = ["scripts", "transcripts"].flatMap((dir) =>
  readdirSync(join(examples, dir))
    .filter((name) => /\.(md|txt)$/.test(name))
    .map((name) => `${dir}/${name}`),
);
const labelFiles = readdirSync(join(examples, "labels")).filter((name) => name.endsWith(".json"));
const labelsOf = (name: string) =>
  JSON.parse(readFileSync(join(examples, "labels", name), "utf8")) as { rule: string; files: Record<string, unknown[]> };

async function problemsOf(file: string): Promise<string[]> {
  const text = readFileSync(join(examples, file), "utf8");
  const parsed = await parseText(text, { filePath: file, config: emptyConfig() });
  return parsed.problems.map((p) => `${parsed.source.position(p.span[0]).line}: ${p.message}`);
}

describe("voorbeeldbestanden", () => {
  it("zijn er genoeg, in beide formaten", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.filter((f) => f.endsWith(".md")).length).toBeGreaterThanOrEqual(8);
    expect(files.filter((f) => f.endsWith(".txt")).length).toBeGreaterThanOrEqual(8);
  });

  it("zijn gelabeld voor elke regel, en de labels noemen geen bestanden die er niet zijn", () => {
    expect(labelFiles.length).toBeGreaterThanOrEqual(9);
    for (const name of labelFiles) {
      const labels = labelsOf(name);
      expect(`${labels.rule}.json`).toBe(name);
      expect(Object.keys(labels.files).sort(), name).toEqual([...files].sort());
    }
  });

  it("hebben labels voor elke ingebouwde regel", () => {
    expect(labelFiles.map((name) => name.replace(/\.json$/, "")).sort()).toEqual(Object.keys(builtinRules).sort());
  });

  it("bevatten de CRLF- en BOM-varianten echt", () => {
    const raw = (name: string) => readFileSync(join(examples, files.find((f) => f.includes(name))!));
    expect(raw("-crlf").includes("\r\n")).toBe(true);
    expect([...raw("-bom").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  for (const file of files) {
    if (file.includes("-parsefout")) {
      it(`${file} geeft de bedoelde parserwaarschuwingen`, async () => {
        expect(await problemsOf(file)).not.toEqual([]);
      });
    } else {
      it(`${file} wordt zonder parserwaarschuwingen gelezen`, async () => {
        expect(await problemsOf(file)).toEqual([]);
      });
    }
  }
});
