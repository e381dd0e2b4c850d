// Labels each sentence of a Dutch turn with what it does (acts.ts). Grammar (questions.ts,
// offers.ts, feelings.ts) recognises what a sentence does in words no list foresaw; the phrase
// lists (phrases.nl.json, extendable from config) still count, so a school's or company's own
// wording is always recognised.
import type { Act, ActSpeaker, QuestionKind, SentenceActs } from "../../acts.js";
import type { PhraseBook } from "../../../text/phrases.js";
import type { PhraseListName } from "../../types.js";
import type { Token, Tokenized } from "../../../text/tokens.js";
import { clausesOf, coreStart, indexOfWord, wordAt, type Clause } from "./clauses.js";
import { showsEmotion, showsSympathy, tellsBadNews } from "./feelings.js";
import { offersInClause } from "./offers.js";
import { endsInCheckTag, questionByWordOrder, questionKind, type QuestionShape } from "./questions.js";
import { WordClasses } from "./word-classes.js";
import { CUSTOMER_PRONOUNS, FIRST_PERSON, INQUIRY_VERBS, REPORTING_VERBS } from "./words.js";

// The word sets asked about for a whole sentence are classes: one bit each, all found in one pass
// over the sentence (`WORDS.in`), then tested with `&`. Sets asked about for part of a sentence, or
// for where their word stands, stay sets.
const WORDS = new WordClasses();
const THANKS = WORDS.add(["bedankt", "dank", "dankuwel", "dankjewel", "merci", "bedanken", "dankje", "bedank"]);
const GOODBYE = new Set(["doei", "daag", "dag", "ciao", "houdoe", "salut", "doeg", "ajuu", "tabee"]);
const GOODBYE_AFTER_TOT = new Set(["ziens", "horens", "straks", "morgen", "zo", "later", "de", "volgende"]);
const WEEKDAYS = /^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gauw|dan|volgende|volgende week)$/;
const WISH_WORDS = WORDS.add(["succes", "sterkte", "beterschap", "plezier"]);
const HELP_VERBS = WORDS.add(["helpen", "doen", "betekenen", "dienen", "dienst", "verder"]);
const MORE = /^(?:vraag|vragen|vraagje|vraagjes|ergens|meer|anders|andere|verdere|overige|zaken|dingen|punten)$/;
const SUMMARY_WORDS = WORDS.add(["samengevat", "samenvattend", "samenvatten", "samenvatting", "recapituleren", "recapitulerend"]);
const CONVENIENCE_END = new Set(["uit", "gelegen"]);
const NOG_WORD = new Set(["nog"]);
const NOG = WORDS.add(NOG_WORD);
/** The words of a transfer: "ik verbind u door", "ik zet u door", "mijn collega neemt het over". */
const TRANSFER_VERBS = WORDS.add(["door", "doorverbinden", "doorverbonden", "doorschakelen", "doorgeschakeld", "doorzetten", "doorgeven", "over", "overnemen", "doorverbind"]);
const FURTHER = WORDS.add(["nog", "verder", "anders", "andere", "meer", "overige"]);

const MOMENT_WORDS = new Set(["moment", "momentje", "ogenblik", "ogenblikje", "minuutje", "minuut", "secondje", "seconde", "tel", "geduld"]);
const WAIT_WORDS = new Set(["wacht", "wachten", "doorverbinden", "doorverbind", "doorzetten", "doorschakelen", "verbinden", "aanblijven"]);
const CONTACT = WORDS.add(["contact"]);
const TRANSFER_CORE = WORDS.add(["doorverbinden", "doorverbonden", "doorverbind", "doorschakelen", "doorgeschakeld", "doorzetten"]);
const BRING = WORDS.add(["breng", "brengen"]);
const CONNECT = WORDS.add(["verbind", "verbinden", "schakel", "schakelen", "zet", "zetten", "geef", "geven"]);
const DOOR = WORDS.add(["door"]);
const TAKE_OVER = WORDS.add(["overnemen", "over"]);
const TAKES = WORDS.add(["neemt", "nemen", "overnemen"]);
const COLLEAGUES = WORDS.add(["collega", "collega's", "afdeling", "specialist", "team", "adviseur", "dienst"]);

