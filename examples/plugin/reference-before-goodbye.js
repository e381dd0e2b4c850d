// reference-before-goodbye — Acme's house rule: before saying goodbye the agent gives the customer
// the case number, so they can refer to it when they call back. Built from the helpers the
// built-in rules use (beleefd/rule): turns, what each sentence does, words with offsets.
import { closingTurns, defineRule, findAct, speechSpan, tokenSpan, tokensOf, turns } from "beleefd/rule";

export default defineRule({
  meta: {
    type: "suggestion",
    docs: { description: "Geef de klant het dossiernummer voordat je afscheid neemt.", recommended: false },
    messages: {
      noReference:
        "Je neemt afscheid zonder de klant een dossiernummer te geven. Met dat nummer hoeft de klant zijn verhaal niet opnieuw te doen als hij terugbelt. Bijvoorbeeld: '{{example}}'",
    },
    schema: {
      type: "object",
      properties: { words: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { words: ["dossiernummer", "referentienummer", "ticketnummer", "meldingsnummer"] },
    fixable: "code",
  },
  create(context) {
    const example = `Uw ${context.options.words[0]} is {${context.options.words[0]}}.`;
    return {
      "Call:exit"(call) {
        const close = closingTurns(call);
        if (close.length === 0) return;
        if (turns(call).some((turn) => turn.role !== "customer" && givesReference(turn, context.options.words))) return;
        // Point at the farewell (a wish, else a goodbye); in a script --fix puts the sentence before
        // it, in a transcript (what was said) the engine offers it as a suggestion.
        for (const turn of close) {
          const goodbye = findAct(call, turn, context.phrases, "wish") ?? findAct(call, turn, context.phrases, "goodbye");
          if (!goodbye) continue;
          const span = tokenSpan(turn, tokensOf(turn).tokens, goodbye.from, goodbye.to);
          context.report({ span, messageId: "noReference", data: { example }, fix: { range: [span[0], span[0]], text: `${example} ` } });
          return;
        }
        context.report({ span: speechSpan(close.at(-1), context.source.text), messageId: "noReference", data: { example } });
      },
    };
  },
});

/** The turn names a reference word followed closely by a number or a placeholder: "uw dossiernummer is 48213". */
function givesReference(turn, words) {
  const wanted = new Set(words.map((word) => word.toLowerCase()));
  const { tokens } = tokensOf(turn);
  return tokens.some(
    (token, i) => !token.quoted && wanted.has(token.norm) && tokens.slice(i + 1, i + 4).some((next) => next.placeholder || /\d/.test(next.value)),
  );
}
