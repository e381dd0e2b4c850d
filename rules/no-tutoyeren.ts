// no-tutoyeren — the agent says "u" to the customer, never "je", unless the client organisation allows it.
import { defineRule } from "../src/rule.js";
import { speaksToCustomer, tutoyerenAllowed } from "../src/model/query.js";
import { addressForms } from "../src/text/address.js";
import { addressEdits } from "../src/text/address-edits.js";

interface Options {
  allowTutoyeren: boolean;
}

export default defineRule<Options>({
  meta: {
    type: "problem",
    docs: {
      description: "Spreek de klant aan met u, niet met je of jij (tenzij de opdrachtgever tutoyeren toestaat).",
      recommended: true,
    },
    messages: {
      informal:
        "Je spreekt de klant aan met '{{informal}}'. Zeg '{{formal}}': een klant spreek je met u aan, tenzij de opdrachtgever uitdrukkelijk toestaat dat je tutoyeert.",
      replace: "Vervang door '{{formal}}'.",
    },
    schema: {
      type: "object",
      properties: {
        allowTutoyeren: {
          type: "boolean",
          description: "De opdrachtgever staat toe dat medewerkers klanten met je aanspreken.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowTutoyeren: false },
    fixable: "code",
    hasSuggestions: true,
  },
  create(context) {
    if (context.options.allowTutoyeren) return {};
    return {
      Turn(turn, call) {
        if (turn.role !== "agent" || !speaksToCustomer(call, turn) || tutoyerenAllowed(call, context.settings)) return;
        const forms = addressForms(call, turn, context.phrases, context.language.formalForms, context.settings, "je");
        forms.forEach((form, i) => {
          const { edits, certain } = addressEdits(form, forms[i - 1], turn, context.source.text, context.language);
          context.report({
            node: turn,
            span: form.span,
            messageId: "informal",
            data: { informal: form.said, formal: form.other },
            fix: certain ? edits[0] : null,
            suggest: edits.map((fix) => ({ messageId: "replace", data: { formal: fix.text }, fix })),
          });
        });
      },
    };
  },
});
