// The language packs. Dutch is the default and always loaded; other packs are loaded when a call
// is in their language, so a Dutch run never pays for them.
import { dutch } from "./nl/index.js";
import type { LanguagePack } from "./types.js";
import englishParsingWords from "./en/parsing-words.js";

export const defaultLanguage: LanguagePack = dutch;

/** The languages a call can be in, by ISO 639-1 code, each with how to load its pack. */
const PACK_LOADERS: Readonly<Record<string, () => Promise<LanguagePack>>> = {
  nl: async () => dutch,
  en: async () => (await import("./en/index.js")).english,
};

export const LANGUAGE_CODES: readonly string[] = Object.keys(PACK_LOADERS);

const loaded = new Map<string, LanguagePack>([["nl", dutch]]);

/** The pack for a language code, loading it on first use; unknown codes get the default pack. */
export async function loadLanguage(code: string | undefined): Promise<LanguagePack> {
  const known = code && PACK_LOADERS[code] ? code : defaultLanguage.code;
  let pack = loaded.get(known);
  if (!pack) loaded.set(known, (pack = await PACK_LOADERS[known]!()));
  return pack;
}

/** The pack of a call whose language was chosen (and its pack loaded) by the engine. */
export function languageOf(call: { meta: { language?: string } }): LanguagePack {
  return (call.meta.language && loaded.get(call.meta.language)) || defaultLanguage;
}

/**
 * The words a parser recognises in every language: a file is parsed before its language is
 * chosen, and `[on hold]` or a heading "Analysis" mean the same in any call. Each pack adds its
 * event and heading words here as plain data, without its grammar. (Speaker labels stay the
 * default pack's, which include the English ones: a label's role is part of the call's model.)
 */
export const parsingWords = [dutch, englishParsingWords] as const;

export type * from "./types.js";
