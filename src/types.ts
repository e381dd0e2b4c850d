// The contracts between parsers, the engine, rules, config and formatters.
import type { Call, CallEvent, Conversation, Node, Phase, Span, Turn } from "./model/conversation.js";
import type { Source } from "./model/source.js";
import type { LanguagePack } from "./lang/types.js";
import type { PhraseBook } from "./text/phrases.js";
import type { Directive } from "./engine/directives.js";

export type Severity = 0 | 1 | 2;
export type SeverityName = "off" | "warn" | "error";

// ---------------------------------------------------------------- parsers

/** A problem a parser found in the input. Fatal ones stop the file; the others become warnings. */
export interface ParseProblem {
  span: Span;
  message: string;
  fatal?: boolean;
}

export interface ParseResult {
  conversation: Conversation;
  directives: Directive[];
  problems: ParseProblem[];
}

export interface ParseOptions {
  /** Labels (lower-cased) → role, added to the defaults; front matter can add more. */
  speakers?: Record<string, import("./model/conversation.js").Role>;
  /** The call direction when the file itself does not say (from metadata or settings). */
  direction?: "inbound" | "outbound";
}

export interface Parser {
  name: string;
  /** File extensions (with dot, lower case) this parser reads. */
  extensions: readonly string[];
  parse(source: Source, options: ParseOptions): ParseResult | Promise<ParseResult>;
}

// ---------------------------------------------------------------- rules

export interface RuleMeta {
  type: "problem" | "suggestion" | "layout";
  docs: {
    /** One Dutch sentence: what the rule asks of the agent. */
    description: string;
    recommended: boolean;
    url?: string;
  };
  /** messageId → Dutch text with `{{placeholders}}`. */
  messages: Record<string, string>;
  /** JSON Schema of the options object (ajv); absent means the rule takes no options. */
  schema?: Record<string, unknown>;
  /** Options used when the config gives none; merged under the user's options. */
  defaultOptions?: Record<string, unknown>;
  /** Formats the rule applies to; absent means every format. */
  formats?: readonly ("script" | "transcript")[];
  /** Set when the rule's reports carry a `fix` (as in ESLint); the engine refuses fixes without it. */
  fixable?: "code" | "whitespace";
  /** Set when the rule's reports carry `suggest`; the engine refuses suggestions without it. */
  hasSuggestions?: boolean;
}

/** One text edit on source offsets, ESLint's shape: replace [start, end) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** A suggestion as a rule reports it: its description directly, or by messageId and data. */
export interface SuggestionDescriptor {
  desc?: string;
  messageId?: string;
  data?: Record<string, string | number>;
  fix: Fix;
}

/** A suggestion on a LintMessage, ESLint's shape. */
export interface Suggestion {
  desc: string;
  messageId?: string;
  fix: Fix;
}

export interface ReportDescriptor {
  /** The node the problem is about; its span is used when `span` is absent. */
  node?: Node;
  /** A narrower place, e.g. the one word. */
  span?: Span;
  messageId: string;
  data?: Record<string, string | number>;
  /** An edit that solves the problem for certain; needs `meta.fixable`. */
  fix?: Fix | null;
  /** Edits that may solve it, for a person to choose; needs `meta.hasSuggestions`. */
  suggest?: SuggestionDescriptor[] | null;
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly id: string;
  /** The user's options merged over `meta.defaultOptions`, validated against `meta.schema`. */
  readonly options: Options;
  readonly source: Source;
  readonly conversation: Conversation;
  /** The call's language: its word sets, advice and address forms. */
  readonly language: LanguagePack;
  /** The language's phrase lists, with the config's additions, compiled. */
  readonly phrases: PhraseBook;
  /** Project-wide settings from config (e.g. `tutoyeren: true`). */
  readonly settings: Settings;
  report(descriptor: ReportDescriptor): void;
}

export interface RuleListener {
  Conversation?(node: Conversation): void;
  Call?(node: Call): void;
  Turn?(node: Turn, call: Call): void;
  Event?(node: CallEvent, call: Call): void;
  "Call:exit"?(node: Call): void;
  "Conversation:exit"?(node: Conversation): void;
}

export interface Rule<Options = any> {
  meta: RuleMeta;
  create(context: RuleContext<Options>): RuleListener;
}

// ---------------------------------------------------------------- results

export interface LintMessage {
  /** null for parser problems and fatal errors. */
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** 0-based [start, end) offsets, the source of line and column. */
  span: Span;
  fatal?: boolean;
  /** Who spoke where the problem is, and in which phase. */
  speaker?: string;
  phase?: Phase;
  /** The edit `--fix` applies (scripts only; in transcripts it becomes a suggestion). */
  fix?: Fix;
  suggestions?: Suggestion[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, present only when fixing changed it. */
  output?: string;
  /** Kept only when asked for (formatters that show the text). */
  source?: string;
}

// ---------------------------------------------------------------- config

export interface Settings {
  /** The client organisation allows the agent to say "je" to customers. */
  tutoyeren?: boolean;
  /** Default call direction when the input does not say. */
  direction?: "inbound" | "outbound";
  /** The organisation the agent answers for, when front matter does not say. */
  organization?: string;
  [key: string]: unknown;
}

export interface RuleEntry {
  severity: Severity;
  options?: Record<string, unknown>;
}

/** A config after `extends` is resolved: what the engine runs with. */
export interface ResolvedConfig {
  rules: Record<string, RuleEntry>;
  settings: Settings;
  /** Phrase-list additions, by list name. */
  phrases: Record<string, string[]>;
  speakers: Record<string, import("./model/conversation.js").Role>;
  /** Rules contributed by plugins, by full id ("plugin/rule"). */
  pluginRules: Record<string, Rule>;
  /** House rules from the config's `checks`, compiled into rules, by id ("huis/..."). */
  houseRules: Record<string, Rule>;
  reportUnusedDisableDirectives: Severity;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;

/** One run's output written piece by piece: `result` for each file in order, then `end` once. */
export interface ResultWriter {
  result(result: LintResult): string;
  end(): string;
}

/** A formatter that can also write each result as soon as it is ready, keeping only what its end needs. */
export interface StreamingFormatter extends Formatter {
  stream(context: FormatterContext): ResultWriter;
}

export interface FormatterContext {
  cwd: string;
  color: boolean;
  /** Meta of the rules the run knows; the CLI fills it only for formatters that read it (FORMATTER_NEEDS). */
  rulesMeta: Record<string, RuleMeta>;
  /** Rule ids that ran on each file, by `filePath` (junit, sarif); absent: only rules that reported are known. */
  rulesRun?: Readonly<Record<string, readonly string[]>>;
  /** A built-in rule's parsed doc page; absent where pages cannot be read (browsers), and for plugin rules. */
  ruleDoc?: (ruleId: string) => import("./docs/rule-doc.js").RuleDoc | undefined;
  /** The rubric `--format grade` scores with; the default rubric when absent. */
  rubric?: import("./grade/rubric.js").Rubric;
  /** Terminal columns to wrap long messages to (stylish); absent in a pipe or file: one line per message. */
  width?: number;
}
