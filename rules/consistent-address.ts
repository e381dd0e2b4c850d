// consistent-address — where the client allows "je", the agent keeps to one form of address in a
// call: all "u" or all "je", not a mix.
import { defineRule } from "../src/rule.js";
import { speaksToCustomer, turns, tutoyerenAllowed } from "../src/model/query.js";
import { addressForms, type AddressForm, type Register } from "../src/text/address.js";
import { addressEdits } from "../src/text/address-edits.js";

interface Options {
  reference: "first" | "majority";
}

/** The register the call keeps to: the agent's first form, or the one used most (a tie goes to the first). */
function referenceRegister(forms: readonly AddressForm[], reference: Options["reference"]): Register {
  const first = forms[0]!.register;
  if (reference === "first") return first;
  const informal = forms.filter((form) => form.register === "je").length;
  const formal = forms.length - informal;
  return informal === formal ? first : informal > formal ? "je" : "u";
}

export default defineRule<Options>({
  meta: {
    type: "problem",
    docs: {
      description: "Mag je de klant tutoyeren, kies dan één aanspreekvorm per gesprek: u of je, niet door elkaar.",
      recommended: true,
    },
    messages: {
      mixed:
        "Je zegt hier '{{said}}', maar {{where}} spreek je de klant aan met '{{reference}}'. Wissel u en je niet af: dat klinkt slordig en de klant weet niet waar hij aan toe is. Houd één vorm vast en zeg hier '{{other}}'.",
      replace: "Vervang door '{{other}}'.",
    },
    fixable: "code",
    hasSuggestions: true,
    schema: {
      type: "object",
      properties: {
        reference: {
          enum: ["first", "majority"],
          description: "Welke vorm de maat is: de eerste die de medewerker gebruikt (first) of de vorm die het vaakst valt (majority).",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { reference: "first" },
  },
  create(context) {
    const { options, language, phrases, settings } = context;
    return {
      Call(call) {
        // Without permission every "je" is wrong: that is no-tutoyeren's message, not a mix.
        if (!tutoyerenAllowed(call, settings)) return;
        const forms = turns(call, "agent")
          .filter((turn) => speaksToCustomer(call, turn))
          .flatMap((turn) =>
            [...addressForms(call, turn, phrases, language.formalForms, settings, "u"), ...addressForms(call, turn, phrases, language.formalForms, settings, "je")].map((form) => ({ turn, form })),
          )
          .sort((a, b) => a.form.span[0] - b.form.span[0]);
        if (forms.length === 0) return;
        const register = referenceRegister(forms.map(({ form }) => form), options.reference);
        forms.forEach(({ turn, form }, i) => {
          if (form.register === register) return;
          // Name the nearest form of the right register: the one before, else the one after.
          const before = forms.slice(0, i).findLast(({ form: f }) => f.register === register);
          const reference = (before ?? forms.slice(i + 1).find(({ form: f }) => f.register === register))!.form;
          // The form before it in the same turn, whatever its register: "kun je" makes the next "je" possessive.
          const previous = forms[i - 1]?.turn === turn ? forms[i - 1]!.form : undefined;
          const { edits, certain } = addressEdits(form, previous, turn, context.source.text, language);
          context.report({
            node: turn,
            span: form.span,
            messageId: "mixed",
            data: { said: form.said, other: form.other, reference: reference.said, where: before ? "eerder in het gesprek" : "verderop" },
            fix: certain ? edits[0] : null,
            suggest: edits.map((fix) => ({ messageId: "replace", data: { other: fix.text }, fix })),
          });
        });
      },
    };
  },
});
