// What a formatter is and what it is given. The core of the context is here; docs and grading
// add their optional parts (RuleDocContext, RubricContext), declared where they are provided.
import type { RuleDocContext } from "../docs/rule-doc.js";
import type { RubricContext } from "../grade/rubric.js";
import type { LintResult, RuleMeta } from "../types.js";

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

export interface FormatterContext extends RuleDocContext, RubricContext {
  cwd: string;
  color: boolean;
  /** Meta of the rules the run knows; the CLI fills it only for formatters that read it (FORMATTER_NEEDS). */
  rulesMeta: Record<string, RuleMeta>;
  /** Rule ids that ran on each file, by `filePath` (junit, sarif); absent: only rules that reported are known. */
  rulesRun?: Readonly<Record<string, readonly string[]>>;
  /** Terminal columns to wrap long messages to (stylish); absent in a pipe or file: one line per message. */
  width?: number;
}
