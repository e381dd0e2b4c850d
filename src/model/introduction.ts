// How the agent introduces themselves in the opening: their own name and the organisation.
import type { Call, CallMeta, Turn } from "./conversation.js";
import type { Settings } from "../types.js";
import { openingTurns } from "./call-flow.js";
import type { PhraseBook } from "../text/phrases.js";
import { tokenize, tokensOf, type Token } from "../text/tokens.js";
import { isAgentPlaceholder } from "./query.js";
import { languageOf } from "../lang/index.js";
import { textOf } from "../lang/texts.js";
import type { NameWords } from "../lang/types.js";

export interface Introduction {
  /** The agent said their own name (or the script has a placeholder for it). */
  ownName?: string;
  /** The organisation as said ("Enerva", "het Westen", "{organisatie}"). */
  organization?: string;
}

// The words for names, organisations and placeholders are the call's language pack's (`w`).

/** What the agent's opening turns say about who is calling or answering. */
export function findIntroduction(opening: readonly Turn[], meta: CallMeta, organization: string | undefined, phrases: PhraseBook): Introduction {
  const result: Introduction = {};
  const w = languageOf({ meta }).names;
  const orgWords = organization ? significantWords(w, organization) : undefined;
  const agentWords = meta.agent ? significantWords(w, meta.agent) : undefined;
  for (const turn of opening) {
    const { tokens, sentences } = tokensOf(turn);
    // Speech-to-text without capitals: names and organisations are recognised by their place alone.
    const lowerCaseTurn = !tokens.some((t) => t.capitalized);
    const isWordOf = (words: Set<string> | undefined, i: number) => words !== undefined && words.has(tokens[i]!.norm);
    const isGreeting = (i: number) => phrases.find("greeting", tokens, i, i + 1) !== undefined || phrases.find("informalGreeting", tokens, i, i + 1) !== undefined;
    const isHonorific = (i: number) => phrases.find("honorific", tokens, i, i + 1) !== undefined;
    const nameLike = (i: number) => {
      const token = tokens[i];
      if (!token || token.quoted) return false;
      if (token.placeholder) return !w.customerPlaceholderInOpening.test(token.value) && !w.organizationPlaceholder.test(token.value);
      return token.capitalized && !w.notAName.has(token.norm) && !w.questionWords.has(token.norm) && !isGreeting(i) && !isHonorific(i) && !isWordOf(orgWords, i) && !isOrganizationName(w, tokens, i);
    };
    const lowerCaseName = (i: number) => {
      const token = tokens[i];
      return token !== undefined && !token.quoted && !token.placeholder && !token.capitalized && /^\p{L}+$/u.test(token.value) && !w.notAName.has(token.norm) && !w.articles.has(token.norm) && !w.questionWords.has(token.norm) && !isHonorific(i) && !isGreeting(i);
    };
    // Tokens carry their sentence's number: no search through the sentences per token.
    const sentenceStart = (i: number) => sentences[tokens[i]!.sentence]?.from ?? 0;
    // "goedemiddag glasnet met kevin": speech-to-text loses the capital and the comma of the opening formula.
    const afterOpeningGreeting = (i: number) => i - sentenceStart(i) <= OPENING_FORMULA_WORDS && isGreeting(sentenceStart(i));
    const clauseBreakBefore = (i: number) => i > 0 && /[,;:]/.test(turn.text.slice(tokens[i - 1]!.end, tokens[i]!.start));

    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.quoted) continue;

      // Own name: front matter, a placeholder, "u spreekt met Sigrid", "Sigrid van Enerva", "Ruben hier, van de servicedesk".
      if (!result.ownName) {
        if (isWordOf(agentWords, i) && token.capitalized) result.ownName = token.value;
        else if (isAgentPlaceholder(token)) result.ownName = token.value;
        else {
          // Matched at this word only: searching the rest of the turn from every word is quadratic.
          const intro = phrases.findAt("selfIntroduction", tokens, i);
          const at = intro?.to ?? -1;
          // After a full phrase ("u spreekt met", "mijn naam is") a name may be in lower case
          // (speech-to-text), and so may any name in a turn without capitals.
          const named = intro && (nameLike(at) || ((intro.to - intro.from >= 3 || lowerCaseTurn) && lowerCaseName(at)));
          if (intro && named && intro.from === i && introducesSelf(tokens, i, intro.to - i, sentenceStart(i), isGreeting, clauseBreakBefore(i) || (i > 0 && isWordOf(orgWords, i - 1)) || (lowerCaseTurn && afterOpeningGreeting(i)))) {
            result.ownName = tokens[at]!.value;
          } else if (intro && intro.from === i && isOrganizationName(w, tokens, at)) {
            // "u spreekt met ING beveiligingsdienst": an organisation, not a person.
            result.organization ??= nameAt(w, tokens, at);
          } else if (nameLike(i) && tokens[i + 1]?.norm === w.nameOf && (organizationAt(w, tokens, i + 2) !== undefined || departmentAt(w, tokens, i + 2))) {
            result.ownName = token.value;
          } else if (nameLike(i) && tokens[i + 1]?.norm === w.here && !w.articles.has(tokens[i - 1]?.norm ?? "") && tokens[i + 2]?.norm === w.nameOf) {
            result.ownName = token.value;
          } else if (w.speaking !== undefined && tokens[i + 1]?.norm === w.speaking && (nameLike(i) || (lowerCaseTurn && lowerCaseName(i)))) {
            // "Ashworth Borough Council, Tom speaking", "Mrs Kaur speaking": only a person speaks.
            result.ownName = token.value;
            const nameStart = i > 0 && isHonorific(i - 1) ? i - 1 : i;
            if (!orgWords) {
              result.organization ??= lowerCaseTurn
                ? wordsAfterGreeting(tokens, nameStart, phrases.findAt("greeting", tokens, sentenceStart(i))?.to)
                : openingBeforeName(tokens, sentenceStart(i), nameStart, clauseBreakBefore(nameStart));
            }
          }
        }
      }

      // Organisation: known from config and said, a placeholder, "van Enerva", "het Westen hier", "Enerva, goedemiddag".
      if (!result.organization) {
        if (orgWords && orgWords.has(token.norm)) result.organization = organization;
        else if (token.placeholder && w.organizationPlaceholder.test(token.value)) result.organization = token.value;
        else if (!orgWords) result.organization = unknownOrganizationAt(w, tokens, i, sentenceStart(i), isGreeting, isHonorific, lowerCaseTurn && result.ownName !== undefined);
      }
    }
    // Without capitals an organisation is only trusted once the own name is found, and in
    // "goeiemiddag klantendienst van brouwerij ter linde met jolien" the name comes after it.
    if (lowerCaseTurn && !orgWords && result.ownName !== undefined && result.organization === undefined) {
      for (let i = 0; i < tokens.length && result.organization === undefined; i++) {
        if (!tokens[i]!.quoted) result.organization = unknownOrganizationAt(w, tokens, i, sentenceStart(i), isGreeting, isHonorific, true);
      }
    }
  }
  return result;
}

