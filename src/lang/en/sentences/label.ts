// Labels each sentence of an English turn with what it does (acts.ts): the same acts and question
// kinds as the Dutch labeller. The phrase lists (phrases.en.json, extendable from config) count
// first; a few word tests catch what no list foresaw. How a sentence is recognised as a question
// can come from a grammar (grammar.ts, with compromise) instead of word order alone.
import type { Act, ActSpeaker, SentenceActs } from "../../acts.js";
import type { PhraseBook } from "../../../text/phrases.js";
import type { PhraseListName, SentenceLabeller } from "../../types.js";
import type { Token, Tokenized } from "../../../text/tokens.js";
import { asksForMore, saysGoodbye, thanksIsCause, wishes } from "./closing.js";
import { asksConvenience, hopesNotToInterrupt } from "./convenience.js";
import { showsEmotion, showsEmpathy, tellsBadNews } from "./feelings.js";
import { endsInCheckTag, opensWithAuxiliary, questionByWordOrder, questionKind, type QuestionShape } from "./questions.js";
import {
  CHECK_IN, CUSTOMER_PRONOUNS, DEPARTMENTS, FIRST_PERSON, HELP_VERBS, MOMENT_WORDS, OFFER_VERBS,
  SUMMARY_WORDS, THANKS, TIME_BEFORE, TRANSFER_WORDS,
} from "./words.js";

/** What a grammar says about one sentence, beyond its words. */
export interface SentenceGrammar {
  /** The sentence asks something, question mark or not. */
  isQuestion(sentence: string): boolean;
}

const ACT_ORDER: readonly Act[] = [
  "question", "thanks", "wish", "goodbye", "greeting", "badNews", "emotion", "introduction", "offerHelp", "convenience",
  "holdRequest", "checkIn", "transferAnnounce", "furtherQuestions", "empathy", "offer", "summary",
];

/** The first match of `list` in tokens [from, to) that is said, not quoted; -1 when none. */
function saidAt(phrases: PhraseBook, list: PhraseListName, tokens: readonly Token[], from: number, to: number): number {
  for (let at = from; at < to; ) {
    const match = phrases.findWithin(list, tokens, at, to);
    if (!match) return -1;
    if (!tokens.slice(match.from, match.to).some((t) => t.quoted)) return match.from;
    at = match.to;
  }
  return -1;
}

class Sentence {
  readonly words: Set<string>;
  /** The said words in order. */
  readonly said: readonly string[];
  /** Indexes into `said` of words a comma, dash or colon follows: where a clause ends. */
  readonly pauses = new Set<number>();
  constructor(readonly tokens: readonly Token[], readonly from: number, readonly to: number, private readonly phrases: PhraseBook, text: string) {
    const said = tokens.slice(from, to).filter((t) => !t.quoted);
    this.said = said.map((t) => t.norm);
    this.words = new Set(this.said);
    said.forEach((token, i) => {
      const next = said[i + 1];
      if (next && /[,;:–—]/.test(text.slice(token.end, next.start))) this.pauses.add(i);
    });
  }
  listAt(list: PhraseListName): number {
    return saidAt(this.phrases, list, this.tokens, this.from, this.to);
  }
  phrasesWithin(list: PhraseListName, from: number): { from: number; to: number } | undefined {
    const match = this.phrases.findWithin(list, this.tokens, from, this.to);
    return match && !this.tokens[match.from]!.quoted ? match : undefined;
  }
  says(list: PhraseListName): boolean {
    return this.listAt(list) !== -1;
  }
  has(words: ReadonlySet<string>): boolean {
    for (const word of words) if (this.words.has(word)) return true;
    return false;
  }
  word(i: number): string {
    return i >= this.from && i < this.to ? this.tokens[i]!.norm : "";
  }
}

/** "this is Sarah", "Sarah speaking", "you're through to …", "my name's Tom". */
function introducesSelf(s: Sentence): boolean {
  // The short phrases ("this is", "I'm") introduce only a name: "this is Sarah", not "this is broken".
  for (let at = s.from; at < s.to; ) {
    const match = s.phrasesWithin("selfIntroduction", at);
    if (!match) break;
    const next = s.tokens[match.to];
    if (match.to - match.from >= 3 || (next && match.to < s.to && (next.capitalized || next.placeholder))) return true;
    at = match.to;
  }
  for (let i = s.from; i < s.to; i++) {
    const token = s.tokens[i]!;
    const next = s.tokens[i + 1];
    if (token.quoted) continue;
    if ((token.norm === "this" || token.norm === "it's") && i - s.from <= 3 && (next?.capitalized || next?.placeholder) && (next.norm !== "is" || token.norm === "this")) return true;
    if (token.norm === "through" && s.word(i + 1) === "to") return true;
    if ((token.capitalized || token.placeholder) && i > s.from && (next?.norm === "speaking" || (next?.norm === "here" && i + 2 >= s.to))) return true;
    if (token.norm === "name's" && s.word(i - 1) === "my") return true;
    if (token.norm === "from" && i - s.from <= 6 && (DEPARTMENTS.has(s.word(i + 1)) || s.tokens[i + 1]?.capitalized || (s.word(i + 1) === "the" && s.tokens[i + 2]?.capitalized))) {
      if (s.words.has("i'm") || s.words.has("this") || s.words.has("it's") || s.words.has("calling")) return true;
    }
  }
  return false;
}

