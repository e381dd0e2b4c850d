// The Dutch language pack: the course's phrase lists, advice, address forms, phase cues, script
// heading words, event words, speaker labels and word sets, behind one typed object.
import type { HasExactlyTheLists, LanguagePack, PhaseCues } from "../types.js";
import advice from "./advice.nl.json" with { type: "json" };
import events from "./events.nl.json" with { type: "json" };
import formalForms from "./formal-forms.nl.json" with { type: "json" };
import phaseCues from "./phase-cues.nl.json" with { type: "json" };
import phrases from "./phrases.nl.json" with { type: "json" };
import scriptHeadings from "./script-headings.nl.json" with { type: "json" };
import texts from "./texts.nl.json" with { type: "json" };
import { speakers, words } from "./words.js";
import { labelSentences } from "./sentences/label.js";
import { names } from "./names.js";
import { rewriteToFormal } from "./formal-rewrite.js";
import { dutchMatchTables } from "./match-tables.js";
import { withMatchTables } from "../../text/phrases.js";

// The Dutch lists are exactly the PhraseListName union: no list missing, none extra.
const listsMatch: HasExactlyTheLists<typeof phrases> = true;
void listsMatch;

export const dutch: LanguagePack = {
  code: "nl",
  phrases: withMatchTables(phrases, dutchMatchTables),
  advice,
  formalForms,
  // JSON gives plain strings where the type wants phase names; tests/phases.test.ts checks the file against its schema.
  phaseCues: phaseCues as PhaseCues,
  scriptHeadings,
  events,
  speakers,
  words,
  names,
  labelSentences,
  rewriteToFormal,
  // Every rule runs on Dutch calls, in the rules' own Dutch wording.
  skipRules: [],
  rules: {},
  texts,
};