/**
 * The capitalised words that open the sentence and end at the comma before the agent's name:
 * the organisation in "Ashworth Borough Council, Tom speaking". Honorifics and greetings are not part of it.
 */
function openingBeforeName(tokens: readonly Token[], sentenceFrom: number, nameAt: number, commaBeforeName: boolean): string | undefined {
  if (!commaBeforeName) return undefined;
  let end = nameAt;
  while (end > sentenceFrom && !tokens[end - 1]!.capitalized) end--;
  let start = sentenceFrom;
  while (start < end && !tokens[start]!.capitalized) start++;
  const words = tokens.slice(start, end);
  if (words.length === 0 || words.length > 5 || !words.every((t) => t.capitalized)) return undefined;
  return words.map((t) => t.value).join(" ");
}

/** Speech-to-text without capitals: "good morning northwind energy tom speaking" names "northwind energy". */
function wordsAfterGreeting(tokens: readonly Token[], nameAt: number, greetingEnd: number | undefined): string | undefined {
  if (greetingEnd === undefined || nameAt - greetingEnd < 1 || nameAt - greetingEnd > 4) return undefined;
  return tokens.slice(greetingEnd, nameAt).map((t) => t.value).join(" ");
}

/** At most this many words between the greeting and "met <naam>" in one opening formula ("goeiemiddag klantendienst van brouwerij ter linde met jolien"). */
const OPENING_FORMULA_WORDS = 6;

