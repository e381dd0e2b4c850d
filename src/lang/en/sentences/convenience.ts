// Does an English agent ask whether the call suits the customer? Read from the question's build:
// a talk verb with "now", "free", "able" or a moment ("are you free to talk", "can you talk at the
// moment"); "is this a good time"; minutes or a moment asked for with nothing after but a talk
// ("do you have a couple of minutes to talk"); an offer to call back at a better time; "I hope I'm
// not interrupting". A time in a sales or planning question ("is now the time to switch", "when
// is a good time for the engineer") and a moment asked for a hold ("hold for a moment") are no such question.
import { find, startOf, wordsAt } from "./wording.js";

const set = (words: string) => new Set(words.trim().split(/\s+/));

const TALK = set("talk speak chat");
/** Words that place a talk in the present or ask whether it suits: "talk now", "free to talk". */
const NOW_OR_SUITS = set(`now currently moment minute minutes mins second seconds sec couple few free able ok okay alright
  convenient good bad time freely today`);
const SUITABLE = set("good bad convenient okay ok suitable better alright right decent");
/** What is asked for: "a couple of minutes", "two minutes", "a moment", "a few moments". */
const SPAN = set("minute minutes mins moment moments second seconds sec secs");
/** What may come after the span asked for ("… to talk", "… for a quick chat", "… now"). */
const AFTER_SPAN = set("to for now right at please today spare so then");
/** After "to": what the minutes are for, when it is the call itself (not "to hold", "to check"). */
const CALL_ITSELF = set("talk speak chat go run discuss answer do tell ask explain");
const CALL_BACK = set("call ring rang phone");
const PREFERS = set("better prefer rather easier later convenient suit suits");
const INTERRUPTS = set("interrupting disturbing bothering catching calling keeping");

/** "I hope I'm not interrupting your dinner": a question in the form of a hope, question mark or not. */
export function hopesNotToInterrupt(words: readonly string[]): boolean {
  const hope = find(words, "hope i'm not");
  const hopeLong = find(words, "hope i am not");
  return (hope !== -1 && INTERRUPTS.has(words[hope + 3] ?? "")) || (hopeLong !== -1 && INTERRUPTS.has(words[hopeLong + 4] ?? ""));
}

/** The sentence asks whether now is a good moment for this call. `question`: it is asked. */
export function asksConvenience(words: readonly string[], question: boolean): boolean {
  if (hopesNotToInterrupt(words)) return true;
  if (!question) return false;
  return talksNow(words) || goodTime(words) || asksForMinutes(words) || offersCallBack(words);
}

/** "are you free to talk", "is it ok to talk now", "can you talk at the moment", "are you able to speak freely". */
function talksNow(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!TALK.has(words[i]!)) continue;
    // "talk to your landlord": someone else to talk to.
    const to = words[i + 1] === "to" || words[i + 1] === "with" ? words[i + 2] : undefined;
    if (to !== undefined && !/^(?:you|me|us)$/.test(to)) return false;
    // "speak up": a request to the customer, not about the call.
    if (words[i + 1] === "up") return false;
    return words.some((w) => NOW_OR_SUITS.has(w));
  }
  return false;
}

/** "is this a good time", "is now a bad time", "is this still a convenient time for you", "is it a good moment". */
function goodTime(words: readonly string[]): boolean {
  const start = startOf(words);
  if (!/^(?:is|have|would|will)$/.test(words[start] ?? "")) return false;
  const subject = words[start + 1];
  for (let i = start + 2; i < Math.min(words.length, start + 8); i++) {
    if ((words[i] !== "time" && words[i] !== "moment") || !SUITABLE.has(words[i - 1]!)) continue;
    const rest = words.slice(i + 1);
    // "this" and "now" are the call; "it" may be anything ("is it a good time to buy a boiler").
    if (subject === "this" || subject === "now" || subject === "i") return rest.every((w) => w !== "buy" && w !== "switch");
    return rest.length === 0 || wordsAt(rest, 0, "for you|me") || wordsAt(rest, 0, "to talk|speak|chat|call");
  }
  return false;
}

/** "do you have a couple of minutes", "have you got two minutes for a quick chat", "can you spare a few minutes". */
function asksForMinutes(words: readonly string[]): boolean {
  const asks = find(words, "do you have") !== -1 || find(words, "have you got") !== -1 || find(words, "you spare") !== -1
    || find(words, "have you a") !== -1 || find(words, "got a") === 0;
  if (!asks) return false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // "time" only bare and for a talk: "do you have time to speak", not "the time of the appointment".
    const span = SPAN.has(word) || (word === "time" && words[i - 1] === "have" && wordsAt(words, i + 1, "to|now"));
    if (!span) continue;
    const next = words[i + 1];
    if (next === undefined) return true;
    if (!AFTER_SPAN.has(next)) return false;
    if (next === "to") return CALL_ITSELF.has(words[i + 2] ?? "");
    return true;
  }
  return false;
}

/** "Would it be better if I called you back this evening?", "would you prefer I call back later?". */
function offersCallBack(words: readonly string[]): boolean {
  const call = words.findIndex((w, i) => CALL_BACK.has(w.replace(/(?:ed|ing)$/, "")) && (words[i + 1] === "back" || words[i + 2] === "back"));
  return call !== -1 && words.some((w) => PREFERS.has(w));
}
