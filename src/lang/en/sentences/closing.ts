// How an English agent closes a call, read from the sentence's build rather than from fixed
// phrases: a wish is an imperative or "have a … day/evening/one", "enjoy your …", "take care",
// a hope for the customer; a question for more is "anything else" with nothing but filler after
// it, or "is that everything". Look-alikes with the same words ("have a good look at the letter",
// "take care when you open the meter", "did the engineer do anything else") stay out.
import { find, indexOf, startOf, wordsAt } from "./wording.js";

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** What a wish is for: "have a lovely evening", "have a good one", "enjoy your weekend". */
const WISHED_TIMES = set(`day days evening afternoon morning weekend week night one trip journey flight holiday holidays
  christmas easter break summer birthday time stay visit`);
/** After "take care": the end of a wish, not an instruction ("take care when you open the meter"). */
const AFTER_TAKE_CARE = set("now then and bye goodbye yourself love sir madam ma'am mate dear all");
/** Set wishes that need no verb: "all the best", "good luck", "safe travels", "happy Christmas". */
const SET_WISHES = ["all the best", "good luck", "best of luck", "best wishes", "safe travels", "safe home", "stay safe",
  "stay well", "stay warm", "keep well", "keep safe", "look after yourself", "take it easy", "have yourself a", "have a good one", "mind yourself", "mind how you go", "get well soon", "wishing you", "happy christmas",
  "merry christmas", "happy new year", "happy holidays", "happy easter", "god bless"];
/** What a hope for the customer is about: "I hope you feel better soon", "hope the rest of your week goes well". */
const HOPED = set("better well soon day week weekend evening afternoon goes go enjoy feel sorted rest recovery");
/** A return of a wish: "thanks, you too", "and you", "same to you" (not "good morning to you too"). */
const RETURNS = ["you too", "and you", "same to you", "likewise", "and yourself", "you as well"];

/** Words that may follow "anything else" in a question for more: "… I can help you with today". */
const FILLER = set(`i i'm we can could may might help you your with do for today at all that need from me us look into
  sort out this now morning afternoon evening sir madam ma'am there assist else please today's while i've got on the line
  want like wanted sorted covered done then`);
const MORE_AFTER = set("else more further other");
const QUESTION_NOUNS = set("question questions queries query concerns issues");

/** The sentence wishes the listener well. `question`: it is asked ("did you have a good day?" is no wish). */
export function wishes(words: readonly string[], question: boolean): boolean {
  if (SET_WISHES.some((wish) => find(words, wish) !== -1)) return true;
  const greets = words.some((w) => /^(?:morning|afternoon|evening|hello|hi|hiya)$/.test(w));
  if (words.length <= 6 && !greets && RETURNS.some((wish) => find(words, wish) !== -1)) return true;
  if (question) return false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // "(you) have a (very) good (rest of your) day": the thing wished within five words.
    if (word === "have" && wordsAt(words, i + 1, "a|an") && !/^(?:did|do|to|will|would|i|we|they|he|she)$/.test(words[i - 1] ?? "")) {
      for (let j = i + 2; j < Math.min(words.length, i + 7); j++) if (WISHED_TIMES.has(words[j]!)) return true;
    }
    // "enjoy your evening", "you enjoy the sunshine", "thanks for calling and enjoy the weekend": an imperative.
    if (word === "enjoy" && (i <= startOf(words) || /^(?:you|and|now|so|just|then|do|please|but)$/.test(words[i - 1] ?? ""))) return true;
    if (word === "take" && words[i + 1] === "care") {
      const next = words[i + 2];
      if (next === undefined || AFTER_TAKE_CARE.has(next) || (next === "of" && /^(?:yourself|you|yourselves)$/.test(words[i + 3] ?? ""))) return true;
    }
    // "I hope you feel better soon", "hope the rest of your week goes well".
    if (word === "hope" || word === "hoping") {
      const rest = words.slice(i + 1);
      if ((rest[0] === "you" || rest[0] === "your" || wordsAt(rest, 0, "the rest")) && rest.some((w) => HOPED.has(w))) return true;
    }
  }
  return false;
}

/** "bye", "ta-ra", "see you later", "speak to you tomorrow", "talk soon". */
export function saysGoodbye(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (/^(?:bye|goodbye|bye-bye|byee+|farewell|ta-ra|tara|ta-ta|cheerio|toodles|cya)$/.test(word)) return true;
    if (word === "see" || word === "talk" || word === "speak") {
      let at = i + 1;
      if (words[at] === "to" || words[at] === "with") at++;
      if (word !== "see" && words[at] === "soon" && at === i + 1) return true;
      if (words[at] !== "you" && words[at] !== "ya") continue;
      const after = words[at + 1];
      if (after === undefined || /^(?:soon|later|then|tomorrow|again|next|shortly|now)$/.test(after)) return true;
    }
  }
  return false;
}

/** "thanks to the new system": a cause, not a thanks; "thanks to you" still thanks. */
export function thanksIsCause(words: readonly string[]): boolean {
  const at = indexOf(words, new Set(["thanks"]));
  return at !== -1 && words[at + 1] === "to" && !/^(?:you|your|yourself|everyone|all)$/.test(words[at + 2] ?? "");
}

/** "Is there anything else I can help you with?", "Any other questions?", "Is that everything for today?". */
export function asksForMore(words: readonly string[], question: boolean): boolean {
  const start = startOf(words);
  for (let i = start; i < words.length; i++) {
    const word = words[i]!;
    if ((word === "anything" || word === "something" || word === "nothing") && MORE_AFTER.has(words[i + 1] ?? "")) {
      // Asked, or said as the whole question ("anything else I can do for you" without "?").
      if (!question && i !== start) return false;
      // Only the agent and the customer take part: "did the engineer do anything else" asks about a third.
      if (words.slice(start, i).some((w) => /^(?:the|he|she|they|it|engineer)$/.test(w))) return false;
      // "anything else on the account", "anything else to the boiler": a thing, not the call.
      const rest = words.slice(i + 2);
      return !(/^(?:on|to|in|about|like|with|for|at)$/.test(rest[0] ?? "") && /^(?:the|a|an|that|this|his|her|their|my)$/.test(rest[1] ?? ""));
    }
    // "What else can I do for you?", "any other way I can help?".
    if (word === "else" && words[i - 1] === "what" && question) return words.slice(i + 1).every((w) => FILLER.has(w));
    if (wordsAt(words, i, "any other|further way")) return question;
    // "Have I answered all your questions?", "Does that cover everything?".
    if (wordsAt(words, i, "everything you need|needed") && question) return true;
    if (/^(?:answered|covered|cover|answer)$/.test(word) && question && words.slice(i + 1).some((w) => w === "everything" || QUESTION_NOUNS.has(w))) return true;
    if ((word === "any" || MORE_AFTER.has(word)) && (MORE_AFTER.has(words[i + 1] ?? "") || word !== "any") && QUESTION_NOUNS.has(words[i + (word === "any" ? 2 : 1)] ?? "")) return question || i === start;
  }
  // "Is that everything?", "Is that all for today?", "Will that be all?".
  if (!question) return false;
  const that = find(words, "that");
  if (that === -1 || that > start + 2) return false;
  const what = words[that + 1] === "be" ? that + 2 : that + 1;
  return (words[what] === "all" || words[what] === "everything") && words.slice(what + 1).every((w) => FILLER.has(w) || w === "for" || w === "now");
}
