// A .json file read once: its scanned tree (with places) and its plain value, and schema checks
// whose errors name the JSON path and point at the place in the file.
import { describeErrors, validatorFor } from "../../shared/ajv.js";
import type { Span } from "../../model/conversation.js";
import { ParseError } from "../problems.js";
import { decodeInPlace, member, nodeAtPointer, plainValue, scanJson, type JsonNode } from "./scan.js";

export interface JsonDocument {
  root: JsonNode;
  value: unknown;
}

export function readJsonDocument(text: string): JsonDocument {
  const root = scanJson(text);
  return { root, value: plainValue(root) };
}

/** Checks the document against a schema; throws ParseError at the first violation. */
export function checkSchema(doc: JsonDocument, schema: object, what: string): void {
  const validate = validatorFor(schema);
  if (validate(doc.value)) return;
  // The most telling error first: an unknown key (often a misspelt one) before a missing key, and
  // anyOf/if summaries after the errors that explain them.
  const errors = [...validate.errors!].sort((a, b) => rank(a.keyword) - rank(b.keyword) || b.instancePath.length - a.instancePath.length);
  const error = errors[0]!;
  // "items.0.text: moet van type string zijn", or "(hoofdniveau): ..." for the document itself.
  const [problem] = describeErrors([error], error.instancePath ? "" : "(hoofdniveau)");
  const node = nodeAtPointer(doc.root, error.instancePath);
  const bad = error.keyword === "additionalProperties" && node.type === "object" ? node.entries.find((e) => e.key === error.params.additionalProperty)?.keySpan : undefined;
  throw new ParseError(`Ongeldig ${what} bij ${problem}.`, bad ?? headSpan(node));
}

function rank(keyword: string): number {
  if (keyword === "additionalProperties") return 0;
  return keyword === "anyOf" || keyword === "if" || keyword === "oneOf" ? 2 : 1;
}

/** A node's place for a message: a short value whole, a long object or list only its first character. */
function headSpan(node: JsonNode): Span {
  return node.type === "object" || node.type === "array" ? [node.span[0], node.span[0] + 1] : node.span;
}

/** The raw contents of a string node (between its quotes) and that text decoded in place. */
export function stringContents(node: JsonNode | undefined, sourceText: string): { span: Span; decoded: string } | undefined {
  if (node?.type !== "string") return undefined;
  const span: Span = [node.span[0] + 1, node.span[1] - 1];
  return { span, decoded: decodeInPlace(sourceText.slice(span[0], span[1])) };
}

export { member };
