// Schema errors in `checks` in plainer Dutch than ajv's: a key that does not fit the kind, an id
// without "huis/", a misspelt phase or speaker with "Bedoelde je ...?".
import type { ErrorObject } from "ajv";
import { pointerParts } from "../shared/pointer.js";
import { didYouMean } from "../shared/suggest.js";
import { defaultLanguage } from "../lang/index.js";

/** "opening", "afronding": a script heading's word for a phase gets that phase as the suggestion. */
function phaseHeading(value: string, allowed: readonly string[]): string | undefined {
  const word = value.trim().toLowerCase();
  const phase = Object.entries(defaultLanguage.scriptHeadings.phases).find(([, words]) => words.includes(word))?.[0];
  return phase !== undefined && allowed.includes(phase) ? ` Bedoelde je '${phase}'?` : undefined;
}

/** Keys of a house rule and its parts, for "Bedoelde je ...?" (see src/checks). */
export function checkKeysAt(pointer: string, definitions: Record<"check" | "checkScope" | "checkWhen" | "checkThen", { properties: object }>): string[] {
  const part = /^\/checks\/\d+(?:\/(scope|when|then))?$/.exec(pointer);
  if (!part) return [];
  const name = part[1] === undefined ? "check" : part[1] === "scope" ? "checkScope" : part[1] === "when" ? "checkWhen" : "checkThen";
  return Object.keys(definitions[name].properties);
}

/** The value at a JSON pointer of the config, for messages that show or correct it. */
function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const part of pointerParts(pointer)) value = (value as Record<string, unknown> | undefined)?.[part];
  return value;
}

/** Clearer words than ajv's for what goes wrong in `checks`; undefined for the usual description. */
export function describeCheckError(error: ErrorObject, data: unknown, path: string): string | undefined {
  if (error.keyword === "false schema") {
    const kind = valueAt(data, error.instancePath.replace(/\/[^/]+$/, "/kind"));
    return `${path}: deze sleutel hoort niet bij een check met "kind": ${JSON.stringify(kind)}`;
  }
  if (error.keyword === "pattern" && /^\/checks\/\d+\/id$/.test(error.instancePath)) {
    const id = String(valueAt(data, error.instancePath));
    const suggestion = `huis/${id.replace(/^huis\//, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
    return `${path}: "${id}" is geen geldige id voor een huisregel: begin met "huis/" en gebruik kleine letters, cijfers en streepjes, bijv. "${suggestion}"`;
  }
  if (error.keyword === "enum" && error.instancePath.startsWith("/checks/")) {
    const value = valueAt(data, error.instancePath);
    const allowed = error.params.allowedValues as unknown[];
    const words = allowed.filter((v): v is string => typeof v === "string");
    const hint = typeof value === "string" ? (phaseHeading(value, words) ?? didYouMean(value, words)) : "";
    return `${path}: ${JSON.stringify(value)} kan niet; kies uit ${allowed.map((v) => JSON.stringify(v)).join(", ")}.${hint}`;
  }
  return undefined;
}
