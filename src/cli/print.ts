// --print-config and --print-model: what beleefd would use for a file, as JSON.
import { readFile } from "node:fs/promises";
import type { ConfigLoader } from "../config/load.js";
import type { LoadedConfig } from "../config/resolve.js";
import { parseText } from "../engine/linter.js";
import { ParseError } from "../parsers/problems.js";
import { Source } from "../model/source.js";
import { decodeText } from "../decode.js";
import { metadataFor } from "../files.js";
import { checkFile } from "../file-kind.js";
import type { Conversation } from "../model/conversation.js";
import { sentenceActs, spokenText } from "../model/query.js";
import { PhraseBook } from "../text/phrases.js";
import { tokensOf } from "../text/tokens.js";

const SEVERITY_NAMES = ["off", "warn", "error"] as const;

export function printableConfig(config: LoadedConfig, display: (path: string) => string): unknown {
  return {
    configFiles: config.files.map(display),
    rules: Object.fromEntries(
      Object.entries(config.rules)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, entry]) => [id, entry.options ? { severity: SEVERITY_NAMES[entry.severity], options: entry.options } : SEVERITY_NAMES[entry.severity]]),
    ),
    settings: config.settings,
    phrases: config.phrases,
    speakers: config.speakers,
    plugins: config.plugins,
    reportUnusedDisableDirectives: SEVERITY_NAMES[config.reportUnusedDisableDirectives],
    ignorePatterns: config.ignorePatterns.map((p) => p.pattern),
    checks: Object.values(config.checks),
    ...(config.rubric ? { rubric: config.rubric } : {}),
  };
}

/**
 * The conversation with, on every turn, its sentences and what each does (acts), as the rules
 * see them: so a user can see why a rule found, or did not find, an offer or a summary.
 */
function withSentences(conversation: Conversation, phrases: PhraseBook): unknown {
  return {
    ...conversation,
    calls: conversation.calls.map((call) => ({
      ...call,
      items: call.items.map((item) => {
        if (item.kind !== "turn") return item;
        const { tokens } = tokensOf(item);
        const sentences = sentenceActs(call, item, phrases).map((sentence) => ({
          text: spokenText(item, tokens, sentence.from, sentence.to),
          acts: [...sentence.acts],
          ...(sentence.question ? { question: sentence.question } : {}),
        }));
        return { ...item, sentences };
      }),
    })),
  };
}

export class InputError extends Error {
  override name = "InputError";
}

/** The parsed Conversation of a file; InputError for a file that cannot be read or parsed. */
export async function modelOf(path: string, shown: string, loader: ConfigLoader, parser: string | undefined, metadataFile?: string): Promise<unknown> {
  const check = checkFile(path);
  if (!("ok" in check)) throw new InputError(`${shown}: ${"skip" in check ? check.skip : check.problem}`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new InputError(`${shown}: Bestand of map niet gevonden of niet leesbaar.`);
  }
  const decoded = decodeText(bytes);
  if ("problem" in decoded) throw new InputError(`${shown}:${decoded.line}:${decoded.column}: ${decoded.problem}`);
  const config = await loader.forFile(path);
  const metadata = metadataFor(path, metadataFile);
  if (metadata && "problem" in metadata) throw new InputError(`${shown}: ${metadata.problem}`);
  try {
    const parsed = await parseText(decoded.text, { filePath: path, config, ...(parser ? { parser } : {}), ...(metadata ? { metadata } : {}) });
    return withSentences(parsed.conversation, new PhraseBook(parsed.language.phrases, config.phrases));
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const at = new Source(decoded.text).position(error.span[0]);
    throw new InputError(`${shown}:${at.line}:${at.column}: ${error.message}`);
  }
}