const TALK = new Set(["praten", "spreken", "bellen", "babbelen"]);
const NOW = new Set(["nu", "even", "vrijuit", "eventjes", "momenteel"]);
const CUSTOMER = WORDS.add(CUSTOMER_PRONOUNS);
const FIRST = WORDS.add(FIRST_PERSON);

/** "Kunt u nu vrijuit praten?": whether the customer can talk now. */
function asksToTalk(tokens: readonly Token[], from: number, to: number, words: number): boolean {
  return (words & CUSTOMER) !== 0 && says(tokens, CUSTOMER_PRONOUNS, from, to) && says(tokens, TALK, from, to) && says(tokens, NOW, from, to);
}

/** "Hebt u ne moment?", "Heeft u even geduld?", "Mag ik u met haar doorverbinden?": asking to wait or be transferred. */
function asksToWait(tokens: readonly Token[], from: number, to: number, words: number): boolean {
  if ((words & CUSTOMER) === 0 || !says(tokens, CUSTOMER_PRONOUNS, from, to)) return false;
  // "op dit moment" says when, it asks for no moment.
  const moment = indexOfWord(tokens, MOMENT_WORDS, from, to);
  if (moment !== -1 && !tokens[moment]!.quoted && tokens[moment - 1]?.norm !== "dit") return true;
  return (words & FIRST) !== 0 && says(tokens, FIRST_PERSON, from, to) && says(tokens, WAIT_WORDS, from, to);
}

/** "Ik verbind u door met …", "Dan zet ik u door naar …", "Mijn collega Ingrid neemt het nu van mij over." */
function announcesTransfer(words: number): boolean {
  if (words & TRANSFER_CORE) return true;
  // "Ik breng u in contact met onze schade-expert"
  return all(words, BRING | CONTACT | CUSTOMER) || all(words, CONNECT | DOOR | CUSTOMER) || all(words, TAKES | TAKE_OVER | COLLEAGUES);
}

/** Every one of the classes `wanted` occurs in the sentence. */
function all(words: number, wanted: number): boolean {
  return (words & wanted) === wanted;
}

/** The first match of `list` in tokens [from, to) that is said, not quoted; -1 when none. */
function saidAt(phrases: PhraseBook, list: PhraseListName, tokens: readonly Token[], from: number, to: number): number {
  for (let at = from; at < to; ) {
    const match = phrases.findWithin(list, tokens, at, to);
    if (!match) return -1;
    if (!quotedIn(tokens, match.from, match.to)) return match.from;
    at = match.to;
  }
  return -1;
}

function quotedIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.quoted) return true;
  return false;
}

function said(phrases: PhraseBook, list: PhraseListName, tokens: readonly Token[], from: number, to: number): boolean {
  return saidAt(phrases, list, tokens, from, to) !== -1;
}

function has(tokens: readonly Token[], words: ReadonlySet<string>, from: number, to: number): boolean {
  return indexOfWord(tokens, words, from, to) !== -1;
}

/** One of `words` said by the speaker, not in a quotation ("Uw buurman zei 'heeft u een moment'"). */
function says(tokens: readonly Token[], words: ReadonlySet<string>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words.has(tokens[i]!.norm) && !tokens[i]!.quoted) return true;
  return false;
}

/**
 * "Dus u heeft …", "Dus sinds gisteren lekt het …", "U zegt dus dat …", "Samengevat: …", "Even
 * voor de zekerheid: …?", "U heeft geen stroom, klopt dat?". Never a sentence that offers: "Dus dan
 * stuur ik een monteur" moves on, it does not check.
 */
