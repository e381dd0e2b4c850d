// What to say instead of a phrase from a list (informal words, suggestive questions): data in
// advice.nl.json, keyed by the list and the exact pattern. Patterns a company adds have none.
import advice from "./advice.nl.json" with { type: "json" };

const byList: Readonly<Record<string, Readonly<Record<string, string>>>> = advice;

/** The advice for a matched pattern, with `{naam}` filled in; undefined when the data has none. */
export function adviceFor(list: string, pattern: string, customer: string): string | undefined {
  return byList[list]?.[pattern]?.replaceAll("{naam}", customer);
}
