// The built-in formatters by name. The CLI loads only the one it needs (loadFormatter).
import type { Formatter } from "./types.js";

export const FORMATTER_NAMES = ["stylish", "json", "jsonl", "compact", "sarif", "junit", "github", "html", "grade"] as const;
export type FormatterName = (typeof FORMATTER_NAMES)[number];

/** What a formatter reads besides the results; the CLI keeps or computes only that. */
export interface FormatterNeeds {
  /** The files' text (LintResult.source). */
  source?: true;
  /** FormatterContext.rulesRun */
  rulesRun?: true;
  /** FormatterContext.rulesMeta of every rule the run's configs know (else only built-in rules). */
  rulesMeta?: true;
  /** FormatterContext.ruleDoc */
  ruleDoc?: true;
}

export const FORMATTER_NEEDS: Readonly<Record<FormatterName, FormatterNeeds>> = {
  stylish: {},
  json: {},
  jsonl: {},
  compact: {},
  github: {},
  sarif: { rulesRun: true, rulesMeta: true, ruleDoc: true },
  junit: { rulesRun: true },
  html: { source: true, rulesMeta: true, ruleDoc: true },
  grade: { source: true, rulesMeta: true, ruleDoc: true },
};

export async function loadFormatter(name: FormatterName): Promise<Formatter> {
  switch (name) {
    case "stylish":
      return (await import("./stylish.js")).stylish;
    case "json":
      return (await import("./json.js")).json;
    case "jsonl":
      return (await import("./jsonl.js")).jsonl;
    case "compact":
      return (await import("./compact.js")).compact;
    case "sarif":
      return (await import("./sarif.js")).sarif;
    case "junit":
      return (await import("./junit.js")).junit;
    case "github":
      return (await import("./github.js")).github;
    case "html":
      return (await import("./html.js")).htmlReport;
    case "grade":
      return (await import("./grade.js")).grade;
  }
}
