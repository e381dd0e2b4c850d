// Feelings in an English call, read from who says what about whom. The agent shows empathy with a
// first-person statement about the customer's situation ("I'm sorry to hear…", "that must be…", "I
// can imagine…", "I understand how worrying…"); understanding a document or seeing a screen ("I
// understand the invoice…", "I can see the order") and an apology for not hearing are not empathy.
// The customer shows emotion in the first person ("I'm fed up", "I'm not happy") or about the
// situation ("this is ridiculous"), and tells bad news about what happened to them.
import { find, indexOf } from "./wording.js";

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Words that name a hard situation or a feeling about it. */
const HARD = set(`frustrating frustrated frustration difficult awful terrible annoying annoyed stressful stressed worrying worried
  worry worries hard upsetting upset scary horrible distressing shock shocking frightening frightened rough tough painful
  unsettling disappointing disappointed dreadful nightmare angry devastating heartbreaking sad concern concerns concerned
  unfair horrid inconvenient inconvenience anxious anxiety frightful traumatic awkward distress pain nuisance`);
const UNDERSTANDING = set("understand imagine see hear get know appreciate sympathise sympathize");
const FIRST_PERSON = set("i i'm i've i'd we we're");
/** After "sorry": about the customer's situation ("sorry to hear", "sorry about your husband"). */
const SORRY_FOR_THEM = set("to about for you you've you're you'd your that this it's");
/** In a "sorry" sentence: an apology for not hearing or for the system, not empathy. */
const APOLOGY = set("repeat again pardon say spell postcode name number line hear loading system");
/** Right after "sorry (for|about) (the)": an apology for our own wait ("sorry for the wait"), not empathy. */
const OWN_WAIT = set("wait waiting delay hold keeping");
/** Said only of someone's hard situation: "a lot to deal with", "I really feel for you". */
const SYMPATHY = ["a lot to deal with", "lot on your plate", "feel for you", "feel the same", "don't blame you", "every right to",
  "right to be", "completely understandable", "poor thing", "bless you", "not what you need", "not what you want", "been through",
  "not good at all", "that's not good", "that's not right", "that's not on", "that's not acceptable", "sorry that happened",
  "not ideal", "that's no good", "poor you", "what a pain", "only apologise", "only apologize", "do apologise", "do apologize",
  "sincerely apologise", "sincerely apologize", "really apologise", "really apologize", "not the service"];
/** What an apology is for when it is for the customer's trouble: "I do apologise for the mix-up". */
const TROUBLE = set("trouble mix-up confusion hassle bother nuisance");

/**
 * The agent shows understanding of the customer's situation. `pauses`: indexes of words a comma or
 * dash follows ("I understand, let me check" is empathy; "I understand the invoice" is not).
 */
export function showsEmpathy(words: readonly string[], question: boolean, pauses: ReadonlySet<number> = new Set()): boolean {
  if (SYMPATHY.some((phrase) => find(words, phrase) !== -1)) return true;
  if (find(words, "apologise|apologize|apologies for the") !== -1 && words.some((w) => HARD.has(w) || TROUBLE.has(w))) return true;
  if (words.includes("condolences") || find(words, "oh|ah no|dear|gosh|goodness|lord") !== -1 || find(words, "goodness me") !== -1 || find(words, "last thing you") !== -1) return true;
  if (find(words, "what a") !== -1 && words.some((w) => HARD.has(w) || w === "shame" || w === "pain" || w === "thing")) return true;
  const hard = words.some((w) => HARD.has(w));
  // "I'm so sorry to hear that", "I'm sorry about your husband", "I'm so sorry." — not "sorry, could you repeat that?".
  const sorry = words.indexOf("sorry");
  const ownWait = sorry !== -1 && (OWN_WAIT.has(words[sorry + 2] ?? "") || OWN_WAIT.has(words[sorry + 3] ?? "") || find(words, "taking so|too long") !== -1);
  if (sorry !== -1 && !ownWait && !words.some((w) => APOLOGY.has(w))) {
    const next = words[sorry + 1];
    if (next === undefined || (SORRY_FOR_THEM.has(next) && !question) || hard) return true;
  }
  // "That must be really worrying", "that sounds stressful", "how awful", "I'd be frustrated too";
  // not "it's hard to say" or a question ("is the form difficult?").
  if (hard && (!question || words[0] === "how") && words.some((w, i) => HARD.has(w) && saidOfSituation(words, i))) return true;
  // "I understand why you're upset", "I can see why", "I completely understand", "I hear you".
  for (let i = 0; i < words.length; i++) {
    if (!UNDERSTANDING.has(words[i]!)) continue;
    const before = words.slice(Math.max(0, i - 3), i);
    if (!before.some((w) => FIRST_PERSON.has(w))) continue;
    const next = words[i + 1];
    if (words[i] === "imagine" && !question) return true;
    if (hard) return !question;
    if ((next === undefined && words.length <= 4) || (pauses.has(i) && /^(?:understand|appreciate)$/.test(words[i]!))) return true;
    if (/^(?:completely|totally|fully|entirely)$/.test(words[i - 1] ?? "") && (next === undefined || /^(?:that|why|how)$/.test(next))) return true;
    if (words[i] === "hear" && next === "you" && !/^(?:now|ok|okay|fine|clearly|better)$/.test(words[i + 2] ?? "")) return true;
    if (next === "why" || next === "how") return true;
  }
  return false;
}

