// What a language pack holds: everything beleefd knows about one language, as data. Rules, the
// model, phase inference and the parsers read it from here; none of them holds words of its own.
import type { EventKind, Phase, Role } from "../model/conversation.js";
import type { Tokenized } from "../text/tokens.js";
import type { PhraseBook } from "../text/phrases.js";
import type { ActSpeaker, SentenceActs } from "./acts.js";

/**
 * The names of the phrase lists, so a misspelt list name is a compile error and every pack has to
 * fill the same lists. Written out (not derived from a pack's JSON) so the published types stand
 * on their own; src/lang/nl/index.ts checks that the Dutch lists are exactly these.
 */
export type PhraseListName =
  | "greeting"
  | "informalGreeting"
  | "selfIntroduction"
  | "offerHelp"
  | "askMoment"
  | "consent"
  | "refusal"
  | "thanksWaiting"
  | "holdReturnApology"
  | "transferAnnounce"
  | "convenient"
  | "furtherQuestions"
  | "thanksCalling"
  | "goodDay"
  | "politeInterruption"
  | "honorific"
  | "informalPronoun"
  | "thanksTime"
  | "informalExpression"
  | "goodDayReply"
  | "backchannel"
  | "holdCheckIn"
  | "silenceExplanation"
  | "formalPronoun"
  | "informalPhrase"
  | "suggestiveQuestion"
  | "empathy"
  | "customerFrustration"
  | "customerWorry"
  | "customerBadNews"
  | "customerLoss"
  | "transferSummary"
  | "briefingFiller"
  | "summaryCheck"
  | "controlQuestion"
  | "greetingMorning"
  | "greetingAfternoon"
  | "greetingEvening"
  | "greetingNight"
  | "surveyIntro"
  | "offer";

/** `true` when a pack's phrase data has exactly the PhraseListName lists: no list missing, none extra. */
export type HasExactlyTheLists<T> = [keyof T] extends [PhraseListName] ? ([PhraseListName] extends [keyof T] ? true : false) : false;

/** Patterns per phrase list (see src/text/pattern.ts for the pattern syntax). */
export type PhraseLists = Readonly<Record<PhraseListName, readonly string[]>>;

/** Per list, per exact pattern: what the agent can say instead; `{naam}` becomes the customer's name. */
export type AdviceLists = Readonly<Partial<Record<PhraseListName, Readonly<Record<string, string>>>>>;

/** The informal address forms and their formal counterparts (no-tutoyeren, consistent-address). */
export interface FormalForms {
  /** Informal word → formal word ("jouw" → "uw"). */
  readonly word: Readonly<Record<string, string>>;
  /** Formal word → informal word ("uw" → "je"). */
  readonly informalWord: Readonly<Record<string, string>>;
  /** Informal verb before its pronoun → the formal one ("kun" → "kunt"). */
  readonly invertedVerb: Readonly<Record<string, string>>;
  /** Subject pronouns: a verb after one of them is not inverted with the next pronoun. */
  readonly subject: readonly string[];
  /** Per register, the pronouns that invert with their verb ("kun je", "heeft u"). */
  readonly invertingPronoun: Readonly<Record<"u" | "je", readonly string[]>>;
}

/** The phases a transcript is divided into; alertheid (before the call) is never heard. */
export type CuePhase = Exclude<Phase, "alertheid">;

/** One group of phase cues: points for a phase when the speaker says one of its patterns. */
export interface PhaseCueGroup {
  readonly phase: CuePhase;
  readonly speaker: "agent" | "customer";
  readonly weight: number;
  readonly lists?: readonly PhraseListName[];
  readonly phrases?: readonly string[];
  readonly questions?: boolean;
  readonly minWords?: number;
}

export interface PhaseCues {
  readonly cues: readonly PhaseCueGroup[];
  readonly events: Readonly<Partial<Record<EventKind, { readonly phase: CuePhase; readonly weight: number }>>>;
}

