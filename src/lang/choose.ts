// Which language a file's calls are in: what the file says (front matter `taal:` / `language:`,
// a WebVTT header `Language:`),
// else the config's `settings.language`, else what the words show. The detector is deliberately
// cautious: only text that is clearly English is English; anything undecided stays Dutch.

/** `taal: en` or `language: en` in the front matter that opens the file. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const LANGUAGE_KEY = /^(?:taal|language)[ \t]*:[ \t]*["']?([A-Za-z]{2})["']?[ \t]*(?:#.*)?$/m;

/** A WebVTT file's own header: `Language: en` before the first cue. */
const VTT_HEADER = /^\uFEFF?WEBVTT[^\n]*\r?\n((?:[^\r\n]+\r?\n)*)/;
const VTT_LANGUAGE = /^Language:[ \t]*([A-Za-z]{2})\b/m;

export function declaredLanguage(text: string): string | undefined {
  const head = text.slice(0, 4096);
  const frontMatter = FRONT_MATTER.exec(head);
  if (frontMatter) return LANGUAGE_KEY.exec(frontMatter[1]!)?.[1]?.toLowerCase();
  const vtt = VTT_HEADER.exec(head);
  return vtt ? VTT_LANGUAGE.exec(vtt[1]!)?.[1]?.toLowerCase() : undefined;
}

// Frequent words that are each only one of the two languages' ("is", "in", "we" are both).
const ENGLISH = new Set(["the", "and", "you", "your", "to", "of", "i", "i'm", "it's", "that", "for", "this", "with", "have", "can", "my", "what", "please", "thank", "thanks", "yes", "could", "would", "there", "about", "today", "just", "hold", "calling", "help", "sorry", "okay", "right", "bye"]);
const DUTCH = new Set(["de", "het", "een", "en", "u", "ik", "je", "van", "dat", "niet", "met", "voor", "op", "wat", "kan", "mijn", "ja", "nee", "dank", "heeft", "uw", "even", "hoor", "goedemiddag", "goedemorgen", "bedankt", "graag", "maar", "ook", "dan", "nog", "dus", "wel"]);
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/** Enough of a call to tell its language; a long file is not read to its end for this. */
const SAMPLE = 20_000;

/** "en" when the text is clearly English, else undefined (Dutch). */
export function detectLanguage(text: string): "en" | undefined {
  let english = 0;
  let dutch = 0;
  for (const [word] of text.slice(0, SAMPLE).matchAll(WORD)) {
    const lower = word.toLowerCase().replace("’", "'");
    if (ENGLISH.has(lower)) english++;
    else if (DUTCH.has(lower)) dutch++;
  }
  return english >= 8 && english >= 4 * dutch ? "en" : undefined;
}

/** The language code for a file: declared, configured or detected; Dutch when nothing says otherwise. */
export function chooseLanguage(text: string, configured: string | undefined): string {
  return declaredLanguage(text) ?? configured ?? detectLanguage(text) ?? "nl";
}
