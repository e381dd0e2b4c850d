// greeting — the agent opens with a greeting, their own name, the organisation and (inbound) an offer of help.
import { defineRule } from "../src/rule.js";
import { directionOf, findSpoken, openingTurns, speechSpan, spokenText, tokenSpan, hasAct } from "../src/model/query.js";
import type { Span, Turn } from "../src/model/conversation.js";
import { exampleIntroduction, findIntroduction } from "../src/model/introduction.js";
import type { PhraseListName } from "../src/lang/types.js";
import { tokensOf } from "../src/text/tokens.js";
import { textOf } from "../src/lang/texts.js";

interface Options {
  requireOfferHelp: "inbound" | "always" | "never";
  openingTurns: number;
}

export default defineRule<Options>({
  meta: {
    type: "problem",
    docs: {
      description: "Open het gesprek met een begroeting, je eigen naam, de naam van de organisatie en (bij inkomende gesprekken) een hulpaanbod.",
      recommended: true,
    },
    messages: {
      noGreeting:
        "Je opent het gesprek zonder begroeting. Een groet die bij het tijdstip past, laat de klant meteen voelen dat hij welkom is. Bijvoorbeeld: '{{example}}'",
      informalGreeting:
        "Je begroet de klant met '{{word}}'. Dat is te informeel voor een zakelijk gesprek: gebruik goedemorgen, goedemiddag of goedenavond. Bijvoorbeeld: '{{example}}'",
      noOwnName:
        "Je noemt je eigen naam niet in de opening. De klant wil weten met wie hij spreekt, en kan je dan later ook weer vragen. Bijvoorbeeld: '{{example}}'",
      noOrganization:
        "Je noemt de organisatie niet in de opening. Zo weet de klant meteen of hij goed zit en met welk bedrijf hij spreekt. Bijvoorbeeld: '{{example}}'",
      noOfferHelp:
        "Je biedt de klant in de opening geen hulp aan. Met een open vraag nodig je de klant uit te vertellen waarvoor hij belt. Bijvoorbeeld: '{{example}}'",
    },
    schema: {
      type: "object",
      properties: {
        requireOfferHelp: {
          enum: ["inbound", "always", "never"],
          description: "Wanneer een hulpaanbod ('Wat kan ik voor u doen?') in de opening verplicht is.",
        },
        openingTurns: {
          type: "integer",
          minimum: 1,
          maximum: 10,
          description: "Hoeveel beurten van de medewerker tot de opening horen (in transcripten, en in scripts zonder aanvangsfase).",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { requireOfferHelp: "inbound", openingTurns: 2 },
  },
  create(context) {
    const { options, phrases, settings } = context;
    return {
      Call(call) {
        const opening = openingTurns(call, options.openingTurns, context.language);
        const first = opening[0];
        if (!first) return;
        const span = speechSpan(first, context.source.text);
        const direction = directionOf(call, settings);
        const knownOrganization = call.meta.organization ?? settings.organization;
        const intro = findIntroduction(opening, call.meta, knownOrganization, phrases);

        const { language } = context;
        const introduction = textOf(language, "greeting.example", { introduction: exampleIntroduction(call, settings, phrases, intro) });
        const example = textOf(language, direction === "inbound" ? "greeting.offerHelp" : "greeting.outbound", { greeting: introduction });

        const says = (list: PhraseListName) => opening.some((turn) => findSpoken(phrases, list, tokensOf(turn).tokens) !== undefined);

        if (!says("greeting")) {
          const informal = firstSpoken(opening, "informalGreeting");
          if (informal) {
            context.report({ span: informal.span, messageId: "informalGreeting", data: { word: informal.word, example } });
          } else {
            context.report({ node: first, span, messageId: "noGreeting", data: { example } });
          }
        }
        if (!intro.ownName) context.report({ node: first, span, messageId: "noOwnName", data: { example } });
        if (!intro.organization) context.report({ node: first, span, messageId: "noOrganization", data: { example } });

        const offerRequired = options.requireOfferHelp === "always" || (options.requireOfferHelp === "inbound" && direction === "inbound");
        // Offering help in other words counts too: "wat kan ik doen voor u", "vertelt u het maar".
        if (offerRequired && !says("offerHelp") && !opening.some((turn) => hasAct(call, turn, phrases, "offerHelp"))) {
          context.report({ node: first, span, messageId: "noOfferHelp", data: { example: textOf(language, "greeting.offerHelp", { greeting: introduction }) } });
        }
      },
    };

    /** Where the opening first says a phrase of `list`, and the words as said. */
    function firstSpoken(opening: readonly Turn[], list: PhraseListName): { span: Span; word: string } | undefined {
      for (const turn of opening) {
        const { tokens } = tokensOf(turn);
        const match = findSpoken(phrases, list, tokens);
        if (match) {
          const span = tokenSpan(turn, tokens, match.from, match.to);
          return { span, word: spokenText(turn, tokens, match.from, match.to) };
        }
      }
      return undefined;
    }
  },
});
