// Feelings in a call: the customer's emotion or bad news, and the agent's sympathy. By meaning:
// bad news is told with or without emotion words ("mijn vader is vorige week begraven", "de kelder
// staat blank", "we zitten al twee dagen zonder verwarming"); sympathy is a feeling word in a
// comment on the customer's situation ("wat ontzettend naar", "dat lijkt me heel zwaar").
import type { Token } from "../../../text/tokens.js";
import { BAD_NEWS_WORDS, EMOTION_WORDS, FEELING_WORDS, REPEAT_MARKERS, VITAL_SUPPLIES } from "./words.js";

const NEGATIONS = new Set(["niet", "geen", "nooit"]);
const WITHOUT = new Set(["geen", "zonder"]);
const COUNT_WORDS = /^(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+|zoveel|meerdere|verschillende|talloze|tig|honderd)$/;
const ORDINALS = /^(?:tweede|derde|vierde|vijfde|zesde|zoveelste|\d+de|\d+e)$/;
const CONTACT = /^(?:gebeld|bellen|belde|bel|gemaild|mailen|mail|contact|geprobeerd|gevraagd|gemeld|meld)$/;
const NOTHING = new Set(["niks", "niets", "geen"]);
const WANTS = new Set(["wil", "willen", "wilde", "wilt"]);
const LASTS = /^(?:een|twee|drie|vier|vijf|zes|\d+|dagen|weken|de|hele)$/;
const DURATION = /^(?:dag|dagen|week|weken|maand|maanden|uur|uren|hele|week)$/;
const NO_ONE = new Set(["niet", "geen", "niemand", "nooit", "niets", "niks"]);
const BODY_PARTS = new Set(["arm", "been", "pols", "enkel", "heup", "rug", "nek", "sleutelbeen", "vinger", "teen", "knie", "schouder", "ribben", "rib", "neus", "kaak", "voet", "hand", "elleboog", "bekken"]);

/** A negation in the two words before `i`: "niemand gewond", "geen brand". */
function negatedBefore(tokens: readonly Token[], from: number, i: number): boolean {
  return (i > from && NO_ONE.has(tokens[i - 1]!.norm)) || (i > from + 1 && NO_ONE.has(tokens[i - 2]!.norm));
}

/** Bad news the customer tells, with or without emotion words. */
export function tellsBadNews(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.quoted) continue;
    const word = token.norm;
    // "per ongeluk" is "by mistake", not an accident; "niemand gewond", "geen brand" is good news.
    if (BAD_NEWS_WORDS.has(word) && !(word === "ongeluk" && tokens[i - 1]?.norm === "per") && !negatedBefore(tokens, from, i)) return true;
    // "zijn arm gebroken", "mijn enkel gebroken": an injury; "een plank gebroken" is a complaint.
    if (word === "gebroken" && hasWord(tokens, BODY_PARTS, Math.max(from, i - 3), i)) return true;
    // "geen stroom", "zonder verwarming": a vital supply cut off; not "ik wil geen gas meer".
    if (VITAL_SUPPLIES.has(word) && ((i > from && WITHOUT.has(tokens[i - 1]!.norm)) || (i > from + 1 && WITHOUT.has(tokens[i - 2]!.norm))) && !hasWord(tokens, WANTS, from, to)) return true;
    // "mijn moeder is gevallen": a person who fell, not "in sommige gevallen".
    if (word === "gevallen" && /^(?:is|ben|bent|zijn|was)$/.test(tokens[i - 1]?.norm ?? "")) return true;
    // "het regent binnen", "het doet het al een week niet": damage, or an outage that lasts.
    if (word === "binnen" && tokens[i - 1]?.norm === "regent") return true;
    if (word === "al" && LASTS.test(tokens[i + 1]?.norm ?? "") && DURATION.test(tokens[i + 2]?.norm ?? "") && hasWord(tokens, NEGATIONS, i, to)) return true;
    // "de kelder staat onder water"
    if (word === "onder" && tokens[i + 1]?.norm === "water" && /^(?:staat|stond|staan|stonden|gelopen|loopt)$/.test(tokens[i - 1]?.norm ?? "")) return true;
  }
  return repeatedContact(tokens, from, to);
}