function summarises(text: string, tokens: readonly Token[], clauses: readonly Clause[], from: number, to: number, words: number, question: boolean, offers: boolean): boolean {
  if (words & SUMMARY_WORDS) return true;
  if (offers) return false;
  // "Begrijp ik goed dat …", "Als ik u goed hoor, …", "Even kijken of ik het goed heb: …"
  if (all(words, FIRST | GOED | UNDERSTAND) && (question || (words & IF_THAT) !== 0)) return true;
  if (tokens[from]!.norm === "dus" && to - from >= 4) return true;
  if (question && has(tokens, CERTAINTY, from, Math.min(to, from + 5))) return true;
  const aboutCustomer = (words & (CUSTOMER | UW)) !== 0;
  // "Ik herhaal het even: uw beagle is aangereden, … Is dat juist?": what follows the colon is checked.
  const content = announcedContent(text, tokens, clauses) ?? from;
  if (!aboutCustomer || has(tokens, FIRST_PERSON, content, Math.min(to, content + 2))) return false;
  if (to - from > 3 && tokens.slice(from, Math.min(to, from + 4)).some((t) => t.norm === "dus")) return true;
  if (endsInCheckTag(tokens, from, to) && to - from >= 4) return true;
  // "U wilt de afspraak verzetten, begrijp ik."
  if (to - from >= 5 && tokens[to - 1]!.norm === "ik" && /^(?:begrijp|hoor)$/.test(tokens[to - 2]!.norm)) return true;
  // "u zegt dat …", "u geeft aan dat …", "u belt over …"
  return clauses.some((c) => CUSTOMER_PRONOUNS.has(wordAt(tokens, c.core, c.to)) && REPORTING_VERBS.has(wordAt(tokens, c.core + 1, c.to)) && has(tokens, REPORT_LINKS, c.core + 2, c.to));
}
const UW = WORDS.add(["uw", "jouw"]);

/**
 * The start of what the agent announces with "ik herhaal het even:" or "ik check even:": the clause
 * after a colon, when the clause before it is the agent naming what they do.
 */
function announcedContent(text: string, tokens: readonly Token[], clauses: readonly Clause[]): number | undefined {
  const first = clauses[0];
  const next = clauses[1];
  if (!first || !next || !FIRST_PERSON.has(tokens[first.core]!.norm) || !INQUIRY_VERBS.has(tokens[first.core + 1]?.norm ?? "")) return undefined;
  return text.slice(tokens[first.to - 1]!.end, tokens[next.from]!.start).includes(":") ? next.from : undefined;
}
const TOCH = new Set(["toch"]);
const IF_THAT = WORDS.add(["als", "of"]);
const GOED = WORDS.add(["goed", "juist", "correct"]);
const UNDERSTAND = WORDS.add(["begrijp", "begrepen", "heb", "hoor", "gehoord", "zie", "snap", "versta", "verstaan", "verstond", "samenvat"]);
const CHECK_IN = WORDS.add(["bezig", "mee", "zoeken", "geduld", "gesprek", "pakken", "vergeten", "traag", "steeds"]);
const TAKES_LONG = WORDS.add(["lang", "langer"]);

/** Back briefly during a long hold: "ik ben er nog mee bezig", "nog even geduld", "sorry dat het zo lang duurt". */
function checksIn(words: number): boolean {
  return all(words, NOG | CHECK_IN) || all(words, DUURT | TAKES_LONG);
}
const DUURT = WORDS.add(["duurt", "duurde"]);
/** "Even voor de zekerheid: …?", "ter controle: …?" */
const CERTAINTY = new Set(["zekerheid", "controle", "check"]);
const REPORT_LINKS = new Set(["dat", "dus", "aan", "over", "omdat"]);

/** "Heeft u verder nog vragen", "kan ik nog iets anders voor u doen", "wilt u nog iets anders weten". */
function asksForMore(tokens: readonly Token[], from: number, to: number, words: number, question: boolean): boolean {
  if (!question || (words & NOG) === 0) return false;
  const nog = indexOfWord(tokens, NOG_WORD, from, to);
  if (nog === -1) return false;
  for (let i = nog + 1; i < Math.min(to, nog + 5); i++) {
    const word = tokens[i]!.norm;
    if (MORE.test(word)) return true;
    // "nog iets" as the thing asked about: at the end, or before "anders", "voor u", "waarmee"
    if (word === "iets" && (i === to - 1 || /^(?:anders|andere|voor|waarmee|waar|te|wat|dat)$/.test(tokens[i + 1]!.norm))) return true;
  }
  return false;
}

const TIMES = new Set(["dag", "middag", "namiddag", "voormiddag", "ochtend", "morgen", "avond", "nacht", "weekend", "week", "vakantie", "feestdagen", "zondag", "zaterdag", "reis", "verblijf", "verhuizing", "tijd"]);
const NOT_WISHES = new Set(["deze", "die", "welke", "elke", "iedere", "volgende", "vorige", "hele", "andere", "zelfde", "eerste", "laatste", "halve", "ene"]);

