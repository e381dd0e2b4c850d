// The command line, described for yargs with Dutch help. Loading and setting up yargs costs ~15 ms,
// so a run without options (`beleefd gesprek.txt`, `beleefd map/`) skips it; DEFAULTS are the
// defaults yargs gives as well, so both paths agree.
import pkg from "../../package.json" with { type: "json" };
import { FORMATTER_NAMES, type FormatterName } from "../formatters/index.js";
import { PARSER_NAMES } from "../parsers/index.js";
import type { Concurrency } from "../workers/protocol.js";
import { GRADE_COMMAND, GRADE_DESCRIPTION, gradeArgsOf, gradeOptions, type GradeArgs } from "./grade-args.js";
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

const DEFAULTS = {
  stdin: false,
  stdinFormat: "file",
  concurrency: "auto",
  ignore: true,
  format: "stylish" as FormatterName,
  maxWarnings: -1,
  quiet: false,
  fix: false,
  fixDryRun: false,
} as const;

const FIX_TYPES = ["problem", "suggestion", "layout"] as const;

export async function parseArgs(argv: string[], width: number): Promise<{ args: CliArgs; output: string }> {
  if (argv[0] !== "grade" && argv.every((arg) => !arg.startsWith("-"))) {
    return { args: { ...DEFAULTS, rule: [], speaker: [], ignorePattern: [], fixType: [], patterns: argv, done: false }, output: "" };
  }
  const { default: yargs } = await import("yargs");
  let output = "";
  const parser = yargs(argv)
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
    )
    .option("stdin", { type: "boolean", default: DEFAULTS.stdin, describe: "Lees de tekst van standaardinvoer" })
    .option("stdin-filename", { type: "string", describe: "Bestandsnaam voor --stdin (kiest parser en configuratie)" })
    .option("stdin-format", {
      choices: ["file", "jsonl"],
      default: DEFAULTS.stdinFormat,
      describe: "Met --stdin: 'file' leest één bestand, 'jsonl' één gesprek per regel (JSON-transcript) met één resultaat per regel",
    })
    .option("concurrency", {
      type: "string",
      default: DEFAULTS.concurrency,
      describe: "Werkthreads voor het controleren: 'auto' (alleen bij veel werk), 'off' of een aantal",
    })
    .option("format", { alias: "f", choices: FORMATTER_NAMES, default: DEFAULTS.format, describe: "Uitvoervorm" })
    .option("config", { alias: "c", type: "string", describe: "Gebruik dit configbestand in plaats van het dichtstbijzijnde" })
    // Repeatable options are plain strings, not yargs arrays: an array option would also take the
    // file names after it (`--rule 'greeting: warn' gesprek.txt`). Given twice, yargs makes a list.
    .option("rule", {
      type: "string",
      describe: "Zet een regel, bijv. 'greeting: warn', 'greeting: [\"error\", {...}]' of 'greeting: {\"severity\":\"error\",\"options\":{...}}' (herhaalbaar)",
    })
    .option("max-warnings", { type: "number", default: DEFAULTS.maxWarnings, describe: "Geef exitcode 1 bij meer waarschuwingen dan dit" })
    .option("quiet", { type: "boolean", default: DEFAULTS.quiet, describe: "Meld alleen fouten, geen waarschuwingen" })
    .option("print-config", { type: "string", describe: "Toon de configuratie die voor dit bestand geldt" })
    .option("print-model", { type: "string", describe: "Toon het ingelezen gesprek van dit bestand als JSON" })
    .option("parser", { choices: PARSER_NAMES, describe: "Gebruik deze parser in plaats van te kiezen op extensie" })
    .option("speaker", {
      type: "string",
      describe: "Rol van een sprekerlabel, bijv. 'SPEAKER_00=agent' of 'Noor=agent' (herhaalbaar)",
    })
    .option("metadata", { type: "string", describe: "Gespreksgegevens (beleefd-metadata of Amazon Connect-contactrecord) voor het transcript; anders <naam>.meta.json ernaast" })
    .option("ignore-pattern", { type: "string", describe: "Sla bestanden over die hierbij passen (gitignore-stijl, relatief aan de werkmap; herhaalbaar)" })
    .option("ignore", { type: "boolean", default: DEFAULTS.ignore, describe: "Gebruik ignorePatterns, .beleefdignore en --ignore-pattern (--no-ignore controleert alles)" })
    .option("color", { type: "boolean", describe: "Kleuren in de uitvoer (--no-color zet ze uit)" })
    .option("output-file", { alias: "o", type: "string", describe: "Schrijf de uitvoer naar dit bestand in plaats van naar het scherm" })
    .option("fix", { type: "boolean", default: DEFAULTS.fix, describe: "Los op wat zeker kan in belscripts (.md) en schrijf ze terug; transcripten blijven ongewijzigd" })
    .option("fix-dry-run", { type: "boolean", default: DEFAULTS.fixDryRun, describe: "Als --fix, maar schrijf niets: de JSON-uitvoer bevat de verbeterde tekst (output)" })
    .option("fix-type", { type: "string", describe: "Los alleen problemen van dit soort regels op: problem, suggestion, layout (herhaalbaar, of met komma's)" })
    .option("explain", { type: "string", describe: "Toon de uitleg van een regel, bijv. --explain closing" })
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
  const parsed = parser.parseSync(argv, {}, (_error, _argv, text) => {
    output = text;
  });
  checkValues(parsed);
  if (!Number.isInteger(parsed["max-warnings"])) throw new UsageError("--max-warnings verwacht een geheel getal, bijv. --max-warnings 0");
  const args: CliArgs = {
    patterns: parsed._.map(String),
    stdin: parsed.stdin,
    stdinFormat: parsed["stdin-format"] as CliArgs["stdinFormat"],
    concurrency: concurrencyOf(parsed.concurrency),
    format: parsed.format,
    rule: repeated(parsed.rule),
    speaker: repeated(parsed.speaker),
    ignorePattern: repeated(parsed["ignore-pattern"]),
    ignore: parsed.ignore,
    maxWarnings: parsed["max-warnings"],
    quiet: parsed.quiet,
    fix: parsed.fix,
    fixDryRun: parsed["fix-dry-run"],
    fixType: fixTypesOf(repeated(parsed["fix-type"])),
    done: Boolean(parsed.help || parsed.version),
  };
  if (parsed["stdin-filename"] !== undefined) args.stdinFilename = parsed["stdin-filename"];
  if (parsed.config !== undefined) args.config = parsed.config;
  if (parsed["print-config"] !== undefined) args.printConfig = parsed["print-config"];
  if (parsed["print-model"] !== undefined) args.printModel = parsed["print-model"];
  if (parsed.parser !== undefined) args.parser = parsed.parser;
  if (parsed.metadata !== undefined) args.metadata = parsed.metadata;
  if (parsed.color !== undefined) args.color = parsed.color;
  if (parsed["output-file"] !== undefined) args.outputFile = parsed["output-file"];
  if (parsed.explain !== undefined) args.explain = parsed.explain;
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
  return { args, output };
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
const REPEATABLE = ["rule", "speaker", "ignore-pattern", "fix-type"];

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
  rule: "--rule 'greeting: warn'",
  speaker: "--speaker SPEAKER_00=agent",
  "ignore-pattern": "--ignore-pattern 'concepten/**'",
  config: "--config .beleefdrc.json",
  "stdin-filename": "--stdin-filename gesprek.txt",
  concurrency: "--concurrency auto",
  "print-config": "--print-config gesprek.txt",
  "print-model": "--print-model gesprek.txt",
  metadata: "--metadata contact.json",
  "output-file": "--output-file beleefd.sarif",
  explain: "--explain closing",
  "fix-type": "--fix-type problem",
  out: "--out beoordeling",
};

function repeated(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
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