/** Words between "that", "it", "must" or "how" and the hard word: "that must have been a real shock". */
const BRIDGE = set(`is be been 's sounds sound seems seem must must've have has really so very such a an quite incredibly absolutely
  terribly awfully bit little pretty extremely real bloody`);
/** Who or what the hard word is said of: the situation, or the customer ("you've had a rough time"). */
const SITUATION_OPENERS = set("that this it that's it's how must sounds seems i'd you you've you're such had having going");
/** After "hard to": what the customer has to bear ("hard to deal with"), not a task ("hard to say"). */
const BEAR = set("deal cope hear take manage live accept handle bear");

function saidOfSituation(words: readonly string[], at: number): boolean {
  if (words[at + 1] === "to" && !BEAR.has(words[at + 2] ?? "")) return false;
  for (let i = at - 1; i >= Math.max(0, at - 5); i--) {
    if (SITUATION_OPENERS.has(words[i]!)) return true;
    if (!BRIDGE.has(words[i]!)) return false;
  }
  return false;
}

/** Emotion words a customer says of themselves: "I'm fed up", "I'm worried sick". */
const EMOTIONS = set(`fed angry furious upset frustrated annoyed disappointed livid fuming gutted devastated worried scared afraid
  anxious nervous panicking stressed frightened terrified distraught desperate heartbroken sick tired exhausted beside disgusted
  appalled shocked cross mad miserable fuming raging seething petrified beyond embarrassed humiliated shaking`);
/** Positive words a customer denies: "I'm not happy", "not impressed". */
const DENIED = set("happy pleased impressed satisfied amused");
/** What a customer calls the situation: "this is ridiculous", "it's a joke". */
const VERDICTS = set(`ridiculous unacceptable outrageous disgraceful disgrace joke shambles nightmare useless pathetic insane
  absurd appalling shocking terrible awful rubbish diabolical madness farce scandal stressful worrying frustrating upsetting scary
  frightening unbelievable`);
const INTENSIFIERS = set("so really very absolutely completely totally just quite bloody getting a bit little fairly extremely beyond");
const SITUATION = set("this that it's that's it this's");
/** Set outbursts: "I'm at the end of my tether", "I can't cope", "every time I call". */
const OUTBURSTS = ["end of my tether", "can't cope", "cannot cope", "can't take", "losing my patience", "out of my mind", "struggling",
  "tearing my hair", "losing sleep", "unbelievable", "god's sake", "not fair", "every time i", "nobody ever", "no one ever",
  "nobody gets back", "no one gets back", "nobody's called", "nobody's rung", "been passed", "on hold for", "speak to a manager", "speak to your manager",
  "make a complaint", "want to complain", "sick to death", "how hard can", "still waiting", "sick of", "tired of", "in bits",
  "in pieces", "in a state", "in a panic", "freaking out", "going mad", "going crazy", "i've had it", "stressing me", "worrying me",
  "driving me mad|crazy|insane|up", "up the wall"];

