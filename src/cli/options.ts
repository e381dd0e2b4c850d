// The lint options, one entry each: yargs builds the help and the usage errors from this table, and
// the light parser (quick-args.ts) reads the common command lines with it without loading yargs.
import { FORMATTER_NAMES } from "../formatters/index.js";
import { PARSER_NAMES } from "../parsers/index.js";

export interface OptionSpec {
  /** The long name, as typed after `--`. */
  name: string;
  alias?: string;
  type: "string" | "boolean" | "number";
  describe: string;
  default?: string | boolean | number;
  choices?: readonly string[];
  /** May be given more than once; each time with one value. */
  repeatable?: true;
  /** Shown when the option is given without its value, e.g. "--rule 'greeting: warn'". */
  example?: string;
}

export const DEFAULT_FORMAT = "stylish";

export const OPTIONS: readonly OptionSpec[] = [
  { name: "stdin", type: "boolean", default: false, describe: "Lees de tekst van standaardinvoer" },
  { name: "stdin-filename", type: "string", example: "--stdin-filename gesprek.txt", describe: "Bestandsnaam voor --stdin (kiest parser en configuratie)" },
  {
    name: "stdin-format",
    type: "string",
    choices: ["file", "jsonl"],
    default: "file",
    describe: "Met --stdin: 'file' leest één bestand, 'jsonl' één gesprek per regel (JSON-transcript) met één resultaat per regel",
  },
  {
    name: "concurrency",
    type: "string",
    default: "auto",
    example: "--concurrency auto",
    describe: "Werkthreads voor het controleren: 'auto' (alleen bij veel werk), 'off' of een aantal",
  },
  { name: "format", alias: "f", type: "string", choices: FORMATTER_NAMES, default: DEFAULT_FORMAT, describe: "Uitvoervorm" },
  { name: "config", alias: "c", type: "string", example: "--config .beleefdrc.json", describe: "Gebruik dit configbestand in plaats van het dichtstbijzijnde" },
  // Repeatable options are plain strings, not yargs arrays: an array option would also take the
  // file names after it (`--rule 'greeting: warn' gesprek.txt`). Given twice, yargs makes a list.
  {
    name: "rule",
    type: "string",
    repeatable: true,
    example: "--rule 'greeting: warn'",
    describe: "Zet een regel, bijv. 'greeting: warn', 'greeting: [\"error\", {...}]' of 'greeting: {\"severity\":\"error\",\"options\":{...}}' (herhaalbaar)",
  },
  { name: "max-warnings", type: "number", default: -1, describe: "Geef exitcode 1 bij meer waarschuwingen dan dit" },
  { name: "quiet", type: "boolean", default: false, describe: "Meld alleen fouten, geen waarschuwingen" },
  { name: "print-config", type: "string", example: "--print-config gesprek.txt", describe: "Toon de configuratie die voor dit bestand geldt" },
  { name: "print-model", type: "string", example: "--print-model gesprek.txt", describe: "Toon het ingelezen gesprek van dit bestand als JSON" },
  { name: "parser", type: "string", choices: PARSER_NAMES, describe: "Gebruik deze parser in plaats van te kiezen op extensie" },
  {
    name: "speaker",
    type: "string",
    repeatable: true,
    example: "--speaker SPEAKER_00=agent",
    describe: "Rol van een sprekerlabel, bijv. 'SPEAKER_00=agent' of 'Noor=agent' (herhaalbaar)",
  },
  {
    name: "metadata",
    type: "string",
    example: "--metadata contact.json",
    describe: "Gespreksgegevens (beleefd-metadata of Amazon Connect-contactrecord) voor het transcript; anders <naam>.meta.json ernaast",
  },
  {
    name: "ignore-pattern",
    type: "string",
    repeatable: true,
    example: "--ignore-pattern 'concepten/**'",
    describe: "Sla bestanden over die hierbij passen (gitignore-stijl, relatief aan de werkmap; herhaalbaar)",
  },
  { name: "ignore", type: "boolean", default: true, describe: "Gebruik ignorePatterns, .beleefdignore en --ignore-pattern (--no-ignore controleert alles)" },
  { name: "color", type: "boolean", describe: "Kleuren in de uitvoer (--no-color zet ze uit)" },
  { name: "output-file", alias: "o", type: "string", example: "--output-file beleefd.sarif", describe: "Schrijf de uitvoer naar dit bestand in plaats van naar het scherm" },
  { name: "fix", type: "boolean", default: false, describe: "Los op wat zeker kan in belscripts (.md) en schrijf ze terug; transcripten blijven ongewijzigd" },
  { name: "fix-dry-run", type: "boolean", default: false, describe: "Als --fix, maar schrijf niets: de JSON-uitvoer bevat de verbeterde tekst (output)" },
  {
    name: "fix-type",
    type: "string",
    repeatable: true,
    example: "--fix-type problem",
    describe: "Los alleen problemen van dit soort regels op: problem, suggestion, layout (herhaalbaar, of met komma's)",
  },
  { name: "explain", type: "string", example: "--explain closing", describe: "Toon de uitleg van een regel, bijv. --explain closing" },
];