/** "Ik heb al drie keer gebeld", "voor de vierde keer", "nog steeds niks gehoord", "alweer geen …". */
function repeatedContact(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = tokens[i]!.norm;
    // "keer" next is rare: tested before the regular expressions.
    if (tokens[i + 1]?.norm === "keer") {
      if (COUNT_WORDS.test(word) && hasContactWord(tokens, i + 2, Math.min(to, i + 6))) return true;
      if (ORDINALS.test(word) && hasContactWord(tokens, i + 2, Math.min(to, i + 8))) return true;
    }
    if (word === "nog" && tokens[i + 1]?.norm === "steeds" && hasWord(tokens, NOTHING, i + 2, Math.min(to, i + 5))) return true;
    if (REPEAT_MARKERS.has(word) && word !== "weer" && hasWord(tokens, NOTHING, i + 1, Math.min(to, i + 3))) return true;
  }
  return false;
}

function hasContactWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CONTACT.test(tokens[i]!.norm)) return true;
  return false;
}

function hasWord(tokens: readonly Token[], words: ReadonlySet<string>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words.has(tokens[i]!.norm)) return true;
  return false;
}

/** Anger, frustration or worry in the customer's words ("ik ben het spuugzat", "ik ben zo ongerust"), not negated. */
export function showsEmotion(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.quoted) continue;
    // "ik word er gek van", "ik ben er klaar mee", "ik lig er wakker van", "ik schrok me rot"
    const companion = IDIOMS.get(token.norm);
    if (companion && hasWord(tokens, companion, Math.max(from, i - 4), Math.min(to, i + 3))) return true;
    // "dat is toch niet normaal" (not "normaal gesproken is dat niet zo")
    if (token.norm === "normaal" && tokens[i - 1]?.norm === "niet") return true;
    if (!EMOTION_WORDS.has(token.norm)) continue;
    // "ik ben niet boos, maar …", "geen zorgen"
    if (i > from && NEGATIONS.has(tokens[i - 1]!.norm)) continue;
    if (i > from + 1 && NEGATIONS.has(tokens[i - 2]!.norm) && tokens[i - 1]!.norm !== "meer") continue;
    return true;
  }
  return false;
}

/** The word of an idiom and the words one of which must stand near it; looked up once per word. */
const IDIOMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["gek", new Set(["word", "wordt", "werd", "worden"])],
  ["klaar", new Set(["mee"])],
  ["wakker", new Set(["lig", "lag", "liggen"])],
  ["rot", new Set(["schrok", "schrik", "geschrokken", "me", "mij"])],
]);

const COMMENT_OPENERS = new Set(["wat", "dat", "dit", "zo", "oei", "oh", "o", "ach", "jeetje", "jee", "tjonge", "nou", "echt", "oef", "ai", "auw"]);
const SYMPATHY_WORDS = new Set([
  "gecondoleerd", "deelneming", "condoleances", "sterkte", "beterschap", "proficiat", "gefeliciteerd", "schrikken", "spijt", "sorry", "excuses",
]);

/** The agent comments on the customer's situation with a feeling word or a word of sympathy. */
export function showsSympathy(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = tokens[i]!.norm;
    if (tokens[i]!.quoted) continue;
    if (SYMPATHY_WORDS.has(word)) return true;
    // "wat vervelend", "dat klinkt heel naar", "dat lijkt me echt zwaar", "oei, wat een gedoe"
    if (FEELING_WORDS.has(word) && i - from <= 6 && COMMENT_OPENERS.has(tokens[from]!.norm) && !hasWord(tokens, NEGATIONS, from, i)) return true;
    // "Vervelend dat u zo vaak heeft moeten bellen", "Naar voor u", "Rot om te horen": the comment opens the sentence.
    if (i === from && FEELING_WORDS.has(word) && (i + 1 === to || FEELING_LINKS.has(tokens[i + 1]!.norm))) return true;
    // "ik kan me (goed) voorstellen", "ik kan me indenken"
    if ((word === "voorstellen" || word === "indenken") && hasWord(tokens, ME, from, i)) return true;
  }
  return false;
}
const ME = new Set(["me", "mij"]);
const FEELING_LINKS = new Set(["dat", "voor", "om", "hoor", "zeg"]);