/** The customer voices frustration, anger or worry. */
export function showsEmotion(words: readonly string[]): boolean {
  if (find(words, "can't|cannot believe") !== -1 || find(words, "had enough") !== -1 || find(words, "wits end") !== -1
    || find(words, "beside myself") !== -1 || find(words, "head in") !== -1 || find(words, "know what to do") !== -1
    || find(words, "you people") !== -1 || find(words, "time i've|i called|rung|rang") !== -1) return true;
  if (OUTBURSTS.some((phrase) => find(words, phrase) !== -1)) return true;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // "I'm (really) upset", "I feel so let down", "we're worried sick".
    if (/^(?:i'm|we're|am|feel|i've|getting|was|were)$/.test(word)) {
      let j = i + 1;
      if (words[j] === "been" || words[j] === "feeling") j++;
      while (INTENSIFIERS.has(words[j] ?? "")) j++;
      const negated = words[j] === "not";
      if (negated) j++;
      while (INTENSIFIERS.has(words[j] ?? "")) j++;
      if (negated && DENIED.has(words[j] ?? "")) return true;
      if (!negated && EMOTIONS.has(words[j] ?? "")) return true;
    }
    // "this is ridiculous", "it's a joke", "that's not good enough".
    if (SITUATION.has(word)) {
      let j = word.includes("'") ? i + 1 : words[i + 1] === "is" ? i + 2 : -1;
      if (j === -1) continue;
      while (INTENSIFIERS.has(words[j] ?? "") || words[j] === "been" || words[j] === "a" || words[j] === "an" || words[j] === "complete" || words[j] === "total") j++;
      if (VERDICTS.has(words[j] ?? "") || find(words, "not good enough") === j) return true;
    }
  }
  return false;
}

/** What happened to the customer or their family: "my husband passed away", "we've been burgled". */
const MISFORTUNES = set(`burgled robbed stolen break-in burglary mugged scammed defrauded accident crash collision fire flood flooded
  flooding hospital hospitalised ambulance unconscious redundant unemployed sacked fired laid ill poorly cancer
  diagnosed died death funeral deceased bereavement bereaved dying freezing damp mould evicted homeless pouring collapsed stole fraud`);
/** A calm ending that says it was not bad news for the customer: "…, but we're fine". */
const CALM = ["we're fine", "i'm fine", "we're ok", "we're okay", "all fine", "everyone's fine", "no harm"];

/** The customer tells bad news about their own situation. */
export function tellsBadNews(words: readonly string[]): boolean {
  if (CALM.some((calm) => find(words, calm) !== -1)) return false;
  if (find(words, "passed away") !== -1 || find(words, "lost my") !== -1 || find(words, "no heating|water|power|electricity") !== -1) return true;
  if (find(words, "lost our") !== -1 || find(words, "broken|broke my") !== -1 || find(words, "can't|cannot pay|afford") !== -1
    || find(words, "off sick") !== -1 || find(words, "had an|my operation") !== -1 || find(words, "had surgery") !== -1 || find(words, "taken money") !== -1 || find(words, "through the ceiling") !== -1) return true;
  if (find(words, "broke into|in") !== -1 || find(words, "has|have|had come down") !== -1 || find(words, "came|come down with") !== -1 || find(words, "hit by") !== -1 || find(words, "made redundant") !== -1) return true;
  for (let at = indexOf(words, MISFORTUNES); at !== -1; at = indexOf(words, MISFORTUNES, at + 1)) if (misfortuneAt(words, at)) return true;
  return false;
}

/** The misfortune word at `at` means one: "fired" in "fire away" or "the boiler fired up" does not. */
function misfortuneAt(words: readonly string[], at: number): boolean {
  const word = words[at]!;
  const before = (n: number) => words[at - n] ?? "";
  if (word === "laid") return words[at + 1] === "off";
  if (word === "fired" || word === "fire") return words[at + 1] !== "up" && words[at + 1] !== "away" && (word === "fired" || /^(?:a|the|house|kitchen)$/.test(before(1)));
  // "calling from the hospital" is a place of work; "in hospital", "to the hospital" is bad news.
  if (word === "hospital") return /^(?:in|into|to)$/.test(before(1)) || /^(?:in|into|to)$/.test(before(2));
  return true;
}
