// The engine: text in, LintResult out. No file system, no process: it runs in a browser as is.
import type { Conversation } from "../model/conversation.js";
import { Source } from "../model/source.js";
import { parserFor, PARSER_NAMES } from "../parsers/index.js";
import { ParseError } from "../parsers/problems.js";
import type { MetadataInput } from "../parsers/metadata/read.js";
import { LANGUAGE_CODES, loadLanguage } from "../lang/index.js";
import { chooseLanguage } from "../lang/choose.js";
import type { LanguagePack } from "../lang/types.js";
import { PhraseBook, phraseBookOf } from "../text/phrases.js";
import { assignPhases } from "../phases/infer.js";
import type { LintMessage, LintResult, ParseResult, ResolvedConfig, Rule, RuleContext, ReportDescriptor } from "../types.js";
import { DirectiveIndex } from "./directives.js";
import { createMessage, locate } from "./report.js";
import { applyFixes, placeFixes, type FixTypes } from "./fix.js";
import { mergedOptions } from "./merged-options.js";
import { traverse, type BoundListener } from "./traverse.js";
import { inside, unreadableCalls, withoutUnknownSpeakers } from "./unreadable.js";

export interface LintTextOptions {
  filePath?: string;
  /** The resolved config; the engine runs exactly the rules it turns on. */
  config: ResolvedConfig;
  /** Every rule the config may name: built-in and plugin rules by id. */
  rules: Readonly<Record<string, Rule>>;
  /** Force a parser instead of choosing by extension. */
  parser?: string;
  /** Keep the source text on the result (for formatters that show it). */
  keepSource?: boolean;
  /** Call metadata (a `.meta.json` beside the file, or `--metadata`), already read. */
  metadata?: MetadataInput;
  /** Apply the fixes (scripts only), re-linting until the text is stable; the result then has `output` when it changed. */
  fix?: boolean;
  /** Apply only fixes of rules of these types (`meta.type`); absent: all. */
  fixTypes?: FixTypes;
}

/** At most this many fix-and-relint passes, so two rules that undo each other cannot loop forever. */
const MAX_FIX_PASSES = 10;

export interface Parsed extends ParseResult {
  source: Source;
  /** The language pack of the file's calls. */
  language: LanguagePack;
}

/** Parses text into the Conversation model; throws ParseError for input it cannot read. */
export async function parseText(text: string, options: Pick<LintTextOptions, "filePath" | "parser" | "config" | "metadata">): Promise<Parsed> {
  const source = new Source(text, options.filePath);
  const parser = parserFor(options.filePath, options.parser);
  if (!parser) throw new Error(`Onbekende parser "${options.parser}". Kies uit: ${PARSER_NAMES.join(", ")}.`);
  const metadataModule = options.metadata ? await import("../parsers/metadata/index.js") : undefined;
  const metadata = metadataModule?.readCallMetadata(options.metadata!);
  const direction = metadata?.direction ?? options.config.settings.direction;
  const result = await parser.parse(source, {
    speakers: { ...options.config.speakers, ...metadata?.speakers },
    ...(direction ? { direction } : {}),
  });
  if (metadata) metadataModule!.applyMetadata(result, metadata);
  const language = await languageFor(source.text, options.config, result.problems);
  if (language.code !== "nl") for (const call of result.conversation.calls) call.meta.language = language.code;
  // Whatever the format, calls without phase headings get inferred phases (src/phases/).
  if (!result.problems.some((problem) => problem.fatal)) assignPhases(result.conversation, language, options.config.phrases, phraseBookFor(options.config, language));
  return { ...result, source, language };
}

/** The file's language pack (src/lang/choose.ts); a language beleefd does not know is read as Dutch, with a warning. */
async function languageFor(text: string, config: ResolvedConfig, problems: ParseResult["problems"]): Promise<LanguagePack> {
  const configured = typeof config.settings.language === "string" ? config.settings.language : undefined;
  const code = chooseLanguage(text, configured);
  if (!LANGUAGE_CODES.includes(code)) {
    problems.push({ span: [0, 0], message: `Onbekende taal "${code}" in het bestand: beleefd kent ${LANGUAGE_CODES.join(", ")}. Het gesprek wordt als Nederlands gelezen.` });
  }
  return loadLanguage(code);
}