/** Words of a script's headings and bold labels. */
export interface ScriptHeadingWords {
  /** Per phase, the heading words that name it ("aanvangsfase", "opening"). */
  readonly phases: Readonly<Record<Phase, readonly string[]>>;
  /** Words before a heading's number ("fase", "stap"). */
  readonly numberingWords: readonly string[];
  /** Bold labels that introduce an instruction for the agent, never a speaker ("let op"). */
  readonly instructionLabels: readonly string[];
}

/** What the text in `[...]` says happens in a call. */
export interface EventWords {
  readonly hold: readonly string[];
  readonly unhold: readonly string[];
  readonly transfer: readonly string[];
  readonly hangup: readonly string[];
  /** "<speaker> verbreekt": verbs after a speaker that mean a hang-up by them. */
  readonly hangupVerbs: readonly string[];
}

export interface SpeakerWords {
  /** Speaker labels (lower case) a transcript may use without declaring them. */
  readonly labels: Readonly<Record<string, Role>>;
  /** Role words accepted as values in `sprekers:`, config `speakers` and `--speaker`. */
  readonly roleWords: Readonly<Record<string, Role>>;
}

/** Small word sets the model and the rules test single words against (lower case). */
export interface WordSets {
  /** Words with no content of their own in a customer's first reply ("Ja, met mevrouw De Vries"). */
  readonly smallTalk: ReadonlySet<string>;
  /** A time-of-day greeting written as one word ("goedemorgen"). */
  readonly greetingWord: RegExp;
  /** Words that may open a request before its verb ("Oké, mevrouw Janssen, heeft u een moment?"). */
  readonly requestOpeners: ReadonlySet<string>;
  /** Words that open a sentence in declarative word order ("U wilt toch ..."). */
  readonly declarativeStart: ReadonlySet<string>;
  /** Words that are informal only where they close a clause ("Een moment hoor!"). */
  readonly clauseFinal: ReadonlySet<string>;
  /** Subject pronouns: after one, a clause-final word is a verb ("wat ik hoor"). */
  readonly subjectPronouns: ReadonlySet<string>;
}

/** What tells a person's name from an organisation, a department or a placeholder. */
export interface NameWords {
  /** Placeholders that stand for the organisation: `{organisatie}`, `[bedrijfsnaam]`. */
  readonly organizationPlaceholder: RegExp;
  /** Placeholders that stand for the customer, in the opening (`{klant}`) and anywhere (`{naam}`). */
  readonly customerPlaceholderInOpening: RegExp;
  readonly customerPlaceholder: RegExp;
  /** Placeholders for the agent's own name: `{eigen naam}`, `[naam medewerker]`. */
  readonly agentPlaceholder: RegExp;
  /** Articles before an organisation: "de Rabobank". */
  readonly articles: ReadonlySet<string>;
  /** Words before an organisation's name: "van Enerva", "bij de Rabobank", "namens Zonnedak". */
  readonly organizationPrepositions: ReadonlySet<string>;
  /** Words that are not a name even with a capital. */
  readonly notAName: ReadonlySet<string>;
  /** Words that open a question: capitalised at a sentence start, never a name. */
  readonly questionWords: ReadonlySet<string>;
  /** Kinds of organisation written before the name: "gemeente Oosterwaarde". */
  readonly organizationKinds: ReadonlySet<string>;
  /** Departments and roles: part of an organisation, not its name. */
  readonly departments: ReadonlySet<string>;
  /** A word for a service after a name makes the name an organisation's: "ING beveiligingsdienst". */
  readonly serviceWord: RegExp;
  /** Where a lower-case organisation name ends in speech-to-text. */
  readonly lowerCaseStop: ReadonlySet<string>;
  /** Parts of an organisation's name that say little on their own ("bv", "de"). */
  readonly organizationStopWords: ReadonlySet<string>;
  /** Titles that also name people other than the customer: "dokter Bakker". */
  readonly titles: ReadonlySet<string>;
  /** Lower-case particles inside a surname: "de Wit", "van den Berg". */
  readonly nameParticles: ReadonlySet<string>;
  /** Words around a surname that are not the surname: honorifics and particles. */
  readonly notSurname: ReadonlySet<string>;
  /** The word before the name a customer introduces themselves with ("met Piet Janssen"), and the word "name" ("mijn naam is …"). */
  readonly customerIntroducer: string;
  readonly nameWord: string;
  /** The word between a person and where they work: "Sigrid van Enerva". */
  readonly nameOf: string;
  /** The word after a name that introduces its speaker: "Ruben hier". */
  readonly here: string;
  /**
   * A word after a name that only a person says of themselves ("Tom speaking"), where `here` may also
   * follow an organisation ("Enerva hier"); absent in a language without one.
   */
  readonly speaking?: string;
  /** A name that starts with an honorific ("mevrouw Bakker"): an example sentence uses it as is. */
  readonly honorificStart: RegExp;
}

