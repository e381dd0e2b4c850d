// The Dutch word sets the model and the rules test single words against, and the speaker labels a
// transcript may use without declaring them.
import type { SpeakerWords, WordSets } from "../types.js";

export const speakers: SpeakerWords = {
  labels: {
    agent: "agent",
    medewerker: "agent",
    medewerkster: "agent",
    klantcontactmedewerker: "agent",
    kcm: "agent",
    ccm: "agent",
    operator: "agent",
    advisor: "agent",
    adviseur: "agent",
    klant: "customer",
    beller: "customer",
    customer: "customer",
    caller: "customer",
    collega: "colleague",
    colleague: "colleague",
  },
  // English too: front matter and config are often written by tools that speak English.
  roleWords: {
    agent: "agent",
    medewerker: "agent",
    customer: "customer",
    klant: "customer",
    colleague: "colleague",
    collega: "colleague",
  },
};

export const words: WordSets = {
  smallTalk: new Set([
    "u", "ik", "met", "spreekt", "spreek", "mijn", "naam", "is", "ben", "de", "het", "van", "der", "den", "ja",
    "nee", "hoor", "daar", "mee", "dat", "klopt", "goed", "prima", "een", "hallo", "hoi", "dag", "welkom", "hier",
    "mevrouw", "meneer", "mijnheer", "dank", "bedankt", "wel", "zeker", "inderdaad", "oké", "ok",
  ]),
  greetingWord: /^(?:goede|goeie)(?:morgen|middag|navond|ndag)$/,
  requestOpeners: new Set(["oké", "ok", "okay", "oke", "okee", "goed", "prima", "nou", "zo", "ja", "nee", "sorry", "even", "eh", "ehm", "uhm", "euh", "top", "mooi", "helder", "duidelijk", "juist", "hé", "excuses", "pardon"]),
  declarativeStart: new Set(["u", "je", "jij", "dat", "het", "dit"]),
  // "hoor" and "hier" elsewhere are a verb or an adverb: "Dat hoor ik graag", "Ik ben hier om u te helpen".
  clauseFinal: new Set(["hoor", "hier"]),
  subjectPronouns: new Set(["ik", "u", "je", "jij", "we", "wij", "ze", "zij", "hij", "men"]),
};
