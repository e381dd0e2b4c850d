// The official SARIF 2.1.0 JSON Schema (tests/schemas/) as an ajv validator. The schema is draft-04,
// hence ajv-draft-04; its string formats get small checks of their own (ajv-formats is not needed).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ajvDraft04 from "ajv-draft-04";

// A CommonJS module whose export is the class itself (with a `default` copy for transpilers).
const Ajv = ajvDraft04.default;

export function sarifValidator() {
  const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, "../schemas/sarif-schema-2.1.0.json"), "utf8"));
  const isUri = (value: string, base?: string) => URL.canParse(value, base);
  const ajv = new Ajv({
    allErrors: true,
    formats: {
      uri: (value: string) => isUri(value),
      "uri-reference": (value: string) => isUri(value, "file:///base/") && !/[\s<>"{}|\\^`]/.test(value),
      "date-time": (value: string) => !Number.isNaN(Date.parse(value)),
    },
  });
  return ajv.compile(schema);
}
