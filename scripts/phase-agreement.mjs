// How well the phase inference agrees with the phases a teacher gave the example transcripts
// (fixtures/examples/phases.json): per file, the labelled lines whose turn or event got exactly the
// labelled phases (the phase it starts in, plus any that begin inside it). Used by
// tests/phases.test.ts and `npm run accuracy`; `parseText` and the config come from the caller, so
// the test can use the sources and the report the build.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";

const SCHEMA = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "examples", "phases.schema.json");

/**
 * Reads and validates `dir`/phases.json (the examples' or an evaluation part's: any folder of
 * calls); throws an Error with a Dutch message when it is invalid.
 */
export function readPhaseLabels(dir) {
  const schema = JSON.parse(readFileSync(SCHEMA, "utf8"));
  // The schema names the examples' folder; other sets keep their calls elsewhere.
  delete schema.properties.files.propertyNames;
  const labels = JSON.parse(readFileSync(join(dir, "phases.json"), "utf8"));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  if (!validate(labels)) {
    const problems = validate.errors.map((e) => `  ${e.instancePath || "/"} ${e.message}`).join("\n");
    throw new Error(`${join(dir, "phases.json")} klopt niet met phases.schema.json:\n${problems}`);
  }
  return labels.files;
}

/** Per file: { file, agreed, total, misses: [{ line, expected, actual }] }. */
export async function phaseAgreement(dir, parseText, config) {
  const results = [];
  const examples = dir;
  for (const [file, expectedByLine] of Object.entries(readPhaseLabels(dir))) {
    const text = readFileSync(join(examples, file), "utf8");
    const { conversation, source } = await parseText(text, { filePath: join(examples, file), config });
    const actualByLine = new Map();
    for (const call of conversation.calls) {
      for (const item of call.items) {
        const phases = [item.phase, ...(item.phaseChanges ?? []).map((change) => change.phase)].filter(Boolean);
        actualByLine.set(String(source.position(item.span[0]).line), phases);
      }
    }
    const misses = [];
    for (const [line, label] of Object.entries(expectedByLine)) {
      const expected = Array.isArray(label) ? label : [label];
      const actual = actualByLine.get(line) ?? [];
      if (expected.join(",") !== actual.join(",")) misses.push({ line: Number(line), expected, actual });
    }
    const total = Object.keys(expectedByLine).length;
    results.push({ file, agreed: total - misses.length, total, misses });
  }
  return results;
}