/**
 * A self-introduction phrase at `at` really introduces the agent. Bare "met" only at the start of
 * a sentence or clause, or after a greeting or the organisation ("Enerva, met Sigrid"), so "in
 * verband met Enerva" or "spreek ik met Jan Smit?" is no introduction.
 */
function introducesSelf(tokens: readonly Token[], at: number, length: number, sentenceFrom: number, isGreeting: (i: number) => boolean, clauseStart: boolean): boolean {
  if (length > 1 || tokens[at]!.norm !== "met") return true;
  if (at === sentenceFrom || clauseStart) return true;
  const previous = tokens[at - 1]!;
  return isGreeting(at - 1) || (previous.capitalized && previous.norm !== "ik");
}

/**
 * "ING beveiligingsdienst", "KPN", "de Hanzebank klantenservice": a name in capitals, or a
 * capitalised word followed by a word for a service, is an organisation and not a person.
 */
function isOrganizationName(w: NameWords, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token || token.quoted || token.placeholder) return false;
  const acronym = token.value.length >= 2 && token.value.length <= 6 && /^\p{Lu}+$/u.test(token.value);
  const next = tokens[at + 1];
  return acronym || (token.capitalized && next !== undefined && next.sentence === token.sentence && w.serviceWord.test(next.norm));
}

/** The capitalised words from `at` on, with a following word for a service ("ING beveiligingsdienst"). */
function nameAt(w: NameWords, tokens: readonly Token[], at: number): string {
  let end = at + 1;
  while (tokens[end] && tokens[end]!.sentence === tokens[at]!.sentence && (tokens[end]!.capitalized || w.serviceWord.test(tokens[end]!.norm))) end++;
  return tokens.slice(at, end).map((t) => t.value).join(" ");
}

/** "de servicedesk", "afdeling Burgerzaken", "de klantenservice": a department, which is not the organisation. */
function departmentAt(w: NameWords, tokens: readonly Token[], at: number): boolean {
  const first = tokens[at] && w.articles.has(tokens[at]!.norm) ? tokens[at + 1] : tokens[at];
  return first !== undefined && w.departments.has(first.norm);
}

/**
 * "Enerva", "de Rabobank", "het Westen", "gemeente Oosterwaarde", "{organisatie}" starting at
 * `at`: the name as said. With `lowerCase` (speech-to-text), "stad gent", "rabo". A department
 * ("de servicedesk", "afdeling Reparaties") is not an organisation.
 */
function organizationAt(w: NameWords, tokens: readonly Token[], at: number, lowerCase = false): string | undefined {
  let i = at;
  if (tokens[i] && w.articles.has(tokens[i]!.norm)) i++;
  // "gemeente Oosterwaarde", "stad Gent": a kind of organisation before its name.
  if (tokens[i] && w.organizationKinds.has(tokens[i]!.norm) && tokens[i + 1] && (tokens[i + 1]!.capitalized || lowerCase)) i++;
  const token = tokens[i];
  if (!token || token.quoted) return undefined;
  if (token.placeholder) return w.organizationPlaceholder.test(token.value) ? token.value : undefined;
  if (w.departments.has(token.norm) || w.questionWords.has(token.norm)) return undefined;
  if (lowerCase && !token.capitalized) {
    let end = i + 1;
    while (end < tokens.length && end - i < 2 && tokens[end]!.sentence === token.sentence && !w.lowerCaseStop.has(tokens[end]!.norm)) end++;
    return tokens.slice(at, end).map((t) => t.value).join(" ");
  }
  if (!token.capitalized || w.notAName.has(token.norm)) return undefined;
  let end = i + 1;
  while (tokens[end]?.capitalized && tokens[end]!.sentence === token.sentence) end++;
  return tokens.slice(at, end).map((t) => t.value).join(" ");
}

