// Does the agent commit to doing something for the customer, propose a solution or a next step?
// Recognised by what the sentence does, not by one list of phrases:
// - the agent (ik, we) is the subject of an action verb: "ik stuur", "we plannen", "dan boek ik",
//   "ik kan de afspraak verzetten", "ik zou eerst de modem opnieuw opstarten", "ik heb het aangepast";
// - the customer gets, may or can something: "u krijgt", "u ontvangt", "u kunt het beste …";
// - someone else will act: "de monteur komt morgen", "een collega belt u terug";
// - a proposal as a question: "zal ik …", "wilt u dat ik …", "zou u interesse hebben in …".
// Not an offer: looking things up ("ik kijk even", "ik vraag het na", "ik heb het nagevraagd"),
// thinking and perceiving ("ik begrijp", "ik zie hier"), a hold ("ik zet u even in de wacht"),
// a negation ("dat kan ik helaas niet regelen"), or the reason of an outbound call ("ik bel u over …").
import type { Token } from "../../../text/tokens.js";
import type { Clause } from "./clauses.js";
import { indexOfWord, wordAt } from "./clauses.js";
import { FIRST_PERSON, INQUIRY_PARTICIPLES, INQUIRY_PARTICLES, INQUIRY_VERBS, MODALS, SEPARABLE_PARTICLES } from "./words.js";

const NEGATIONS = new Set(["niet", "nooit", "geen", "niks", "niets"]);
const CUSTOMER = new Set(["u", "je", "jij", "ge", "gij"]);
/** What the customer gets, may or can: "u krijgt een nieuwe pas", "u kunt het beste …". */
const CUSTOMER_GETS = new Set(["krijgt", "ontvangt", "hoort", "kunt", "kan", "mag", "hoeft"]);
/** Asking the customer for information is analysis, not an offer: "u kunt mij uw postcode geven". */
const INFORMATION_VERBS = new Set(["geven", "noemen", "vertellen", "spellen", "herhalen", "zeggen", "doorgeven", "opnoemen", "beschrijven", "uitleggen"]);
/** People and services who act for the customer. */
const OTHERS = new Set([
  "monteur", "technicus", "bezorger", "koerier", "collega", "collega's", "afdeling", "adviseur", "specialist",
  "dokter", "huisarts", "arts", "verpleegkundige", "iemand", "expert", "schade-expert", "loodgieter", "elektricien",
  "team", "servicedesk", "helpdesk", "chauffeur", "ambulance", "hulpdienst", "wegenwacht", "medewerker", "engineer",
  "ploeg", "monteurs", "technici", "planner", "planning", "brandweer", "bezorgdienst",
]);
/** "onze ploeg is ter plaatse", "de monteur is onderweg" */
const UNDER_WAY = new Set(["onderweg", "ter"]);
const OTHERS_ACT = new Set(["komt", "belt", "neemt", "gaat", "zal", "kan", "stuurt", "brengt", "haalt", "regelt", "helpt", "contacteert", "bezorgt"]);
/** Passive results: "het is geregeld", "dat wordt vergoed". */
const RESULT_AUXILIARIES = new Set(["is", "wordt", "worden", "zijn", "word"]);
const TOPIC_ADVERBS = new Set(["dan", "daarna", "nu", "straks", "morgen", "vandaag", "meteen", "direct", "eerst", "vervolgens", "zo", "dus", "daarom", "hierbij", "bij", "voor", "anders"]);
const BACK = new Set(["terug"]);
const ON_BEHALF = new Set(["aan", "om"]);
const INQUIRY_PARTICLES_NA = new Set(["na"]);
/** Words that follow a subject but are no verb: "we die al binnen hebben" is a subordinate clause. */
const NOT_VERBS = new Set(["die", "dat", "de", "het", "een", "u", "je", "al", "ook", "nog", "even", "graag", "wel", "niet", "hier", "daar", "er", "dan", "nu", "zelf", "allemaal", "uw", "jou", "jouw", "hem", "haar", "ze", "zo"]);
/** Subjects of a reported result: "het is geregeld", "dat wordt vergoed". */
const FUTURE_PASSIVE = new Set(["wordt", "worden"]);
const RESULT_SUBJECTS = new Set(["het", "dat", "dit", "alles", "'t"]);
const HEARS_FROM = new Set(["van", "binnen", "terug"]);
const INTEREST = new Set(["interesse", "belangstelling"]);
const HOLD_WORDS = new Set(["wacht", "wachtrij", "wachtstand"]);
/** Reasons for an outbound call: "ik bel u over uw abonnement". */
const CALL_REASON = new Set(["over", "namens", "omdat", "vanwege", "in", "om", "naar", "aangaande", "betreffende", "want"]);

