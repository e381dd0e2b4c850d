// Golden models: each fixture in fixtures/parsers/ is parsed and compared with its `.model.json`.
// `UPDATE_GOLDEN=1 npx vitest run tests/parsers` rewrites the JSON files (review the diff!).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { Source } from "../../src/model/source.js";
import type { Parser } from "../../src/types.js";

const DIR = fileURLToPath(new URL("../../fixtures/parsers/", import.meta.url));

export function goldenModelTests(parser: Parser, extension: string): void {
  const files = readdirSync(DIR)
    .filter((name) => name.endsWith(extension) && !/\.(?:model|meta)\.json$/.test(name))
    .sort();
  it(`has golden fixtures for ${extension}`, () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });
  for (const name of files) {
    it(`parses ${name} into its golden model`, async () => {
      const path = `${DIR}${name}`;
      const result = await parser.parse(new Source(readFileSync(path, "utf8"), name), {});
      const actual = `${JSON.stringify(result, null, 2)}\n`;
      const modelPath = path.replace(/\.[^.]+$/, ".model.json");
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(modelPath, actual);
      expect(existsSync(modelPath), `${modelPath} ontbreekt: draai met UPDATE_GOLDEN=1`).toBe(true);
      expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(modelPath, "utf8")));
    });
  }
}
