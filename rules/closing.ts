// closing — the agent's close asks for further questions, thanks for the call (inbound) and wishes a good day.
import { afterSentenceEnd } from "../src/text/insertion.js";
import { defineRule } from "../src/rule.js";
import { closingTurns, directionOf, endsInTransfer, findSpoken, hasAct, sentenceActs, speechSpan, spokenCustomerAddress, turns } from "../src/model/query.js";
import type { Act } from "../src/lang/acts.js";
import type { PhraseListName } from "../src/lang/types.js";
import { tokensOf } from "../src/text/tokens.js";
import type { Call, Turn } from "../src/model/conversation.js";
import { textOf } from "../src/lang/texts.js";

interface Options {
  requireThanks: "inbound" | "always" | "never";
  closingTurns: number;
}

export default defineRule<Options>({
  meta: {
    type: "problem",
    docs: {
      description: "Sluit af met de vraag of de klant nog vragen heeft, een bedankje voor het bellen (inkomend) en een prettige dag.",
      recommended: true,
    },
    messages: {
      noClose:
        "Het gesprek eindigt zonder afsluiting. Rond altijd af: vraag of de klant nog vragen heeft{{thanks}} en wens de klant een prettige dag. Bijvoorbeeld: '{{example}}'",
      noFurtherQuestions:
        "Je vraagt bij het afsluiten niet of de klant nog andere vragen heeft. Zo geef je de klant de kans om alles in één gesprek te regelen. Bijvoorbeeld: 'Heeft u verder nog vragen, {{name}}?'",
      noThanks:
        "Je bedankt de klant niet {{for}}. Een bedankje laat zien dat je het contact waardeert. Bijvoorbeeld: '{{thanksExample}}'",
      noGoodDay:
        "Je wenst de klant bij het afscheid geen prettige dag. Zo eindigt het gesprek vriendelijk. Bijvoorbeeld: 'Ik wens u nog een fijne dag, {{name}}.'",
      insert: "Voeg toe: '{{text}}'",
    },
    hasSuggestions: true,
    schema: {
      type: "object",
      properties: {
        requireThanks: {
          enum: ["inbound", "always", "never"],
          description: "Wanneer een bedankje verplicht is. Bij uitgaande gesprekken telt ook 'bedankt voor uw tijd'.",
        },
        closingTurns: {
          type: "integer",
          minimum: 1,
          maximum: 10,
          description: "Hoeveel van de laatste beurten van de medewerker tot de afsluiting horen (in transcripten, en in scripts zonder afsluitingsfase).",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { requireThanks: "inbound", closingTurns: 3 },
  },
  create(context) {
    const { options, phrases, settings } = context;

    /** "U ook!" or "Insgelijks" right after the customer wished a good day: the wish is returned. */
    function answersGoodDay(call: Call, turn: Turn): boolean {
      const previous = call.items[turn.index - 1];
      if (previous?.kind !== "turn" || previous.role !== "customer") return false;
      if (!findSpoken(phrases, "goodDay", tokensOf(previous).tokens)) return false;
      return findSpoken(phrases, "goodDayReply", tokensOf(turn).tokens) !== undefined;
    }

    /** A thanks in the close that is not for waiting: for the call, the information, the time. */
    function thanksForContact(call: Call, turn: Turn): boolean {
      const { tokens } = tokensOf(turn);
      return sentenceActs(call, turn, phrases).some(
        (sentence) => sentence.acts.has("thanks") && !findSpoken(phrases, "thanksWaiting", tokens, sentence.from, sentence.to) && !findSpoken(phrases, "holdReturnApology", tokens, sentence.from, sentence.to),
      );
    }

    return {
      Call(call) {
        if (endsInTransfer(call)) return;
        const close = closingTurns(call, options.closingTurns);
        // Without a close (the call broke off, or the agent only spoke to a colleague) the agent's last turn is the place.
        const where = close.at(-1) ?? turns(call, "agent").at(-1);
        if (!where) return;
        const span = speechSpan(where);
        // The missing parts, offered as text to add: questions and thanks before the goodbye, the wish after it.
        const insert = (at: number, text: string, before: boolean) => [
          { messageId: "insert", data: { text }, fix: { range: [at, at] as [number, number], text: before ? `${text} ` : ` ${text}` } },
        ];
        const atStart = (text: string) => insert(span[0], text, true);
        const atEnd = (text: string) => insert(afterSentenceEnd(context.source.text, span[1]), text, false);

        const inbound = directionOf(call, settings) === "inbound";
        const thanksRequired = options.requireThanks === "always" || (options.requireThanks === "inbound" && inbound);
        // Outbound, the customer gave their time rather than called: "bedankt voor uw tijd" counts too.
        const thanksLists: PhraseListName[] = inbound ? ["thanksCalling"] : ["thanksCalling", "thanksTime"];
        const says = (lists: readonly PhraseListName[]) =>
          close.some((turn) => lists.some((list) => findSpoken(phrases, list, tokensOf(turn).tokens) !== undefined));
        // What the close does counts, in the lists' words or others: "Kan ik nog iets anders voor u
        // betekenen?", "Fijn dat u het even doorbelde", "Nog een sportieve dag!".
        const does = (act: Act) => close.some((turn) => hasAct(call, turn, phrases, act));
        const hasQuestions = says(["furtherQuestions"]) || does("furtherQuestions");
        const hasThanks = says(thanksLists) || close.some((turn) => thanksForContact(call, turn));
        const hasGoodDay = says(["goodDay"]) || does("wish") || close.some((turn) => answersGoodDay(call, turn));

        const name = spokenCustomerAddress(call, phrases);
        const { language } = context;
        const thanksExample = textOf(language, inbound ? "closing.thanksCalling" : "closing.thanksTime", { name });
        const data = { name, thanksExample, for: textOf(language, inbound ? "closing.forCalling" : "closing.forTime") };

        // Nothing of a close at all: one message, not three.
        if (!hasQuestions && !hasGoodDay && !hasThanks) {
          const thanksSaid = thanksRequired ? `${thanksExample} ` : "";
          const example = textOf(language, "closing.example", { thanks: thanksSaid });
          const thanks = thanksRequired ? textOf(language, "closing.thanksTask") : "";
          const close = textOf(language, "closing.close", { thanks: thanksSaid });
          context.report({ node: where, span, messageId: "noClose", data: { ...data, example, thanks }, suggest: atEnd(close) });
          return;
        }
        if (!hasQuestions) context.report({ node: where, span, messageId: "noFurtherQuestions", data, suggest: atStart(textOf(language, "closing.furtherQuestions", { name })) });
        if (thanksRequired && !hasThanks) context.report({ node: where, span, messageId: "noThanks", data, suggest: atStart(thanksExample) });
        if (!hasGoodDay) context.report({ node: where, span, messageId: "noGoodDay", data, suggest: atEnd(textOf(language, "closing.goodDay", { name })) });
      },
    };
  },
});

