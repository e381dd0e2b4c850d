// The "u" wording for a "je"-form the agent used, and whether it is certain enough to apply.
// The conjugations come from the language pack (formalForms) through addressForms.
import type { AddressForm } from "./address.js";

export interface FormalRewrite {
  /** The replacement texts, most likely first. */
  texts: string[];
  /** Only a certain rewrite is a fix; the others are offered as suggestions. */
  certain: boolean;
}

/** Keeps a capital at the start of a sentence: "Kun je" → "Kunt u". */
function sameCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * "kun je" → "kunt u" (an inverted verb with its pronoun), "jouw" → "uw", "alsjeblieft" →
 * "alstublieft": certain. A bare "je" may be "u" or "uw" ("je gegevens"), and "jullie" needs its
 * verb changed too: those are only suggested.
 */
export function formalRewrite(form: AddressForm, original: string): FormalRewrite | undefined {
  if (form.other.includes("(")) {
    const options = form.other.replace(/[()]/g, "").split(/\s+of\s+/u).map((text) => sameCase(original, text.trim()));
    return { texts: options, certain: false };
  }
  if (form.other === form.said) return undefined;
  const certain = form.said !== "jullie" && !form.said.endsWith(" jullie");
  return { texts: [sameCase(original, form.other)], certain };
}
