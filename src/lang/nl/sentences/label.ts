// Labels each sentence of a Dutch turn with what it does (acts.ts). Grammar (questions.ts,
// offers.ts, feelings.ts) recognises what a sentence does in words no list foresaw; the phrase
// lists (phrases.nl.json, extendable from config) still count, so a school's or company's own
// wording is always recognised.
import type { Act, ActSpeaker, QuestionKind, SentenceActs } from "../../acts.js";
import type { PhraseBook } from "../../../text/phrases.js";
import type { Token, Tokenized } from "../../../text/tokens.js";
import { clausesOf, indexOfWord, wordAt, type Clause } from "./clauses.js";
import { showsEmotion, showsSympathy, tellsBadNews } from "./feelings.js";
import { offersInClause } from "./offers.js";
import { endsInCheckTag, questionByWordOrder, questionKind, type QuestionShape } from "./questions.js";
import { CUSTOMER_PRONOUNS, FIRST_PERSON, REPORTING_VERBS } from "./words.js";

const THANKS = new Set(["bedankt", "dank", "dankuwel", "dankjewel", "merci", "bedanken", "dankje", "bedank"]);
const GOODBYE = new Set(["doei", "daag", "dag", "ciao", "houdoe", "salut", "doeg", "ajuu", "tabee"]);
const GOODBYE_AFTER_TOT = new Set(["ziens", "horens", "straks", "morgen", "zo", "later", "de", "volgende"]);
const WISH_WORDS = new Set(["succes", "sterkte", "beterschap", "plezier"]);
const HELP_VERBS = new Set(["helpen", "doen", "betekenen", "dienen", "dienst", "verder"]);
const MORE = /^(?:vraag|vragen|vraagje|vraagjes|ergens|meer|anders|andere|verdere|overige)$/;
const SUMMARY_WORDS = new Set(["samengevat", "samenvattend", "samenvatten", "samenvatting", "recapituleren", "recapitulerend"]);
const CONVENIENCE_END = new Set(["uit", "gelegen"]);
const NOG = new Set(["nog"]);
/** The words of a transfer: "ik verbind u door", "ik zet u door", "mijn collega neemt het over". */
const TRANSFER_VERBS = new Set(["door", "doorverbinden", "doorverbonden", "doorschakelen", "doorgeschakeld", "doorzetten", "doorgeven", "over", "overnemen", "doorverbind"]);
const FURTHER = new Set(["nog", "verder", "anders", "andere", "meer", "overige"]);

/** The first match of `list` in tokens [from, to) that is said, not quoted. */
function saidAt(phrases: PhraseBook, list: string, tokens: readonly Token[], from: number, to: number): number {
  if (!phrases.has(list)) return -1;
  for (let at = from; at < to; ) {
    const match = phrases.find(list, tokens, at, to);
    if (!match) return -1;
    if (!tokens.slice(match.from, match.to).some((t) => t.quoted)) return match.from;
    at = match.to;
  }
  return -1;
}

function said(phrases: PhraseBook, list: string, tokens: readonly Token[], from: number, to: number): boolean {
  return saidAt(phrases, list, tokens, from, to) !== -1;
}

function has(tokens: readonly Token[], words: ReadonlySet<string>, from: number, to: number): boolean {
  return indexOfWord(tokens, words, from, to) !== -1;
}

/** "Dus u heeft …", "U zegt dus dat …", "Samengevat: …", "U heeft geen stroom, klopt dat?" */
function summarises(tokens: readonly Token[], clauses: readonly Clause[], from: number, to: number): boolean {
  if (has(tokens, SUMMARY_WORDS, from, to)) return true;
  const aboutCustomer = has(tokens, CUSTOMER_PRONOUNS, from, to) || has(tokens, UW, from, to);
  if (!aboutCustomer || has(tokens, FIRST_PERSON, from, Math.min(to, from + 2))) return false;
  if (tokens[from]!.norm === "dus" || (to - from > 3 && tokens.slice(from, Math.min(to, from + 4)).some((t) => t.norm === "dus"))) return true;
  if (endsInCheckTag(tokens, from, to) && to - from >= 4) return true;
  // "u zegt dat …", "u geeft aan dat …", "u belt over …"
  return clauses.some((c) => CUSTOMER_PRONOUNS.has(wordAt(tokens, c.core, c.to)) && REPORTING_VERBS.has(wordAt(tokens, c.core + 1, c.to)) && has(tokens, REPORT_LINKS, c.core + 2, c.to));
}
const UW = new Set(["uw", "jouw"]);
const REPORT_LINKS = new Set(["dat", "dus", "aan", "over", "omdat"]);

/** "Heeft u verder nog vragen", "kan ik nog iets anders voor u doen", "wilt u nog iets anders weten". */
function asksForMore(tokens: readonly Token[], from: number, to: number, question: boolean): boolean {
  if (!question) return false;
  const nog = indexOfWord(tokens, NOG, from, to);
  if (nog === -1) return false;
  for (let i = nog + 1; i < Math.min(to, nog + 5); i++) {
    const word = tokens[i]!.norm;
    if (MORE.test(word)) return true;
    // "nog iets" as the thing asked about: at the end, or before "anders", "voor u", "waarmee"
    if (word === "iets" && (i === to - 1 || /^(?:anders|andere|voor|waarmee|waar|te|wat|dat)$/.test(tokens[i + 1]!.norm))) return true;
  }
  return false;
}

