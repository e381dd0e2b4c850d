// Is a Dutch clause a question, and of which kind? Recognised by word order as well as by "?",
// because speech-to-text writes no question marks: a finite verb first with its subject right
// after it ("heeft u een moment", "woont u nog op hetzelfde adres") or a question word with a verb
// ("waar woont u", "sinds wanneer speelt dit").
import type { QuestionKind } from "../../acts.js";
import type { Token } from "../../../text/tokens.js";
import type { Clause } from "./clauses.js";
import { wordAt } from "./clauses.js";
import { CUSTOMER_PRONOUNS, FINITE_VERBS, INSTRUCTION_VERBS, QUESTION_WORDS, SUBJECT_PRONOUNS } from "./words.js";

const PREPOSITIONS = new Set(["sinds", "vanaf", "tot", "om", "in", "op", "met", "voor", "naar", "over", "bij", "van", "aan", "uit", "per"]);
const DETERMINERS = new Set(["de", "het", "een", "uw", "die", "dat", "dit", "deze", "er", "mijn", "jouw", "je", "zijn", "haar"]);
/** "Dank u", "bedankt u": thanks, not a question, although a word precedes "u". */
const NOT_VERBS = new Set(["dank", "bedankt", "hoor", "alstublieft", "alsjeblieft", "voor", "met", "van", "bij", "aan", "zoals", "als", "dan", "want", "omdat", "fijn", "goed", "prima", "graag", "welkom", "sorry", "excuses"]);
/** Words after "wat"/"hoe" that make an exclamation ("wat vervelend", "hoe fijn"), not a question. */
const EXCLAMATION_AFTER_WH = /^(?:fijn|leuk|mooi|goed|vervelend|naar|erg|rot|jammer|lief|aardig|knap|heerlijk|prachtig|vreselijk|verschrikkelijk|akelig|sneu|zonde|raar|gek|vreemd|een|ontzettend|enorm|echt|heel)$/;

export interface QuestionShape {
  kind: "open" | "closed";
  /** Token index where the question's grammar starts. */
  at: number;
}

/** The clause asks by word order: verb first with a subject, or a question word with a verb. */
export function questionByWordOrder(tokens: readonly Token[], clause: Clause, sentenceFrom: number): QuestionShape | undefined {
  const { core, to } = clause;
  // Quoted words are someone else's question; "Bel ze maar" and "Zegt u het maar" invite, they do not ask.
  if (tokens[core]?.quoted || wordAt(tokens, to - 1, to) === "maar") return undefined;
  let at = core;
  // "sinds wanneer", "om hoe laat", "in welke straat": a preposition before the question word.
  if (PREPOSITIONS.has(wordAt(tokens, at, to)) && QUESTION_WORDS.has(wordAt(tokens, at + 1, to))) at++;
  const first = wordAt(tokens, at, to);
  const second = wordAt(tokens, at + 1, to);
  if (QUESTION_WORDS.has(first)) {
    if (EXCLAMATION_AFTER_WH.test(second) && (first === "wat" || first === "hoe")) return undefined;
    // "hoe laat", "welke datum", "hoeveel kilometer": the verb may come a word or two later.
    for (let i = at + 1; i <= at + 3 && i < to; i++) {
      const word = tokens[i]!.norm;
      if (FINITE_VERBS.has(word) || (SUBJECT_PRONOUNS.has(wordAt(tokens, i + 1, to)) && !NOT_VERBS.has(word))) return { kind: "open", at: core };
      // "hoeveel kost een …", "wat doet de monteur": a verb in -t right after the question word.
      if (i === at + 1 && word.length > 3 && word.endsWith("t") && !NOT_VERBS.has(word)) return { kind: "open", at: core };
    }
    return undefined;
  }
  // "… waarmee kan ik u helpen" in speech-to-text without punctuation: a question word with the
  // verb and subject inverted after it can only start a question.
  for (let i = core + 1; i < to - 2; i++) {
    if (QUESTION_WORDS.has(tokens[i]!.norm) && FINITE_VERBS.has(tokens[i + 1]!.norm) && SUBJECT_PRONOUNS.has(tokens[i + 2]!.norm)) return { kind: "open", at: i };
  }
  if (!first || NOT_VERBS.has(first) || INSTRUCTION_VERBS.has(first) || PREPOSITIONS.has(first) || SUBJECT_PRONOUNS.has(first) || DETERMINERS.has(first)) return undefined;
  const verbLike = FINITE_VERBS.has(first) || (first.length > 2 && first.endsWith("t") && CUSTOMER_PRONOUNS.has(second));
  if (!verbLike) return undefined;
  // A short tag after a statement ("…, zie ik", "…, denk ik") is no question of its own.
  if (to - core < 3 && clause.from > sentenceFrom) return undefined;
  // "Is de storing al opgelost": a determiner as subject only where the sentence starts, not after a comma.
  if (SUBJECT_PRONOUNS.has(second) || (FINITE_VERBS.has(first) && DETERMINERS.has(second) && clause.from === sentenceFrom)) return { kind: "closed", at: core };
  return undefined;
}

const CONTROL_TAGS = /^(?:klopt|correct|juist|toch|hè|he|ja|niet|right)$/;

/**
 * The kind of a question: open, closed, multiple choice, suggestive or control. `suggestive` and
 * `control` come from the caller's phrase lists and summary test; the shape decides the rest.
 */
export function questionKind(tokens: readonly Token[], from: number, to: number, shape: QuestionShape | undefined, suggestive: boolean, summary: boolean): QuestionKind {
  if (suggestive) return "suggestive";
  if (summary) return "control";
  if (shape?.kind === "open") return "open";
  // "Kiest u voor de sandalen of de sportschoenen?": "of" between two things, not "of niet" or "of u".
  for (let i = from + 1; i < to - 1; i++) {
    if (tokens[i]!.norm !== "of") continue;
    const next = tokens[i + 1]!.norm;
    if (!SUBJECT_PRONOUNS.has(next) && !CONTROL_TAGS.test(next) && next !== "zo" && next !== "wel" && next !== "anders" && next !== "dat") return "multipleChoice";
  }
  return "closed";
}

/** A statement that ends in a tag asking for confirmation: "…, klopt dat?", "…, toch?". */
export function endsInCheckTag(tokens: readonly Token[], from: number, to: number): boolean {
  const last = tokens[to - 1]?.norm ?? "";
  const before = to - 2 >= from ? tokens[to - 2]!.norm : "";
  if (last === "toch" || last === "hè" || last === "correct" || last === "juist") return true;
  return (before === "klopt" && (last === "dat" || last === "het")) || (before === "of" && last === "niet") || (before === "is" && last === "dat");
}