/** "I'll send you a new card", "we can arrange an engineer", "what I can do is …". */
function offers(s: Sentence, question: boolean): boolean {
  if (s.says("offer")) return !question || s.words.has("would");
  if (question) return s.words.has("like") && s.words.has("me") && s.words.has("would") && s.has(OFFER_VERBS);
  for (let i = s.from; i < s.to - 1; i++) {
    const word = s.word(i);
    const committed = word === "i'll" || word === "we'll" || ((word === "can" || word === "will") && (s.word(i - 1) === "i" || s.word(i - 1) === "we"));
    if (!committed) continue;
    for (let j = i + 1; j < Math.min(s.to, i + 4); j++) if (OFFER_VERBS.has(s.word(j))) return true;
  }
  return false;
}

/** "So you've had no signal since Monday", "Just to confirm: …", "…, is that right?". */
function summarises(s: Sentence, question: boolean, offer: boolean): boolean {
  if (s.says("summaryCheck") || s.has(SUMMARY_WORDS) && s.has(CUSTOMER_PRONOUNS)) return true;
  if (offer) return false;
  if (s.word(s.from) === "so" && CUSTOMER_PRONOUNS.has(s.word(s.from + 1)) && s.to - s.from >= 4) return true;
  return question && endsInCheckTag(s.tokens, s.from, s.to) && s.has(CUSTOMER_PRONOUNS);
}

function labelSentence(text: string, tokens: readonly Token[], from: number, to: number, markedQuestion: boolean, speaker: ActSpeaker, phrases: PhraseBook, grammar?: SentenceGrammar): SentenceActs {
  const acts = new Set<Act>();
  const s = new Sentence(tokens, from, to, phrases, text);
  const shape: QuestionShape | undefined = questionByWordOrder(tokens, from, to);
  // The grammar is asked only where word order cannot decide: it costs ~30 times the labelling.
  const undecided = grammar !== undefined && !markedQuestion && shape === undefined && opensWithAuxiliary(tokens, from, to);
  const question = markedQuestion || shape !== undefined || endsInCheckTag(tokens, from, to) || (undecided && grammar.isQuestion(text.slice(tokens[from]!.start, tokens[to - 1]!.end)))
    || (speaker === "agent" && hopesNotToInterrupt(s.said));
  if (question) acts.add("question");
  if ((s.has(THANKS) && !thanksIsCause(s.said)) || s.says("thanksCalling") || s.says("thanksWaiting") || s.says("thanksTime")) acts.add("thanks");
  if (wishes(s.said, question)) acts.add("wish");
  if (saysGoodbye(s.said)) acts.add("goodbye");
  // A greeting opens its sentence ("Good morning, …", "Yes, hi"); "this morning" says when.
  const greetingAt = Math.max(s.listAt("greeting"), s.listAt("informalGreeting"));
  if (greetingAt !== -1 && greetingAt - from <= 2 && !TIME_BEFORE.has(s.word(greetingAt - 1)) && !acts.has("wish") && !acts.has("goodbye")) acts.add("greeting");

  if (speaker === "customer") {
    if (s.says("customerBadNews") || s.says("customerLoss") || tellsBadNews(s.said)) acts.add("badNews");
    if (s.says("customerFrustration") || s.says("customerWorry") || showsEmotion(s.said)) acts.add("emotion");
    return finish(s, acts, shape);
  }

  if (introducesSelf(s)) acts.add("introduction");
  const more = asksForMore(s.said, question);
  if (!more && (s.says("offerHelp") || (question && s.has(FIRST_PERSON) && s.has(HELP_VERBS) && s.has(CUSTOMER_PRONOUNS) && s.words.has("how")))) acts.add("offerHelp");
  if (s.says("convenient") || asksConvenience(s.said, question)) acts.add("convenience");
  // "Do you have a moment to talk?" asks for the call, not for a wait.
  const asksMoment = (question && s.says("askMoment")) || (question && s.has(CUSTOMER_PRONOUNS) && s.has(MOMENT_WORDS) && !s.words.has("time"));
  if (asksMoment && !acts.has("convenience")) acts.add("holdRequest");
  if (!acts.has("holdRequest") && s.says("holdCheckIn")) acts.add("checkIn");
  if (!acts.has("holdRequest") && s.has(CHECK_IN) && s.words.has("still") && s.has(FIRST_PERSON)) acts.add("checkIn");
  if (s.says("transferAnnounce") || (s.has(TRANSFER_WORDS) && s.has(CUSTOMER_PRONOUNS) && (s.has(FIRST_PERSON) || s.words.has("let")))) acts.add("transferAnnounce");
  if (more) acts.add("furtherQuestions");
  if (s.says("empathy") || showsEmpathy(s.said, question, s.pauses)) acts.add("empathy");
  const offer = acts.has("transferAnnounce") || (!acts.has("holdRequest") && !acts.has("offerHelp") && !more && offers(s, question));
  if (offer) acts.add("offer");
  if (summarises(s, question, offer) && !s.says("suggestiveQuestion")) acts.add("summary");
  return finish(s, acts, shape);
}

function finish(s: Sentence, found: Set<Act>, shape: QuestionShape | undefined): SentenceActs {
  const acts = new Set(ACT_ORDER.filter((act) => found.has(act)));
  if (!acts.has("question")) return { from: s.from, to: s.to, acts };
  const kind = questionKind(s.tokens, s.from, s.to, shape, s.says("suggestiveQuestion"), acts.has("summary"));
  return { from: s.from, to: s.to, acts, question: kind };
}

/** A labeller for English turns; with a grammar, it decides which sentences are questions. */
export function englishLabeller(grammar?: SentenceGrammar): SentenceLabeller {
  return (text: string, tokenized: Tokenized, speaker: ActSpeaker, phrases: PhraseBook) =>
    tokenized.sentences.map((s) => labelSentence(text, tokenized.tokens, s.from, s.to, s.question, speaker, phrases, grammar));
}
