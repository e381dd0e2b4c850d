// Is an English sentence a question, and of which kind? Speech-to-text writes no question marks,
// so word order counts too: an auxiliary before its subject ("can you hold", "is it working") or a
// question word with a verb after it ("when did it start").
import type { QuestionKind } from "../../acts.js";
import type { Token } from "../../../text/tokens.js";
import { AUXILIARIES, CHECK_TAGS, EXCLAMATION_AFTER_WH, OPENERS, QUESTION_WORDS, SUBJECTS } from "./words.js";

export interface QuestionShape {
  kind: "open" | "closed";
}

/** The sentence asks by word order, after any openers ("ok so", "and"). */
export function questionByWordOrder(tokens: readonly Token[], from: number, to: number): QuestionShape | undefined {
  let at = from;
  while (at < to - 1 && OPENERS.has(tokens[at]!.norm)) at++;
  const first = tokens[at];
  const second = tokens[at + 1];
  if (!first || first.quoted || !second) return undefined;
  if (QUESTION_WORDS.has(first.norm)) {
    if (EXCLAMATION_AFTER_WH.has(second.norm)) return undefined;
    // "what is", "how long has", "which day would": an auxiliary within three words.
    for (let i = at + 1; i <= at + 3 && i < to; i++) if (AUXILIARIES.has(tokens[i]!.norm)) return { kind: "open" };
    return undefined;
  }
  if (AUXILIARIES.has(first.norm) && SUBJECTS.has(second.norm)) return { kind: "closed" };
  return undefined;
}

/**
 * Word order cannot tell: an auxiliary opens the sentence but no pronoun follows ("is Mark at home",
 * "are both lights on", "is that ok to talk now" is decided). Only then is a grammar asked.
 */
export function opensWithAuxiliary(tokens: readonly Token[], from: number, to: number): boolean {
  let at = from;
  while (at < to - 1 && OPENERS.has(tokens[at]!.norm)) at++;
  return to - at >= 3 && AUXILIARIES.has(tokens[at]!.norm) && !SUBJECTS.has(tokens[at + 1]!.norm);
}

/** A statement with a tag that asks for confirmation: "…, is that right", "…, correct", "…, isn't it". */
export function endsInCheckTag(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 3) return false;
  const last = tokens[to - 1]!.norm;
  const before = tokens[to - 2]!.norm;
  if (CHECK_TAGS.has(last) && (before === "that" || before === "that's" || to - from >= 4)) return true;
  return /n't$/.test(before) && SUBJECTS.has(last);
}

/** The kind of a question; `suggestive` and `summary` come from the labeller. */
export function questionKind(tokens: readonly Token[], from: number, to: number, shape: QuestionShape | undefined, suggestive: boolean, summary: boolean): QuestionKind {
  if (suggestive) return "suggestive";
  if (summary) return "control";
  if (shape?.kind === "open") return "open";
  let at = from;
  while (at < to - 1 && OPENERS.has(tokens[at]!.norm)) at++;
  if (QUESTION_WORDS.has(tokens[at]?.norm ?? "")) return "open";
  // "Would you prefer email or a letter?": "or" between two things, not "or not".
  for (let i = from + 1; i < to - 1; i++) {
    if (tokens[i]!.norm === "or" && !/^(?:not|anything|something|so)$/.test(tokens[i + 1]!.norm)) return "multipleChoice";
  }
  return "closed";
}
