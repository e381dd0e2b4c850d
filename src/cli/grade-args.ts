// `beleefd grade <map>`: its yargs command and options, kept apart from the lint options.
import type { Argv } from "yargs";

export interface GradeArgs {
  /** The class folder. */
  folder: string;
  /** Output folder. */
  out: string;
  force: boolean;
  decimalComma: boolean;
}

export const DEFAULT_OUT = "beoordeling";

export const GRADE_COMMAND = "grade <map>";
export const GRADE_DESCRIPTION = "Beoordeel een klas: cijfers.csv, overzicht.html en een feedbackpagina per student";

export function gradeOptions<T>(yargs: Argv<T>) {
  return yargs
    .positional("map", { type: "string", demandOption: true, describe: "Map met de scripts van de studenten" })
    .option("out", { alias: "o", type: "string", default: DEFAULT_OUT, describe: "Map voor de uitvoer" })
    .option("force", { type: "boolean", default: false, describe: "Schrijf ook in een map die niet van een eerdere beoordeling is" })
    .option("decimal-comma", { type: "boolean", default: true, describe: "Komma als decimaalteken in cijfers.csv (--no-decimal-comma voor een punt)" })
    .example("$0 grade fixtures/klas", "beoordeel de voorbeeldklas; uitvoer in ./beoordeling");
}

export function gradeArgsOf(parsed: Record<string, unknown>): GradeArgs {
  return {
    folder: String(parsed.map),
    out: String(parsed.out ?? DEFAULT_OUT),
    force: Boolean(parsed.force),
    decimalComma: parsed["decimal-comma"] !== false,
  };
}
