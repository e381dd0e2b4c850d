// The command line: the option table (options.ts) read by the light parser for the common runs,
// and by yargs, with Dutch help, for --help, --version, `grade` and anything the light parser leaves
// to it. Both give the same record, which becomes CliArgs here.
import pkg from "../../package.json" with { type: "json" };
import { type FormatterName } from "../formatters/index.js";
import type { Concurrency } from "../workers/protocol.js";
import { GRADE_COMMAND, GRADE_DESCRIPTION, gradeArgsOf, gradeOptions, type GradeArgs } from "./grade-args.js";
import { OPTIONS } from "./options.js";
import { quickParse, type ParsedOptions } from "./quick-args.js";
import { YARGS_NL } from "./strings.nl.js";

export interface CliArgs {
  patterns: string[];
  stdin: boolean;
  stdinFilename?: string;
  /** --stdin-format: the input is one file ("file") or one JSON call per line ("jsonl"). */
  stdinFormat: "file" | "jsonl";
  /** --concurrency: worker threads for linting files. */
  concurrency: Concurrency;
  format: FormatterName;
  config?: string;
  rule: string[];
  speaker: string[];
  /** --ignore-pattern, in the order given. */
  ignorePattern: string[];
  /** False for --no-ignore. */
  ignore: boolean;
  maxWarnings: number;
  quiet: boolean;
  printConfig?: string;
  printModel?: string;
  parser?: string;
  metadata?: string;
  color?: boolean;
  /** --output-file: write the report here instead of to stdout. */
  outputFile?: string;
  /** --fix: write the fixed scripts back. */
  fix: boolean;
  /** --fix-dry-run: fix in memory only; the JSON report carries `output`. */
  fixDryRun: boolean;
  /** --fix-type: fix only problems of rules of these types. */
  fixType: ("problem" | "suggestion" | "layout")[];
  /** --explain: print this rule's doc page and stop. */
  explain?: string;
  /** `beleefd grade <map>`: grade a class instead of linting. */
  grade?: GradeArgs;
  /** --help or --version was answered; nothing else to do. */
  done: boolean;
}

export class UsageError extends Error {}

const FIX_TYPES = ["problem", "suggestion", "layout"] as const;

export async function parseArgs(argv: string[], width: number): Promise<{ args: CliArgs; output: string }> {
  const quick = quickParse(argv);
  if (quick) return { args: cliArgsOf(quick), output: "" };
  let output = "";
  const parsed = await parseWithYargs(argv, width, (text) => {
    output = text;
  });
  return { args: cliArgsOf(parsed), output };
}

/** yargs' reading of the command line; `help` gets the help or version text it would print. */
export async function parseWithYargs(argv: string[], width: number, help: (text: string) => void): Promise<ParsedOptions> {
  const { default: yargs } = await import("yargs");
  let parser = yargs(argv)
    .scriptName("beleefd")
    .locale("nl")
    // Without camel-case expansion an unknown flag is named once, not as "config-lookup, configLookup".
    .parserConfiguration({ "camel-case-expansion": false })
    // y18n also takes { one, other } plurals; yargs' typings only know plain strings.
    .updateLocale(YARGS_NL as unknown as Record<string, string>)
    .usage(
      "Gebruik: $0 [bestanden|mappen|globs...] [opties]\n\n" +
        "Controleert Nederlandse belscripts (.md) en gesprekstranscripten (.txt, .vtt, .srt, .json) op telefoonetiquette.\n" +
        "Zonder argumenten controleert beleefd de huidige map.",
    );
  for (const { name, alias, type, describe, choices, default: value } of OPTIONS) {
    // An option with choices shows them instead of its type.
    parser = parser.option(name, { describe, ...(alias ? { alias } : {}), ...(choices ? { choices } : { type }), ...(value !== undefined ? { default: value } : {}) });
  }
  parser = parser
    .command(GRADE_COMMAND, GRADE_DESCRIPTION, gradeOptions)
    .command("lsp", "Start de taalserver voor editors (LSP via stdin/stdout)")
    .example("$0 gesprekken/", "controleer alle gesprekken in een map (.txt, .md, .vtt, .srt, .json)")
    .example("$0 gesprek.json --metadata contact.json", "een transcript met de gespreksgegevens uit het telefoniesysteem")
    .example("$0 --format json script.md", "uitvoer als ESLint-compatibele JSON")
    .example("$0 --fix scripts/", "verbeter de belscripts: 'kun je' wordt 'kunt u'")
    .example("cat gesprek.txt | $0 --stdin", "controleer tekst van standaardinvoer")
    .example("$0 -f sarif -o beleefd.sarif scripts/", "rapport voor GitHub code scanning")
    .epilog("Exitcodes: 0 geen fouten, 1 fouten (of te veel waarschuwingen), 2 onbruikbare invoer of configuratie.")
    .help("help", "Toon deze hulp")
    .alias("help", "h")
    .version("version", "Toon het versienummer", pkg.version)
    .alias("version", "v")
    .strictOptions()
    .wrap(Math.min(100, width))
    .exitProcess(false)
    .fail((message, error) => {
      throw new UsageError(message ?? error?.message ?? "ongeldige opties");
    });
  return parser.parseSync(argv, {}, (_error, _argv, text) => help(text)) as unknown as ParsedOptions;
}