/** A participle: ge…d/t/n, with a separable particle before "ge", or a be-/ver-/ont-/her- verb in d/t. */
export function isParticiple(word: string): boolean {
  if (word.length < 5) return false;
  if (/^ge\p{L}{2,}[dtn]$/u.test(word)) return true;
  if (SEPARABLE_PARTICLES.some((p) => word.startsWith(p + "ge") && word.length > p.length + 4 && /[dtn]$/.test(word))) return true;
  // "verstuurd", "besteld", "ontvangen"; not "vervelend" or "bezorgd" as a feeling.
  return /^(?:be|ver|ont|her|er)\p{L}{3,}[dt]$/u.test(word) && !/(?:end|ig|lijk)$/.test(word) && word !== "bezorgd";
}

function hasAny(tokens: readonly Token[], words: ReadonlySet<string>, from: number, to: number): boolean {
  return indexOfWord(tokens, words, from, to) !== -1;
}

/** The verb that carries the meaning after a modal: the last infinitive-like word of the clause. */
function mainVerbAfter(tokens: readonly Token[], from: number, to: number): string | undefined {
  const at = mainVerbIndex(tokens, from, to);
  return at === -1 ? undefined : tokens[at]!.norm;
}

function mainVerbIndex(tokens: readonly Token[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const word = tokens[i]!.norm;
    if (word.endsWith("en") && word.length > 3 && !CUSTOMER.has(word)) return i;
  }
  return -1;
}

/**
 * A look-up verb with a particle that makes it a deed: "de stekker eruit halen", "het filter
 * weghalen" act, where "uw dossier erbij halen" looks something up.
 */
function particleMakesDeed(tokens: readonly Token[], from: number, to: number): boolean {
  const at = mainVerbIndex(tokens, from, to);
  return at > from && DEED_PARTICLES.has(tokens[at - 1]!.norm);
}
/** Stretches of a clause joined by "en" or "of", each with its own infinitive. */
function conjuncts(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const parts: [number, number][] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (tokens[i]!.norm !== "en" && tokens[i]!.norm !== "of") continue;
    parts.push([start, i]);
    start = i + 1;
  }
  parts.push([start, to]);
  return parts;
}
const DEED_PARTICLES = new Set(["uit", "eruit", "weg", "af", "eraf", "leeg", "schoon", "los"]);

/** The agent as subject of an action: the commitment's verb, if any. */
function firstPersonAction(tokens: readonly Token[], clause: Clause, question: boolean, afterClause: boolean): boolean {
  const { core, to } = clause;
  let subject = -1;
  let verb = -1;
  if (FIRST_PERSON.has(wordAt(tokens, core, to))) {
    subject = core;
    verb = core + 1;
  } else if (!question && afterClause && FIRST_PERSON.has(wordAt(tokens, core + 1, to))) {
    // "Als u de meterstand doorgeeft, maak ik een nieuwe afrekening": the verb first after a fronted clause.
    subject = core + 1;
    verb = core;
  } else if (!question && TOPIC_ADVERBS.has(wordAt(tokens, core, to)) && FIRST_PERSON.has(wordAt(tokens, core + 2, to))) {
    // "Dan stuur ik u …", "Morgen bellen we u terug": a word first, then verb and subject.
    subject = core + 2;
    verb = core + 1;
  } else if (question && (wordAt(tokens, core, to) === "zal" || wordAt(tokens, core, to) === "zullen") && FIRST_PERSON.has(wordAt(tokens, core + 1, to))) {
    // "Zal ik een monteur sturen?": a proposal.
    subject = core + 1;
    verb = core;
  }
  if (subject === -1 || verb >= to || NOT_VERBS.has(tokens[verb]!.norm)) return false;
  const rest = Math.max(subject, verb) + 1;
  if (hasAny(tokens, NEGATIONS, rest, to) || hasAny(tokens, HOLD_WORDS, rest, to)) return false;
  const finite = tokens[verb]!.norm;
  if (question && finite !== "zal" && finite !== "zullen") return false;
  if (MODALS.has(finite)) {
    // "Ik zou de stekker eruit halen en na een minuut er weer in doen": each joined verb counts.
    return conjuncts(tokens, rest, to).some(([from, end]) => {
      const main = mainVerbAfter(tokens, from, end);
      return main !== undefined && (!INQUIRY_VERBS.has(main) || particleMakesDeed(tokens, from, end));
    });
  }
  if (finite === "heb" || finite === "hebben") {
    for (let i = rest; i < to; i++) {
      const word = tokens[i]!.norm;
      if (isParticiple(word)) return !INQUIRY_PARTICIPLES.has(word);
    }
    return false;
  }
  if (finite === "bel" || finite === "bellen") return hasAny(tokens, BACK, rest, to);
  // "ik vraag het na" looks up; "ik vraag een nieuwe pas aan", "ik vraag de planning om …" acts.
  if (finite === "vraag" || finite === "vragen") return hasAny(tokens, ON_BEHALF, rest, to) && !hasAny(tokens, INQUIRY_PARTICLES_NA, rest, to);
  if (INQUIRY_VERBS.has(finite)) return false;
  // "ik zoek het even op", "ik kijk het na": a look-up verb with its particle.
  const last = tokens[to - 1]!.norm;
  if (INQUIRY_PARTICLES.has(last) && INQUIRY_VERBS.has(finite + last)) return false;
  return true;
}