/** "Komt het u op dit moment uit?", "schikt het nu?", "stoor ik u?", "is dit een goed moment?" */
function asksConvenience(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
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
    if (GOODBYE.has(word) && (word !== "dag" || i === to - 1 || tokens[i + 1]?.norm === "dag")) return true;
  }
  return false;
}

/** What one sentence (tokens [from, to)) does, said by `speaker`. */
function labelSentence(text: string, tokens: readonly Token[], from: number, to: number, markedQuestion: boolean, speaker: ActSpeaker, phrases: PhraseBook): SentenceActs {
  const acts = new Set<Act>();
  const clauses = clausesOf(text, tokens, from, to);
  let shape: QuestionShape | undefined;
  for (const clause of clauses) if ((shape = questionByWordOrder(tokens, clause))) break;
  const question = markedQuestion || shape !== undefined;
  const list = (name: string) => said(phrases, name, tokens, from, to);
  if (question) acts.add("question");
  if (has(tokens, THANKS, from, to) || list("thanksCalling") || list("thanksWaiting") || list("thanksTime")) acts.add("thanks");
  if (closesCall(tokens, from, to)) acts.add("goodbye");
  if ((!question && (list("goodDay") || list("goodDayReply"))) || has(tokens, WISH_WORDS, from, to)) acts.add("wish");
  // A greeting opens its sentence ("Goedemiddag, …", "Ja, hallo"); "nog een fijne dag" is a wish.
  const greetingAt = Math.max(saidAt(phrases, "greeting", tokens, from, to), saidAt(phrases, "informalGreeting", tokens, from, to));
  if (greetingAt !== -1 && greetingAt - from <= 2 && !acts.has("wish") && !acts.has("goodbye")) acts.add("greeting");

  if (speaker === "customer") {
    if (tellsBadNews(tokens, from, to) || list("customerBadNews") || list("customerLoss")) acts.add("badNews");
    if (showsEmotion(tokens, from, to) || list("customerFrustration") || list("customerWorry")) acts.add("emotion");
    return finish(tokens, from, to, acts, shape, phrases);
  }

  if (list("selfIntroduction") && introducesSelf(tokens, from, to)) acts.add("introduction");
  if (list("offerHelp") || (question && has(tokens, FIRST_PERSON, from, to) && has(tokens, HELP_VERBS, from, to) && has(tokens, CUSTOMER_PRONOUNS, from, to) && !asksForMore(tokens, from, to, question))) acts.add("offerHelp");
  if (list("convenient") || asksConvenience(tokens, from, to)) acts.add("convenience");
  if (list("summaryCheck") || (question && list("controlQuestion") && has(tokens, CUSTOMER_PRONOUNS, from, to)) || summarises(tokens, clauses, from, to)) acts.add("summary");
  if (list("askMoment")) acts.add("holdRequest");
  if (list("holdCheckIn")) acts.add("checkIn");
  if (list("transferAnnounce") && has(tokens, TRANSFER_VERBS, from, to)) acts.add("transferAnnounce");
  // The list's looser patterns ("kan ik u [nog] helpen") count only when something more is asked for.
  if ((list("furtherQuestions") && has(tokens, FURTHER, from, to)) || asksForMore(tokens, from, to, question)) acts.add("furtherQuestions");
  if (list("empathy") || showsSympathy(tokens, from, to)) acts.add("empathy");
  const offers = acts.has("transferAnnounce") || (!acts.has("holdRequest") && !acts.has("offerHelp") && !acts.has("furtherQuestions") && (list("offer") || clauses.some((c) => offersInClause(tokens, c, question))));
  if (offers) acts.add("offer");
  return finish(tokens, from, to, acts, shape, phrases);
}

/** A self-introduction phrase followed by a name, a placeholder or an organisation. */
function introducesSelf(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    const word = tokens[i]!.norm;
    const next = tokens[i + 1]!;
    if ((word === "met" || word === "ben" || word === "is" || word === "hier") && (next.capitalized || next.placeholder)) return true;
    if (word === "spreekt" && tokens[i + 1]?.norm === "met") return true;
  }
  return false;
}

function finish(tokens: readonly Token[], from: number, to: number, acts: Set<Act>, shape: QuestionShape | undefined, phrases: PhraseBook): SentenceActs {
  if (!acts.has("question")) return { from, to, acts };
  const suggestive = said(phrases, "suggestiveQuestion", tokens, from, to);
  const kind: QuestionKind = questionKind(tokens, from, to, shape, suggestive, acts.has("summary"));
  return { from, to, acts, question: kind };
}

/** Every sentence of a tokenized turn, labelled. */
export function labelSentences(text: string, tokenized: Tokenized, speaker: ActSpeaker, phrases: PhraseBook): SentenceActs[] {
  const { tokens, sentences } = tokenized;
  return sentences.map((s) => labelSentence(text, tokens, s.from, s.to, s.question, speaker, phrases));
}