/** "(Nog een) sportieve dag", "rustige avond verder", "fijne vakantie": an adjective with a time of day. */
function wishesTime(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const adjective = tokens[i - 1]!.norm;
    if (TIMES.has(tokens[i]!.norm) && adjective.length > 3 && adjective.endsWith("e") && !NOT_WISHES.has(adjective) && (i - 1 === from || /^(?:een|nog|en)$/.test(tokens[i - 2]!.norm))) return true;
  }
  return false;
}

/** "Komt het u op dit moment uit?", "schikt het nu?", "stoor ik u?", "is dit een goed moment?" */
function asksConvenience(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (tokens[i]!.quoted) continue;
    const word = tokens[i]!.norm;
    const next = tokens[i + 1]?.norm;
    if ((word === "komt" || word === "kom") && (next === "het" || next === "dit" || next === "dat") && has(tokens, CONVENIENCE_END, i + 2, Math.min(to, i + 9))) return true;
    if (word === "schikt" || (word === "stoor" && (next === "ik" || next === "we"))) return true;
    if (word === "moment" && i > from && /^(?:goed|geschikt|gelegen|handig)$/.test(tokens[i - 1]!.norm)) return true;
  }
  return false;
}

function closesCall(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = tokens[i]!.norm;
    if (word === "tot" && GOODBYE_AFTER_TOT.has(tokens[i + 1]?.norm ?? "") && (tokens[i + 1]!.norm !== "de" || tokens[i + 2]?.norm === "volgende")) return true;
    // "dag" at the end or before "hoor" closes ("Oké, dag hoor"); "nog een fijne dag" wishes.
    if (GOODBYE.has(word) && (word !== "dag" || ((i === to - 1 || /^(?:dag|hoor)$/.test(tokens[i + 1]!.norm)) && !/e$/.test(tokens[i - 1]?.norm ?? "")))) return true;
    if (word.startsWith("daa") && /^da{2,}g$/.test(word)) return true;
    if (word === "tot" && WEEKDAYS.test(tokens[i + 1]?.norm ?? "")) return true;
  }
  return false;
}

// While a sentence is labelled its acts are bits of one number; they become a set at the end, in
// the order the labeller decides them. Most sentences do nothing: they share one empty set.
const ACT_ORDER: readonly Act[] = [
  "question", "thanks", "wish", "goodbye", "greeting", "badNews", "emotion", "introduction", "offerHelp", "convenience",
  "holdRequest", "checkIn", "transferAnnounce", "furtherQuestions", "empathy", "offer", "summary",
];
const ACT = Object.fromEntries(ACT_ORDER.map((act, i) => [act, 1 << i])) as Record<Act, number>;
const NO_ACTS: ReadonlySet<Act> = new Set();

function actSet(acts: number): ReadonlySet<Act> {
  if (acts === 0) return NO_ACTS;
  const set = new Set<Act>();
  for (let i = 0; i < ACT_ORDER.length; i++) if (acts & (1 << i)) set.add(ACT_ORDER[i]!);
  return set;
}