/** The customer gets or may something: "u krijgt …", "dan kunt u …", "u kunt het beste …". */
function customerGets(tokens: readonly Token[], clause: Clause, question: boolean): boolean {
  if (question) return false;
  const { core, to } = clause;
  let verb = -1;
  if (CUSTOMER.has(wordAt(tokens, core, to)) && CUSTOMER_GETS.has(wordAt(tokens, core + 1, to))) verb = core + 1;
  else if (TOPIC_ADVERBS.has(wordAt(tokens, core, to)) && CUSTOMER_GETS.has(wordAt(tokens, core + 1, to)) && CUSTOMER.has(wordAt(tokens, core + 2, to))) verb = core + 1;
  if (verb === -1) return false;
  const rest = verb + 1;
  if (hasAny(tokens, NEGATIONS, rest, to)) return false;
  const main = mainVerbAfter(tokens, rest, to);
  if (main !== undefined && (INFORMATION_VERBS.has(main) || INQUIRY_VERBS.has(main))) return false;
  if (tokens[verb]!.norm === "hoort" && !hasAny(tokens, HEARS_FROM, rest, to)) return false;
  return true;
}

/** Someone else will act for the customer: "de monteur komt morgen", "een collega belt u terug". */
function othersAct(tokens: readonly Token[], clause: Clause, question: boolean): boolean {
  if (question) return false;
  const { core, to } = clause;
  for (let i = core; i < Math.min(to, core + 4); i++) {
    if (!OTHERS.has(tokens[i]!.norm)) continue;
    // "mijn collega Sanne belt u terug": a name may follow the noun.
    let after = i + 1;
    while (after < to && tokens[after]!.capitalized) after++;
    const next = wordAt(tokens, after, to);
    i = after - 1;
    if (OTHERS_ACT.has(next) && !hasAny(tokens, NEGATIONS, after + 1, to)) return true;
    if ((next === "is" || next === "zijn") && UNDER_WAY.has(wordAt(tokens, after + 1, to))) return true;
  }
  return false;
}

/** A result the agent reports: "het is geregeld", "dat wordt vergoed", "uw pas is geblokkeerd". */
function resultReported(tokens: readonly Token[], clause: Clause, question: boolean): boolean {
  if (question) return false;
  const { core, to } = clause;
  // "het is geregeld" (a pronoun and "is"), or "het pakket wordt morgen bezorgd" (what will be done).
  let aux = RESULT_SUBJECTS.has(wordAt(tokens, core, to)) && RESULT_AUXILIARIES.has(wordAt(tokens, core + 1, to)) ? core + 1 : -1;
  // "Dit gesprek kan worden opgenomen" is a notice, not a promise: no modal before the passive.
  if (aux === -1 && !hasAny(tokens, MODALS, core, to)) aux = indexOfWord(tokens, FUTURE_PASSIVE, core + 1, Math.min(to, core + 4));
  if (aux === -1 || hasAny(tokens, NEGATIONS, aux + 1, to)) return false;
  for (let j = aux + 1; j < to; j++) {
    const word = tokens[j]!.norm;
    // After "wordt", "bezorgd" is delivered, not worried.
    const participle = isParticiple(word) || (word === "bezorgd" && FUTURE_PASSIVE.has(tokens[aux]!.norm));
    if (participle && !INQUIRY_PARTICIPLES.has(word) && word !== "gebeurd" && word !== "geweest" && word !== "gebeld") return true;
  }
  return false;
}

/** A proposal asked as a question: "wilt u dat ik …", "zou u interesse hebben in …". */
function proposalQuestion(tokens: readonly Token[], clause: Clause): boolean {
  const { core, to } = clause;
  const first = wordAt(tokens, core, to);
  const second = wordAt(tokens, core + 1, to);
  if ((first === "wilt" || first === "wil") && CUSTOMER.has(second) && wordAt(tokens, core + 2, to) === "dat" && FIRST_PERSON.has(wordAt(tokens, core + 3, to))) return true;
  return hasAny(tokens, INTEREST, core, to) && CUSTOMER.has(second);
}

/** The clause offers something: see the file comment. */
export function offersInClause(tokens: readonly Token[], clause: Clause, question: boolean, afterClause = false): boolean {
  if (clause.core >= clause.to) return false;
  // "ik bel u over uw energiecontract": why an outbound call is made, not an offer.
  const { core, to } = clause;
  if (FIRST_PERSON.has(wordAt(tokens, core, to)) && wordAt(tokens, core + 1, to) === "bel" && CALL_REASON.has(wordAt(tokens, core + 3, to))) return false;
  return firstPersonAction(tokens, clause, question, afterClause) || customerGets(tokens, clause, question) || othersAct(tokens, clause, question) || resultReported(tokens, clause, question) || (question && proposalQuestion(tokens, clause));
}
