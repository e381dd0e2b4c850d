// The sentences rules build (examples in messages, suggested and fixed texts) come from the call's
// language pack by key, so a rule holds no words of one language. A key a pack lacks falls back
// to the Dutch text, which every key has.
import { dutch } from "./nl/index.js";
import type { LanguagePack } from "./types.js";

/** The pack's text for `key` with `{{name}}` placeholders filled in. */
export function textOf(language: LanguagePack, key: string, data: Readonly<Record<string, string | number>> = {}): string {
  const template = language.texts[key] ?? dutch.texts[key];
  if (template === undefined) throw new Error(`Taalpakket ${language.code}: geen tekst "${key}".`);
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
