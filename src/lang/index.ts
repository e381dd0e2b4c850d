// The language packs. Dutch is the default and, for now, the only one.
import { dutch } from "./nl/index.js";
import type { LanguagePack } from "./types.js";

export const defaultLanguage: LanguagePack = dutch;

export type * from "./types.js";