/** What one sentence (tokens [from, to)) does, said by `speaker`. */
function labelSentence(text: string, tokens: readonly Token[], from: number, to: number, markedQuestion: boolean, speaker: ActSpeaker, phrases: PhraseBook): SentenceActs {
  let acts = 0;
  const clauses = clausesOf(text, tokens, from, to);
  let shape: QuestionShape | undefined;
  for (const clause of clauses) if ((shape = questionByWordOrder(tokens, clause, from))) break;
  if (shape && !markedQuestion && instructsWithConsequence(text, tokens, clauses, shape, to)) shape = undefined;
  // "dus u heeft geen internet klopt dat": a tag asks for confirmation without a question mark.
  const question = markedQuestion || shape !== undefined || endsInCheckTag(tokens, from, to);
  // Only the lists that can start somewhere in this sentence are searched.
  const canMatch = phrases.candidateLists(tokens, from, to);
  const list = (name: PhraseListName) => canMatch(name) && said(phrases, name, tokens, from, to);
  const listAt = (name: PhraseListName) => (canMatch(name) ? saidAt(phrases, name, tokens, from, to) : -1);
  const words = WORDS.in(tokens, from, to);
  if (question) acts |= ACT.question;
  if ((words & THANKS) !== 0 || list("thanksCalling") || list("thanksWaiting") || list("thanksTime")) acts |= ACT.thanks;
  // "U ook" only answers a wish; on its own it wishes nothing.
  if ((!question && (list("goodDay") || wishesTime(tokens, from, to))) || (words & WISH_WORDS) !== 0) acts |= ACT.wish;
  if (closesCall(tokens, from, to)) acts |= ACT.goodbye;
  // A greeting opens its sentence ("Goedemiddag, …", "Ja, hallo"); "nog een fijne dag" is a wish.
  const greetingAt = Math.max(listAt("greeting"), listAt("informalGreeting"));
  if (greetingAt !== -1 && (greetingAt - from <= 2 || greetingAt === to - 1) && (acts & ACT.wish) === 0 && (acts & ACT.goodbye) === 0) acts |= ACT.greeting;

  if (speaker === "customer") {
    if (tellsBadNews(tokens, from, to) || list("customerBadNews") || list("customerLoss")) acts |= ACT.badNews;
    if (showsEmotion(tokens, from, to) || list("customerFrustration") || list("customerWorry")) acts |= ACT.emotion;
    return finish(tokens, from, to, acts, shape, phrases, canMatch);
  }

  if (introducesSelf(tokens, from, to, (acts & ACT.greeting) !== 0)) acts |= ACT.introduction;
  const more = (list("furtherQuestions") && (words & FURTHER) !== 0) || asksForMore(tokens, from, to, words, question);
  if (!more && (list("offerHelp") || (question && all(words, FIRST | HELP_VERBS | CUSTOMER)))) acts |= ACT.offerHelp;
  if (list("convenient") || asksConvenience(tokens, from, to) || (question && asksToTalk(tokens, from, to, words))) acts |= ACT.convenience;
  // Asked, not stated: "Dan kan ik u even in de wacht zetten." tells the customer what happens.
  const momentAt = listAt("askMoment");
  if ((momentAt !== -1 && (question || momentAt === coreStart(tokens, from, to))) || (question && asksToWait(tokens, from, to, words))) acts |= ACT.holdRequest;
  // "Zit u verder nog ergens mee?" asks for more; it does not report on the hold.
  if ((acts & ACT.holdRequest) === 0 && !more && (list("holdCheckIn") || checksIn(words))) acts |= ACT.checkIn;
  if ((list("transferAnnounce") && (words & TRANSFER_VERBS) !== 0) || announcesTransfer(words)) acts |= ACT.transferAnnounce;
  // The list's looser patterns ("kan ik u [nog] helpen") count only when something more is asked for.
  if (more) acts |= ACT.furtherQuestions;
  if (list("empathy") || showsSympathy(tokens, from, to)) acts |= ACT.empathy;
  const offers = (acts & ACT.transferAnnounce) !== 0 || ((acts & ACT.holdRequest) === 0 && (acts & ACT.offerHelp) === 0 && (acts & ACT.furtherQuestions) === 0 && (list("offer") || clauses.some((c, k) => offersInClause(tokens, c, question, k > 0))));
  if (offers) {
    acts |= ACT.offer;
    // "U kunt het beste …" advises; it wishes nothing.
    if ((words & WISH_WORDS) === 0) acts &= ~ACT.wish;
  }
  if (list("summaryCheck") || (question && list("controlQuestion") && (words & CUSTOMER) !== 0) || summarises(text, tokens, clauses, from, to, words, question, offers)) {
    // "U wilt toch zeker ook besparen?" steers; it does not check what the customer said.
    if (!list("suggestiveQuestion") && !has(tokens, TOCH, from, to - 1)) acts |= ACT.summary;
  }
  return finish(tokens, from, to, acts, shape, phrases, canMatch);
}

/**
 * The agent says who or where they are: "met Ahmed", "u spreekt met …", "mijn naam is …", "Ruben
 * hier", "met de klantenservice", or an organisation's name right after the greeting.
 */
