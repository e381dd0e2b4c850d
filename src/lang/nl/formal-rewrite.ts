// Dutch: the "u" wording for a "je"-form an agent used, and whether it is certain enough for --fix.
// The inverted verbs ("kun je" → "kunt u") come from formal-forms.nl.json through addressForms;
// this module decides what a bare "je" is (u, uw or zich) from the words around it.
import type { FormalRewrite, FormalRewriteInput } from "../types.js";

/** Words after "je" that show it is no possessive: articles, pronouns, adverbs, particles. */
const NOT_A_NOUN = new Set(
  ("een de het dat dit die deze iets niets niet nog al even graag gerust morgen vandaag straks zo meteen zometeen direct " +
    "slecht goed terug door mee aan op uit af in er daar hier ook wel dan nu later vanmiddag vanavond binnen echt helaas zelf " +
    "mij me ons hem haar ze wat hoe waar wanneer alvast nogmaals eventjes snel persoonlijk")
    .split(" "),
);

/** Words after which a pronoun starts a clause ("als je wilt", "zodra je belt"). */
const CLAUSE_OPENERS = new Set("als dat zodra wanneer omdat voordat nadat terwijl of hoe wat waar waarom totdat tot".split(" "));

/** The je-form of a verb after its subject, to the u-form: "hebt" → "heeft" (normal word order). */
const AFTER_SUBJECT: Readonly<Record<string, string>> = { hebt: "heeft", heb: "heeft", bent: "bent", kunt: "kunt", kan: "kunt", wilt: "wilt", wil: "wilt", zult: "zult", zal: "zult" };

