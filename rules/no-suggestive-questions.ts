// no-suggestive-questions — no questions that put the answer in the customer's mouth ("Vindt u ook
// niet dat ...?", "U wilt toch zeker ook ...?"). Ask open or neutral questions instead (LSD).
import { defineRule } from "../src/rule.js";
import { isAsked, speaksToCustomer, spokenCustomerAddress, spokenText, tokenSpan } from "../src/model/query.js";
import { adviceFor } from "../src/text/advice.js";
import { tokensOf } from "../src/text/tokens.js";
import { textOf } from "../src/lang/texts.js";

export default defineRule({
  meta: {
    type: "suggestion",
    docs: {
      description: "Stel de klant geen suggestieve vragen, zoals 'Vindt u ook niet dat ...?' of 'U wilt toch zeker ook ...?'.",
      recommended: true,
    },
    messages: {
      suggestive:
        "Je stelt een suggestieve vraag: '{{phrase}} ...?'. Zo leg je de klant het antwoord in de mond en hoor je niet wat hij echt vindt of wil. Vraag het open of neutraal, bijvoorbeeld: '{{alternative}}'",
    },
  },
  create(context) {
    return {
      Turn(turn, call) {
        if (turn.role !== "agent" || !speaksToCustomer(call, turn)) return;
        const { tokens } = tokensOf(turn);
        for (const match of context.phrases.findAll("suggestiveQuestion", tokens)) {
          // A phrase in declarative word order ("U wilt toch ...", "Dat is toch ...") asks only with a question
          // mark; one that opens with its verb ("Vindt u ook niet ...") asks by its word order too.
          const byWordOrder = !context.language.words.declarativeStart.has(tokens[match.from]!.norm);
          if (!isAsked(call, turn, context.phrases, context.language, match, byWordOrder)) continue;
          const customer = spokenCustomerAddress(call, context.phrases);
          const alternative = adviceFor(context.language.advice, "suggestiveQuestion", match.pattern, customer) ?? textOf(context.language, "no-suggestive-questions.alternative");
          const phrase = spokenText(turn, tokens, match.from, match.to);
          context.report({ node: turn, span: tokenSpan(turn, tokens, match.from, match.to), messageId: "suggestive", data: { phrase, alternative } });
        }
      },
    };
  },
});