function introducesSelf(tokens: readonly Token[], from: number, to: number, greeted: boolean): boolean {
  for (let i = from; i < to; i++) {
    const word = tokens[i]!.norm;
    const next = tokens[i + 1];
    if (next && (word === "met" || word === "ben" || word === "is" || word === "heet") && (next.capitalized || next.placeholder)) return true;
    if (word === "spreekt" && next?.norm === "met") return true;
    if (word === "met" && i - from <= 3 && (DEPARTMENTS.has(next?.norm ?? "") || (/^(?:de|het)$/.test(next?.norm ?? "") && DEPARTMENTS.has(tokens[i + 2]?.norm ?? "")))) return true;
    if (word === "hier" && i > from && (tokens[i - 1]!.capitalized || tokens[i - 1]!.placeholder)) return true;
  }
  // "Goedendag, Woonstichting Het Baken, afdeling Reparaties, …"
  return greeted && tokens.slice(from, Math.min(to, from + 3)).filter((t) => t.capitalized).length >= 2;
}
const DEPARTMENTS = new Set(["klantenservice", "servicedesk", "helpdesk", "afdeling", "receptie", "team", "administratie", "planning", "secretariaat", "klantendienst", "balie", "meldkamer"]);

function finish(tokens: readonly Token[], from: number, to: number, acts: number, shape: QuestionShape | undefined, phrases: PhraseBook, canMatch: (list: PhraseListName) => boolean): SentenceActs {
  if ((acts & ACT.question) === 0) return { from, to, acts: actSet(acts) };
  const suggestive = canMatch("suggestiveQuestion") && said(phrases, "suggestiveQuestion", tokens, from, to);
  const kind: QuestionKind = questionKind(tokens, from, to, shape, suggestive, (acts & ACT.summary) !== 0);
  return { from, to, acts: actSet(acts), question: kind };
}

/**
 * "Komt u meteen met hem hierheen, dan staat de dierenarts klaar.": a formal imperative with what
 * follows from it, closed by a full stop, instructs; it does not ask. Without punctuation
 * (speech-to-text) "heeft u een moment dan vraag ik het na" may ask, so only a written full stop counts.
 */
function instructsWithConsequence(text: string, tokens: readonly Token[], clauses: readonly Clause[], shape: QuestionShape, to: number): boolean {
  if (shape.kind !== "closed" || !/^["'”’)\s]*[.!]/u.test(text.slice(tokens[to - 1]!.end))) return false;
  return clauses.some((c) => c.core > shape.at && tokens[c.core]!.norm === "dan");
}

/** Every sentence of a tokenized turn, labelled. */
export function labelSentences(text: string, tokenized: Tokenized, speaker: ActSpeaker, phrases: PhraseBook): SentenceActs[] {
  const { tokens, sentences } = tokenized;
  const labelled = sentences.map((s) => labelSentence(text, tokens, s.from, s.to, s.question, speaker, phrases));
  if (speaker !== "agent") return labelled;
  for (let i = 1; i < labelled.length; i++) {
    if (!checkTagAfterStatement(text, tokens, labelled[i - 1]!, labelled[i]!)) continue;
    labelled[i - 1] = asControl(labelled[i - 1]!);
    labelled[i] = asControl(labelled[i]!);
  }
  return labelled;
}

/**
 * "U wilt een bank en een matras laten ophalen. Klopt dat?": a check tag standing alone makes the
 * statement about the customer before it a control question, spread over two sentences.
 */
function checkTagAfterStatement(text: string, tokens: readonly Token[], statement: SentenceActs, tag: SentenceActs): boolean {
  if (tag.to - tag.from > 3 || !endsInCheckTag(tokens, tag.from, tag.to)) return false;
  if (statement.to - statement.from < 4 || statement.acts.has("offer") || statement.acts.has("question") || statement.acts.has("summary")) return false;
  const content = announcedContent(text, tokens, clausesOf(text, tokens, statement.from, statement.to)) ?? statement.from;
  return has(tokens, ABOUT_CUSTOMER, content, statement.to) && !has(tokens, FIRST_PERSON, content, Math.min(statement.to, content + 2));
}
const ABOUT_CUSTOMER = new Set([...CUSTOMER_PRONOUNS, "uw", "jouw"]);

function asControl(sentence: SentenceActs): SentenceActs {
  const acts = new Set(sentence.acts).add("summary");
  return sentence.question ? { ...sentence, acts, question: "control" } : { ...sentence, acts };
}