export interface LanguagePack {
  /** ISO 639-1 code: "nl". */
  readonly code: string;
  readonly phrases: PhraseLists;
  readonly advice: AdviceLists;
  readonly formalForms: FormalForms;
  readonly phaseCues: PhaseCues;
  readonly scriptHeadings: ScriptHeadingWords;
  readonly events: EventWords;
  readonly speakers: SpeakerWords;
  readonly words: WordSets;
  /** Words for people, organisations and script placeholders (the opening, the customer's name). */
  readonly names: NameWords;
  /** Labels each sentence of a turn with what it does (acts.ts): the language's grammar and meanings. */
  readonly labelSentences: SentenceLabeller;
  /** The formal wording of an informal address form, for fixes and suggestions. */
  readonly rewriteToFormal: (input: FormalRewriteInput) => FormalRewrite | undefined;
  /**
   * Built-in rules that do not run on this language's calls: they check words the language does
   * not have (Dutch "je" and "u"), or have no wording in it yet. Listed here, not in the rules, so
   * adding a language touches only its pack.
   */
  readonly skipRules: readonly string[];
  /** Per rule id: its description and messages in this language (absent: the rule's own Dutch). */
  readonly rules: Readonly<Record<string, RuleWording>>;
  /**
   * Texts the rules and the model build sentences from (examples, suggestions, fixes), by key,
   * with `{{placeholders}}`: see src/lang/texts.ts.
   */
  readonly texts: Readonly<Record<string, string>>;
}

/** A rule's wording in one language. */
export interface RuleWording {
  readonly description?: string;
  readonly messages?: Readonly<Record<string, string>>;
}

/** An informal address form with the text around it in its turn. */
export interface FormalRewriteInput {
  /** Lower case, as addressForms gives it: "kun je", "jouw", "je". */
  said: string;
  /** The formal counterpart from the pack's formal forms: "kunt u", "uw", "u (of uw)". */
  other: string;
  /** The form as written, capitals kept. */
  original: string;
  /** The turn's text before and after the form. */
  before: string;
  after: string;
  /** The form directly follows an inverted verb with its pronoun ("kun je" before this "je"). */
  afterInvertedVerb: boolean;
}

export interface FormalRewrite {
  /** The replacements, most likely first. */
  texts: string[];
  /** Only a certain rewrite becomes a fix; otherwise the texts are suggestions. */
  certain: boolean;
  /** The replacement also covers this many characters after the form (its verb: "jij hebt" → "u heeft"). */
  extendBy?: number;
  /** The replacement also covers this many characters before the form (its verb: "meld je" → "meldt u zich"). */
  extendBack?: number;
}

/** Labels the sentences of a tokenized text said by `speaker`; `phrases` are the pack's lists plus a config's additions. */
export type SentenceLabeller = (text: string, tokenized: Tokenized, speaker: ActSpeaker, phrases: PhraseBook) => SentenceActs[];