const WORD = /\p{L}[\p{L}\p{M}'-]*/u;

function sameCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** The words of a text, lower case, with a flag for a sentence end right after each. */
function wordsOf(text: string): { word: string; endsSentence: boolean }[] {
  const result: { word: string; endsSentence: boolean }[] = [];
  for (const match of text.matchAll(new RegExp(`${WORD.source}|[.?!;:,]`, "gu"))) {
    const token = match[0];
    if (/^[.?!;:]$/u.test(token)) {
      if (result.length) result[result.length - 1]!.endsSentence = true;
      if (!result.length) result.push({ word: "", endsSentence: true });
      break;
    }
    if (token === ",") {
      if (result.length) result[result.length - 1]!.endsSentence = true;
      break;
    }
    result.push({ word: token.toLowerCase(), endsSentence: false });
  }
  return result;
}

/**
 * A bare "je": after "kun je" or "mij" before a noun it is "uw" for certain ("kun je je adres
 * bevestigen"); right before the sentence's last word in "-en" it is reflexive ("kun je je
 * legitimeren" → "zich"); elsewhere the next word decides between "u" and "uw", as a suggestion.
 */
function bareJe(input: FormalRewriteInput): FormalRewrite {
  const before = input.before.toLowerCase().match(/(\p{L}+)\s*$/u)?.[1] ?? "";
  const after = wordsOf(input.after);
  const next = after[0];
  const original = input.original;
  if (!next || next.word === "") return { texts: [sameCase(original, "u")], certain: false };
  const last = next.endsSentence;
  if (last && next.word.endsWith("en") && input.afterInvertedVerb) return { texts: [sameCase(original, "zich"), sameCase(original, "u")], certain: false };
  const noun = !NOT_A_NOUN.has(next.word) && !last;
  if (noun && (input.afterInvertedVerb || before === "mij" || before === "me")) return { texts: [sameCase(original, "uw")], certain: true };
  // "Weet je je klantnummer?": after an inverted verb, a last word that is no infinitive is a noun.
  if (last && input.afterInvertedVerb && !NOT_A_NOUN.has(next.word)) return { texts: [sameCase(original, "uw")], certain: true };
  if (noun || (last && !next.word.endsWith("en") && !NOT_A_NOUN.has(next.word) && before !== "")) return { texts: [sameCase(original, "uw"), sameCase(original, "u")], certain: false };
  return { texts: [sameCase(original, "u"), sameCase(original, "uw")], certain: false };
}

/** "Jij hebt", "als je wilt": the pronoun as subject with its verb after it. */
function subjectWithVerb(input: FormalRewriteInput): FormalRewrite | undefined {
  const before = input.before.toLowerCase().match(/(\p{L}+|[.?!,:;])\s*$/u)?.[1];
  const startsClause = before === undefined || /^[.?!,:;]$/u.test(before) || CLAUSE_OPENERS.has(before);
  const next = input.after.match(/^\s+(\p{L}+)/u);
  if (!startsClause || !next) return undefined;
  const verb = AFTER_SUBJECT[next[1]!.toLowerCase()];
  if (!verb) return undefined;
  return { texts: [`${sameCase(input.original, "u")} ${verb}`], certain: false, extendBy: next[0].length };
}

/** Words after "je" that name a thing the customer has, not a verb: the next word is the verb ("je pakket is"). */
const VERB_AFTER_NOUN = new Set("is was wordt werd staat komt gaat zijn heeft loopt blijft".split(" "));
const MODALS = new Set("mag kan wil zal moet hoeft ben heb weet zou".split(" "));
/** Objects after an imperative's "je": then it is no reflexive ("bel je ons terug"). */
const OBJECTS = new Set("ons mij me het hem haar ze de een dat dit die iets".split(" "));

/**
 * A verb that opens the sentence before "je", not in the pack's list ("schrijf je", "meld je aan"):
 * the u-form adds a t ("schrijft u"); in an instruction without an object "je" is reflexive
 * ("meld je aan" → "meldt u zich aan"). Only ever a suggestion.
 */
function openingVerb(input: FormalRewriteInput): FormalRewrite | undefined {
  const match = input.before.match(/(?:^|[.?!]\s+)\s*(\p{L}+)(\s+)$/u);
  if (!match || input.afterInvertedVerb) return undefined;
  const verb = match[1]!;
  const lower = verb.toLowerCase();
  // A verb already in its third-person form ("klopt je adres", "is je adres") has a possessive after it.
  if (CLAUSE_OPENERS.has(lower) || NOT_A_NOUN.has(lower) || VERB_AFTER_NOUN.has(lower) || lower.endsWith("t") || lower.length < 2) return undefined;
  const formal = lower.endsWith("t") ? verb : `${verb}t`;
  const after = wordsOf(input.after);
  const question = /^[^.?!]*\?/u.test(input.after);
  const reflexive = !question && !OBJECTS.has(after[0]?.word ?? "");
  const text = `${formal} u${reflexive ? " zich" : ""}`;
  const back = verb.length + match[2]!.length;
  return { texts: [text], certain: false, extendBack: back };
}

/** "Je kunt", "je ontvangt": a subject "je" opening a clause; "je pakket is": a possessive one. */
function clauseStartJe(input: FormalRewriteInput): FormalRewrite | undefined {
  const before = input.before.toLowerCase().match(/(\p{L}+|[.?!,:;])\s*$/u)?.[1];
  const startsClause = before === undefined || /^[.?!,:;]$/u.test(before) || CLAUSE_OPENERS.has(before);
  if (!startsClause) return undefined;
  const [next, second] = wordsOf(input.after);
  if (!next?.word) return undefined;
  if (!next.endsSentence && second && VERB_AFTER_NOUN.has(second.word)) return { texts: [sameCase(input.original, "uw")], certain: false };
  if (next.word.endsWith("t") || MODALS.has(next.word)) return { texts: [sameCase(input.original, "u")], certain: false };
  return undefined;
}

/** The u-form of irregular plurals; the others drop "-en" and a doubled consonant and add t. */
const PLURAL_TO_FORMAL: Readonly<Record<string, string>> = {
  zijn: "bent", hebben: "heeft", kunnen: "kunt", willen: "wilt", zullen: "zult", mogen: "mag", moeten: "moet",
  gaan: "gaat", doen: "doet", komen: "komt", zien: "ziet", staan: "staat", weten: "weet", worden: "wordt",
};

function singularOf(plural: string): string | undefined {
  if (plural in PLURAL_TO_FORMAL) return PLURAL_TO_FORMAL[plural];
  if (!plural.endsWith("en") || plural.length < 5) return undefined;
  let stem = plural.slice(0, -2);
  if (/(\p{L})\1$/u.test(stem)) stem = stem.slice(0, -1);
  return stem.endsWith("t") ? stem : `${stem}t`;
}

/** "Jullie krijgen" → "U krijgt": the verb right after "jullie" goes to the singular, as a suggestion. */
function withSingularVerb(input: FormalRewriteInput): FormalRewrite {
  const next = input.after.match(/^\s+(\p{L}+)/u);
  const verb = next && singularOf(next[1]!.toLowerCase());
  if (!next || !verb) return { texts: [sameCase(input.original, "u")], certain: false };
  return { texts: [`${sameCase(input.original, "u")} ${verb}`], certain: false, extendBy: next[0].length };
}

export function rewriteToFormal(input: FormalRewriteInput): FormalRewrite | undefined {
  const { said, other, original } = input;
  if (said === "je" || said === "jij") {
    const withVerb = subjectWithVerb(input) ?? clauseStartJe(input) ?? (said === "je" ? openingVerb(input) : undefined);
    if (withVerb) return withVerb;
  }
  if (said === "je") return bareJe(input);
  // "jullie" takes a plural verb that must change too: "jullie krijgen" → "u krijgt".
  if (said === "jullie") return withSingularVerb(input);
  if (said.endsWith(" jullie")) return { texts: [sameCase(original, other)], certain: false };
  if (other.includes("(")) return { texts: other.replace(/[()]/g, "").split(/\s+of\s+/u).map((text) => sameCase(original, text.trim())), certain: false };
  if (other === said) return undefined;
  return { texts: [sameCase(original, other)], certain: true };
}
