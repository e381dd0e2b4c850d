// Which call phase a script heading names ("2. Aanvangsfase (inbound)" → aanvang), and which
// bold labels in a script are instructions for the agent ("**Let op:**") rather than speakers.
// The words are every language pack's (a file is parsed before its call's language is known);
// only the matching is code.
import { parsingWords } from "../lang/index.js";
import type { Phase } from "../model/conversation.js";

const packs = parsingWords.map((pack) => pack.scriptHeadings);
const words = {
  phases: packs.flatMap((pack) => Object.entries(pack.phases)),
  numberingWords: [...new Set(packs.flatMap((pack) => pack.numberingWords))],
  instructionLabels: packs.flatMap((pack) => pack.instructionLabels),
};

// Longest names first, so "aanvangsfase" wins over "aanvang" and "einde gesprek" over nothing.
const NAMES: ReadonlyArray<readonly [string, Phase]> = words.phases
  .flatMap(([phase, names]) => names.map((name) => [name, phase as Phase] as const))
  .sort((a, b) => b[0].length - a[0].length);

// "1. ", "Fase 2: ", "Stap III - ", "Fase: " before the phase name.
const NUMBERING = new RegExp(
  String.raw`^(?:(?:${words.numberingWords.join("|")})(?![\p{L}])\s*)?(?:(?:\d+[a-z]?|[ivx]+)(?=[\s.:)\-–—]))?[\s.:)\-–—]*`,
  "u",
);
const INSTRUCTIONS = new Set(words.instructionLabels);

/** The phase a heading's text names, or undefined. Case-insensitive; text after the name is ignored. */
export function phaseOfHeading(heading: string): Phase | undefined {
  const text = heading.toLowerCase().replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().replace(NUMBERING, "");
  for (const [name, phase] of NAMES) {
    if (text.startsWith(name) && !/^[\p{L}\p{N}]/u.test(text.slice(name.length))) return phase;
  }
  return undefined;
}

/** "Let op", "Tip", "N.B." …: a label that introduces an instruction, never a speaker. */
export function isInstructionLabel(label: string): boolean {
  return INSTRUCTIONS.has(label.toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "").trim());
}