/** Per language, the phrase book with a config's additions, compiled once per additions object. */
const phraseBooks = new WeakMap<LanguagePack, WeakMap<object, PhraseBook>>();
function phraseBookFor(config: ResolvedConfig, language: LanguagePack): PhraseBook {
  if (Object.keys(config.phrases).length === 0) return phraseBookOf(language);
  let byConfig = phraseBooks.get(language);
  if (!byConfig) phraseBooks.set(language, (byConfig = new WeakMap()));
  let book = byConfig.get(config.phrases);
  if (!book) {
    book = new PhraseBook(language.phrases, config.phrases);
    byConfig.set(config.phrases, book);
  }
  return book;
}

export async function lintText(text: string, options: LintTextOptions): Promise<LintResult> {
  return (await lintTextWithModel(text, options)).result;
}

/** Lints and also returns the model the rules saw (absent when the text could not be read), for pages that show the call. */
export async function lintTextWithModel(text: string, options: LintTextOptions): Promise<{ result: LintResult; parsed?: Parsed }> {
  let linted = await lintOnce(text, options);
  if (!options.fix) return linted;
  const accept = (message: LintMessage) => !options.fixTypes || options.fixTypes.has(options.rules[message.ruleId ?? ""]?.meta.type ?? "problem");
  let current = linted.parsed?.source.text ?? text;
  let changed = false;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const output = applyFixes(current, linted.result.messages, accept);
    if (output === undefined) break;
    current = output;
    changed = true;
    linted = await lintOnce(current, options);
  }
  if (changed) linted.result.output = current;
  return linted;
}

async function lintOnce(text: string, options: LintTextOptions): Promise<{ result: LintResult; parsed?: Parsed }> {
  const filePath = options.filePath ?? "<text>";
  let parsed: Parsed;
  try {
    parsed = await parseText(text, options);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const source = new Source(text, filePath);
    const fatal = locate(source, undefined, error.span, { ruleId: null, severity: 2, message: error.message, fatal: true });
    return { result: summarize(filePath, [fatal], options.keepSource ? source.text : undefined) };
  }
  const messages = runRules(parsed, options);
  placeFixes(messages, parsed.conversation);
  return { result: summarize(filePath, messages, options.keepSource ? parsed.source.text : undefined), parsed };
}

