// What to say instead of a phrase from a list (informal words, suggestive questions): the language
// pack's advice, keyed by the list and the exact pattern. Patterns a company adds have none.
import type { AdviceLists, PhraseListName } from "../lang/types.js";

/** The advice for a matched pattern, with `{naam}` filled in; undefined when the data has none. */
export function adviceFor(advice: AdviceLists, list: PhraseListName, pattern: string, customer: string): string | undefined {
  return advice[list]?.[pattern]?.replaceAll("{naam}", customer);
}