/** The parsed options as CliArgs, after the checks yargs cannot express. */
export function cliArgsOf(parsed: ParsedOptions): CliArgs {
  checkValues(parsed);
  if (!Number.isInteger(parsed["max-warnings"])) throw new UsageError("--max-warnings verwacht een geheel getal, bijv. --max-warnings 0");
  const args: CliArgs = {
    patterns: parsed._.map(String),
    stdin: parsed.stdin as boolean,
    stdinFormat: parsed["stdin-format"] as CliArgs["stdinFormat"],
    concurrency: concurrencyOf(parsed.concurrency as string),
    format: parsed.format as FormatterName,
    rule: repeated(parsed.rule),
    speaker: repeated(parsed.speaker),
    ignorePattern: repeated(parsed["ignore-pattern"]),
    ignore: parsed.ignore as boolean,
    maxWarnings: parsed["max-warnings"] as number,
    quiet: parsed.quiet as boolean,
    fix: parsed.fix as boolean,
    fixDryRun: parsed["fix-dry-run"] as boolean,
    fixType: fixTypesOf(repeated(parsed["fix-type"])),
    done: Boolean(parsed.help || parsed.version),
  };
  const text = (name: string) => parsed[name] as string | undefined;
  if (text("stdin-filename") !== undefined) args.stdinFilename = text("stdin-filename");
  if (text("config") !== undefined) args.config = text("config");
  if (text("print-config") !== undefined) args.printConfig = text("print-config");
  if (text("print-model") !== undefined) args.printModel = text("print-model");
  if (text("parser") !== undefined) args.parser = text("parser");
  if (text("metadata") !== undefined) args.metadata = text("metadata");
  if (parsed.color !== undefined) args.color = parsed.color as boolean;
  if (text("output-file") !== undefined) args.outputFile = text("output-file");
  if (text("explain") !== undefined) args.explain = text("explain");
  if (args.fix && args.fixDryRun) throw new UsageError("--fix en --fix-dry-run gaan niet samen: kies er één");
  if (args.stdinFormat === "jsonl" && !args.stdin) throw new UsageError("--stdin-format werkt alleen met --stdin, bijv. --stdin --stdin-format jsonl");
  if (args.stdinFormat === "jsonl" && (args.stdinFilename !== undefined || args.metadata !== undefined || args.parser !== undefined)) {
    throw new UsageError("--stdin-format jsonl leest JSON-transcripten; --stdin-filename, --metadata en --parser gaan daar niet mee samen");
  }
  if (args.fix && args.stdin) throw new UsageError("--fix schrijft bestanden; met --stdin gebruik je --fix-dry-run");
  if (args.fixType.length && !args.fix && !args.fixDryRun) throw new UsageError("--fix-type werkt alleen met --fix of --fix-dry-run");
  if (parsed._[0] === "grade") {
    args.grade = gradeArgsOf(parsed);
    args.patterns = [];
  }
  return args;
}

/** "auto", "off" or a whole number of threads from 1 up. */
function concurrencyOf(value: string): Concurrency {
  if (value === "auto" || value === "off") return value;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw new UsageError(`--concurrency verwacht 'auto', 'off' of een aantal threads vanaf 1, niet '${value}'; bijv. --concurrency 4`);
  }
  return Number(value);
}

/** Options that may be given more than once; each time with exactly one value. */
const REPEATABLE = OPTIONS.filter((option) => option.repeatable).map((option) => option.name);

/** "problem,layout" and repeated --fix-type, checked against the rule types. */
function fixTypesOf(values: string[]): CliArgs["fixType"] {
  const types = values.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean);
  for (const type of types) {
    if (!(FIX_TYPES as readonly string[]).includes(type)) throw new UsageError(`--fix-type kent "${type}" niet; kies uit ${FIX_TYPES.join(", ")}`);
  }
  return types as CliArgs["fixType"];
}

/** What to write after an option that was given without its value. */
const VALUE_EXAMPLES: Record<string, string> = {
  ...Object.fromEntries(OPTIONS.flatMap((option) => (option.example ? [[option.name, option.example]] : []))),
  out: "--out beoordeling",
};

function repeated(value: unknown): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
}

/** Every option that takes a value got one, and only the repeatable ones were given twice. */
function checkValues(parsed: Record<string, unknown>): void {
  for (const [name, example] of Object.entries(VALUE_EXAMPLES)) {
    const values = parsed[name] === undefined ? [] : Array.isArray(parsed[name]) ? (parsed[name] as unknown[]) : [parsed[name]];
    if (values.some((value) => value === "")) throw new UsageError(`--${name} verwacht een waarde, bijv. ${example}`);
  }
  for (const [name, value] of Object.entries(parsed)) {
    // One-letter keys are aliases (-f, -o, -c) of a long name that is checked as well.
    if (name === "_" || name.length === 1 || REPEATABLE.includes(name) || !Array.isArray(value)) continue;
    throw new UsageError(`--${name} mag maar één keer gegeven worden (nu ${value.length} keer)`);
  }
}