function runRules(parsed: Parsed, options: LintTextOptions): LintMessage[] {
  const { source, conversation, directives } = parsed;
  const { config } = options;
  const unreadable = parsed.problems.some((p) => p.fatal) ? [] : unreadableCalls(conversation);
  const problems = unreadable.length ? [...withoutUnknownSpeakers(parsed.problems, unreadable, source.text), ...unreadable.map((call) => call.problem)] : parsed.problems;
  const messages: LintMessage[] = problems.map((problem) =>
    locate(source, conversation, problem.span, {
      ruleId: null,
      severity: problem.fatal ? 2 : 1,
      message: problem.message,
      ...(problem.fatal ? { fatal: true } : {}),
    }),
  );
  // Nothing left to check when no call can be read; rules' messages on an unreadable call are dropped below.
  if (problems.some((p) => p.fatal) && unreadable.length === 0) return messages;
  if (unreadable.length && unreadable.length === conversation.calls.length) return messages.sort(byPosition);

  // The language pack the rules read, beside its compiled phrase lists.
  const { language } = parsed;
  const phrases = phraseBookFor(config, language);
  const listeners: BoundListener[] = [];
  const ruleMessages: LintMessage[] = [];
  for (const [ruleId, entry] of Object.entries(config.rules)) {
    if (entry.severity === 0) continue;
    const rule = options.rules[ruleId];
    if (!rule) throw new Error(`Onbekende regel "${ruleId}".`);
    if (rule.meta.formats && !rule.meta.formats.includes(conversation.format)) continue;
    // A rule about words of another language (Dutch "je" and "u") has nothing to check here.
    if (language.skipRules.includes(ruleId)) continue;
    const severity = entry.severity;
    const meta = inLanguage(rule.meta, language, ruleId);
    const ruleOptions = mergedOptions(rule, entry.options);
    const context: RuleContext = {
      id: ruleId,
      options: ruleOptions,
      source,
      conversation,
      language,
      phrases,
      settings: config.settings,
      report(descriptor: ReportDescriptor) {
        ruleMessages.push(createMessage(source, conversation, ruleId, meta, severity, descriptor));
      },
    };
    listeners.push({ ruleId, listener: rule.create(context) });
  }
  traverse(conversation, listeners, (ruleId, error) => {
    const reason = error instanceof Error ? error.message : String(error);
    messages.push(
      locate(source, conversation, [0, 0], {
        ruleId,
        severity: 2,
        fatal: true,
        message: `De regel "${ruleId}" liep vast op dit bestand: ${reason}`,
      }),
    );
  });

  const index = new DirectiveIndex(directives);
  for (const message of ruleMessages) {
    if (unreadable.some((call) => inside(message.span[0], call.span))) continue;
    if (!index.isSuppressed(message.ruleId!, message.span[0])) messages.push(message);
  }
  messages.push(...directiveProblems(parsed, index, options));
  return messages.sort(byPosition);
}

/** The rule's meta with its messages in the call's language, when the pack has them; rules keep their Dutch. */
function inLanguage(meta: Rule["meta"], language: LanguagePack, ruleId: string): Rule["meta"] {
  const messages = language.rules[ruleId]?.messages;
  return messages ? { ...meta, messages: { ...meta.messages, ...messages } } : meta;
}

function directiveProblems(parsed: Parsed, index: DirectiveIndex, options: LintTextOptions): LintMessage[] {
  const { source, conversation, directives } = parsed;
  const result: LintMessage[] = [];
  for (const directive of directives) {
    for (const ruleId of directive.ruleIds) {
      if (!options.rules[ruleId]) {
        result.push(
          locate(source, conversation, directive.span, {
            ruleId: null,
            severity: 1,
            message: `Onbekende regel "${ruleId}" in een beleefd-${directive.kind}-opmerking.`,
          }),
        );
      }
    }
  }
  const severity = options.config.reportUnusedDisableDirectives;
  if (severity === 0) return result;
  for (const directive of index.unused()) {
    const what = directive.ruleIds.length ? `voor ${directive.ruleIds.map((id) => `"${id}"`).join(", ")} ` : "";
    result.push(
      locate(source, conversation, directive.span, {
        ruleId: null,
        severity,
        message: `Overbodige beleefd-${directive.kind}-opmerking: ${what}werd hier niets gemeld.`,
      }),
    );
  }
  return result;
}

function byPosition(a: LintMessage, b: LintMessage): number {
  // Plain code-unit order: localeCompare would set up ICU collation (~8 ms) on every start.
  const x = a.ruleId ?? "";
  const y = b.ruleId ?? "";
  return a.span[0] - b.span[0] || a.span[1] - b.span[1] || (x < y ? -1 : x > y ? 1 : 0);
}

export function summarize(filePath: string, messages: LintMessage[], source?: string): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const message of messages) {
    if (message.fatal) fatalErrorCount++;
    if (message.severity === 2) errorCount++;
    else warningCount++;
    if (message.fix) {
      if (message.severity === 2) fixableErrorCount++;
      else fixableWarningCount++;
    }
  }
  const result: LintResult = {
    filePath,
    messages,
    errorCount,
    warningCount,
    fatalErrorCount,
    fixableErrorCount,
    fixableWarningCount,
  };
  if (source !== undefined) result.source = source;
  return result;
}

export type { Conversation };