function unknownOrganizationAt(
  w: NameWords,
  tokens: readonly Token[],
  i: number,
  sentenceFrom: number,
  isGreeting: (i: number) => boolean,
  isHonorific: (i: number) => boolean,
  lowerCase: boolean,
): string | undefined {
  const token = tokens[i]!;
  // "van Enerva", "bij de Rabobank", "namens Zonnedak", "welkom bij {bedrijf}", "van gemeente Oosterwaarde"
  if (w.organizationPrepositions.has(token.norm) && !isHonorific(i + 1)) {
    const org = organizationAt(w, tokens, i + 1, lowerCase);
    if (org) return org;
  }
  if (w.questionWords.has(token.norm) || w.departments.has(token.norm)) return undefined;
  // "het Westen hier", "Enerva hier"
  // ("Ruben hier, van de servicedesk" is a person who says where he works)
  if (token.capitalized && !isGreeting(i) && !w.notAName.has(token.norm) && tokens[i + 1]?.norm === w.here && tokens[i + 2]?.norm !== w.nameOf) {
    return (i > 0 && w.articles.has(tokens[i - 1]!.norm) ? `${tokens[i - 1]!.value} ` : "") + token.value;
  }
  if (!token.capitalized || isGreeting(i) || isHonorific(i) || w.notAName.has(token.norm)) return undefined;
  // "Enerva klantenservice, goedemiddag": the organisation opens the call before the greeting
  if (i === sentenceFrom) {
    let end = i + 1;
    while (end < tokens.length && end - i < 4 && !isGreeting(end)) end++;
    if (end < tokens.length && isGreeting(end)) return tokens.slice(i, end).map((t) => t.value).join(" ");
  }
  // "Goedemiddag, Gemeente Utrecht, met Sigrid": a name right after the greeting (in the same
  // sentence: "Goedemorgen. Waarmee kan ik u helpen?" names nothing) that no "van" makes a person's
  if (i > 0 && isGreeting(i - 1) && tokens[i - 1]!.sentence === token.sentence) {
    let end = i + 1;
    while (tokens[end]?.capitalized && tokens[end]!.sentence === token.sentence) end++;
    if (tokens[end]?.norm !== w.nameOf) return tokens.slice(i, end).map((t) => t.value).join(" ");
  }
  return undefined;
}

/** Lower-case words of a name that identify it ("Enerva Energie B.V." → enerva, energie). */
function significantWords(w: NameWords, name: string): Set<string> {
  return new Set(tokenize(name).tokens.map((t) => t.norm).filter((word) => word.length > 1 && !w.organizationStopWords.has(word)));
}

const PLACEHOLDER_START = /^[{[<]/;

/**
 * "u spreekt met Sigrid van Enerva", for example sentences in messages: the name and organisation
 * the agent used, else those from front matter or settings, else a model example.
 */
export function exampleIntroduction(
  call: Call,
  settings: Settings,
  phrases: PhraseBook,
  intro: Introduction = findIntroduction(openingTurns(call), call.meta, call.meta.organization ?? settings.organization, phrases),
): string {
  const language = languageOf(call);
  const agent = intro.ownName && !PLACEHOLDER_START.test(intro.ownName) ? intro.ownName : (call.meta.agent?.split(/\s+/)[0] ?? textOf(language, "agent.standIn"));
  const said = intro.organization && !PLACEHOLDER_START.test(intro.organization) ? intro.organization : undefined;
  const organization = said ?? call.meta.organization ?? settings.organization ?? textOf(language, "organization.standIn");
  return textOf(language, "introduction", { agent, organization });
}
