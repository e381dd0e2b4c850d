// English word sets the sentence labeller tests single words against (lower case, as tokens give them).
const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Auxiliaries and modals that open a yes/no question when the subject follows ("can you", "is it"). */
export const AUXILIARIES = set(`can could may might would will shall should do does did is are was were have has had am
  isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't couldn't shouldn't haven't hasn't hadn't`);
/** Subjects after an inverted auxiliary. */
export const SUBJECTS = set("you i we it this that there he she they the your my our his her their someone anyone everything anything");
export const QUESTION_WORDS = set("what when where which who whom whose why how");
/** Words that may come before a question's auxiliary without making it a statement ("ok so can you ..."). */
export const OPENERS = set("ok okay so and right alright well now great lovely perfect sure and but um uh erm also then sorry thanks");
/** After "what"/"how": an exclamation ("what a shame", "how awful"), not a question. */
export const EXCLAMATION_AFTER_WH = set("a an awful terrible lovely nice great annoying frustrating horrible kind wonderful sad shame");
/** The verbs of a question tag that asks for confirmation ("…, is that right?", "…, isn't it?"). */
export const CHECK_TAGS = set("right correct");
export const CUSTOMER_PRONOUNS = set("you your you're you've you'd you'll yourself");
export const FIRST_PERSON = set("i i'm i'll i've i'd me my we we're we'll we've our us");

export const THANKS = set("thank thanks thankyou appreciate appreciated cheers");
export const HELP_VERBS = set("help assist do");
export const SUMMARY_WORDS = set("summarise summarize summary recap confirm");
export const MOMENT_WORDS = set("moment minute second sec hold wait");
export const TRANSFER_WORDS = set("transfer transferring transferred connect connecting");
export const CHECK_IN = set("still longer patience bear");
/** Verbs of an agent's commitment: "I'll send", "we can arrange". */
export const OFFER_VERBS = set(`send arrange book schedule refund replace credit reset issue waive cancel upgrade sort fix process
  email post order organise organize set ship call ring raise escalate activate extend change update add remove apply
  give offer`);
export const DEPARTMENTS = set("customer service services department reception team billing accounts support helpdesk desk sales claims");
/** Words before "morning", "evening" that make it a time, not a greeting ("this morning"). */
export const TIME_BEFORE = set("this that the every each on in tomorrow yesterday today all one same saturday sunday monday tuesday wednesday thursday friday");
