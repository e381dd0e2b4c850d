// How many terminal columns a text takes, for lining up and wrapping the stylish table: East Asian
// wide and fullwidth characters and emoji take two columns, combining accents, joiners and
// variation selectors none, ANSI colour codes none. Counted per code point with a few grapheme
// rules (joined emoji, flags, emoji presentation) instead of Intl.Segmenter, which costs start-up.
import { eastAsianWidth } from "get-east-asian-width";

const ANSI = /\u001b\[[0-9;]*m/g;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const REGIONAL_INDICATOR = /^\p{Regional_Indicator}$/u;
const JOINER = "\u200d";
const EMOJI_PRESENTATION = "\ufe0f";

export function textWidth(text: string): number {
  let width = 0;
  let joined = false; // the previous code point was a zero-width joiner
  let openFlag = false; // one regional indicator seen, waiting for its pair
  let narrowPictograph = false; // the previous code point was a one-column emoji-capable symbol
  for (const char of text.includes("\u001b") ? text.replace(ANSI, "") : text) {
    const code = char.codePointAt(0)!;
    // Latin, with é, ë and ï: one column each.
    if (code >= 0x20 && code < 0x300 && (code < 0x7f || code > 0x9f)) {
      width += 1;
      joined = openFlag = narrowPictograph = false;
      continue;
    }
    if (char === EMOJI_PRESENTATION && narrowPictograph) width += 1; // ❤ + FE0F shows as a wide ❤️
    if (char === JOINER) joined = true;
    if (ZERO_WIDTH.test(char)) {
      narrowPictograph = false;
      continue;
    }
    const pictograph = PICTOGRAPHIC.test(char);
    if (joined && pictograph) {
      joined = false; // 👨‍👩‍👧 is one picture
      continue;
    }
    joined = false;
    if (REGIONAL_INDICATOR.test(char)) {
      width += openFlag ? 0 : 2; // 🇳🇱 is two indicators, one flag
      openFlag = !openFlag;
      continue;
    }
    openFlag = false;
    const columns = eastAsianWidth(code);
    narrowPictograph = pictograph && columns === 1;
    width += columns;
  }
  return width;
}

/** `text` padded with spaces to `width` columns. */
export function padToWidth(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - textWidth(text)));
}
