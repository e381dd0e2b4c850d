// The edits that turn an address form into the other register, for fixes and suggestions:
// je → u through the language pack's rewriter, u → je (where the call started with je) from the
// pack's informal forms. Shared by no-tutoyeren and consistent-address.
import type { Turn } from "../model/conversation.js";
import type { LanguagePack } from "../lang/types.js";
import type { Fix } from "../types.js";
import type { AddressForm } from "./address.js";

export interface AddressEdits {
  /** Replacements, most likely first. */
  edits: Fix[];
  /** The first edit is certain enough to be a fix. */
  certain: boolean;
}

function sameCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** `previous` is the form before this one in the same turn: "kun je" before "je klantnummer" makes that je possessive. */
export function addressEdits(form: AddressForm, previous: AddressForm | undefined, turn: Turn, text: string, language: LanguagePack): AddressEdits {
  const [start, end] = form.span;
  const original = text.slice(start, end);
  if (form.register === "u") {
    // "heeft u" → "heb je" and "alstublieft" → "alsjeblieft" are certain; a bare "u" may need its verb changed ("u heeft").
    const texts = form.other.replace(/[()]/g, "").split(/\s+of\s+/u).map((option) => sameCase(original, option.trim()));
    const certain = !form.other.includes("(") && form.said !== "u" && form.said !== form.other;
    return { edits: texts.map((replacement) => ({ range: [start, end], text: replacement })), certain };
  }
  const gap = previous ? text.slice(previous.span[1], start) : "";
  const rewrite = language.rewriteToFormal({
    said: form.said,
    other: form.other,
    original,
    before: turn.text.slice(0, start - turn.textOffset),
    after: turn.text.slice(end - turn.textOffset),
    afterInvertedVerb: previous !== undefined && previous.said.includes(" ") && /^\s+$/u.test(gap),
  });
  if (!rewrite) return { edits: [], certain: false };
  const range: [number, number] = [start - (rewrite.extendBack ?? 0), end + (rewrite.extendBy ?? 0)];
  return { edits: rewrite.texts.map((replacement) => ({ range, text: replacement })), certain: rewrite.certain };
}
