// One open document linted as the CLI would lint its file: the nearest config (with the same
// trust rules), ignore patterns, a `.meta.json` sidecar, the parser by extension.
import { extname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { builtinRules } from "../../rules/index.js";
import { ConfigError } from "../config/errors.js";
import type { ConfigLoader } from "../config/load.js";
import { rulesFor } from "../config/resolve.js";
import { fatalResult, lintDecoded, metadataFor, NOT_TRANSCRIPTS } from "../files.js";
import { extensionsLinted } from "../parsers/index.js";
import { isTranscriptFlavour, jsonFlavour } from "../parsers/json/flavour.js";
import type { LintResult, Rule } from "../types.js";

export interface DocumentLint {
  result: LintResult;
  /** The rules the document's config may run: for hover texts and rule pages. */
  rules: Readonly<Record<string, Rule>>;
}

/** The path beleefd reads a document as; an unsaved buffer is named after its language. */
export function documentPath(document: TextDocument, root: string): string {
  if (document.uri.startsWith("file:")) return fileURLToPath(document.uri);
  return resolve(root, document.languageId === "markdown" ? "naamloos.md" : "naamloos.txt");
}

/**
 * Editors send every file they open; beleefd answers for the formats it reads. A .json file is
 * a transcript only when its shape is one, but JSON that does not parse gets its fatal problem.
 */
export function isLinted(path: string, text: string): boolean {
  const extension = extname(path).toLowerCase();
  if (!extensionsLinted().includes(extension)) return false;
  if (extension !== ".json") return true;
  if (NOT_TRANSCRIPTS.test(path)) return false;
  try {
    return isTranscriptFlavour(jsonFlavour(JSON.parse(text)));
  } catch {
    return true;
  }
}

export async function lintDocument(document: TextDocument, path: string, loader: ConfigLoader, cwd: string): Promise<DocumentLint | undefined> {
  let config;
  try {
    config = await loader.forFile(path);
    if (await loader.isIgnored(path, config)) return undefined;
  } catch (error) {
    // A broken config is the file's problem too: said at its first line, as the CLI says it.
    if (!(error instanceof ConfigError)) throw error;
    return { result: fatalResult(path, `Configuratiefout: ${error.problems.join(" ")}`), rules: builtinRules };
  }
  const rules = rulesFor(config, builtinRules);
  const metadata = metadataFor(path, undefined, cwd);
  if (metadata && "problem" in metadata) return { result: fatalResult(path, metadata.problem), rules };
  const result = await lintDecoded({ text: document.getText() }, path, config, metadata ? { metadata } : {});
  return { result, rules };
}
