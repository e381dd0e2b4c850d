// The English language pack: phrase lists, advice, phase cues, script heading words, event words,
// speaker labels, word sets, names, rule wording and texts, and a sentence labeller that uses
// compromise for questions. Loaded only for English calls (src/lang/index.ts).
import type { HasExactlyTheLists, LanguagePack, PhaseCues } from "../types.js";
import advice from "./advice.en.json" with { type: "json" };
import events from "./events.en.json" with { type: "json" };
import formalForms from "./formal-forms.en.json" with { type: "json" };
import phaseCues from "./phase-cues.en.json" with { type: "json" };
import phrases from "./phrases.en.json" with { type: "json" };
import rules from "./rules.en.json" with { type: "json" };
import scriptHeadings from "./script-headings.en.json" with { type: "json" };
import texts from "./texts.en.json" with { type: "json" };
import { speakers, words } from "./words.js";
import { names } from "./names.js";
import { englishLabeller } from "./sentences/label.js";
import { compromiseGrammar } from "./sentences/grammar.js";

export const english: LanguagePack = {
  code: "en",
  // Exactly the PhraseListName lists: checked by the compiler below.
  phrases,
  advice,
  labelSentences: englishLabeller(compromiseGrammar),
  // English has one "you": there is no informal address form to rewrite.
  formalForms,
  rewriteToFormal: () => undefined,
  scriptHeadings,
  events,
  speakers,
  words,
  names,
  phaseCues: phaseCues as PhaseCues, // JSON gives plain strings where the type wants phase names
  skipRules: [
    // About Dutch "je" and "u": English has one "you".
    "no-tutoyeren",
    "consistent-address",
    // Worded for Dutch only so far (phase names, briefings, time-of-day greetings).
    "greeting-time-of-day",
    "phase-order",
    "warm-transfer",
  ],
  rules,
  texts,
};

const listsMatch: HasExactlyTheLists<typeof phrases> = true;
void listsMatch;
