// Types for scripts/eval-set.mjs, which tests/eval-set.test.ts and scripts/accuracy.mjs use.
import type { LintMessage } from "../src/types.js";
import type { LintOptions } from "../src/api.js";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalApi {
  lint(text: string, options?: LintOptions): Promise<{ messages: LintMessage[] }>;
  describeSentences(text: string, speaker: "agent" | "customer", phrases?: Record<string, string[]>, language?: never): Array<{ acts: string[]; question?: string }>;
}

export interface EvalSentence {
  text: string;
  speaker: "agent" | "customer";
  acts: string[];
  question?: string;
  intro?: { name?: string; organisation?: string; department?: string };
}

export interface EvalSet {
  dir: string;
  label: string;
  language: string;
}

export declare function evalSet(root: string, name?: string): EvalSet;
export declare function evalParts(root: string, set?: EvalSet): string[];
export declare function lintPart(
  api: EvalApi,
  root: string,
  part: string,
  ruleIds: readonly string[],
  set?: EvalSet,
): Promise<{
  calls: number;
  stats: Record<string, Counts>;
  falsePositives: Array<LintMessage & { file: string }>;
  falseNegatives: Array<{ file: string; ruleId: string; line: number; note?: string }>;
  unreadable: { expected: number; found: number; scoredAnyway: string[]; refusedReadable: string[] };
}>;
export declare function actAgreement(
  api: EvalApi,
  root: string,
  part: string,
  set?: EvalSet,
  language?: unknown,
): { sentences: number; perAct: Record<string, Counts>; misses: Array<{ kind: "FP" | "FN"; act: string; sentence: EvalSentence }>; questionKinds: { agreed: number; total: number } } | undefined;
export declare function introductionAgreement(
  api: EvalApi,
  root: string,
  part: string,
  set?: EvalSet,
): Promise<{ total: number; agreed: number; misses: Array<{ sentence: EvalSentence; name: boolean; organisation: boolean }> } | undefined>;
export declare function phaseLabelsDir(root: string, part: string, set?: EvalSet): string | undefined;
