import rule from "../../rules/consistent-address.js";
import { runRuleTests } from "../support/rule-tester.js";
import { fullCall, lines } from "../support/calls.js";

const allowed = { tutoyeren: true };
const mixed = lines(
  "Agent: Goedemiddag, je spreekt met Noa van Trapkracht. Waarmee kan ik je helpen?",
  "Klant: Hoi, mijn e-bike laadt niet meer op.",
  "Agent: Wat vervelend. Kunt u de accu langsbrengen? Neem je lader ook mee.",
  "Klant: Doe ik.",
  "Agent: Dan krijgt u binnen een week uw nieuwe accu. Alstublieft, hier is je bonnummer.",
);

runRuleTests("consistent-address", rule, {
  valid: [
    { name: "zonder toestemming om te tutoyeren zegt deze regel niets (dat doet no-tutoyeren)", text: mixed },
    { name: "een u-gesprek waarin tutoyeren mag", settings: allowed, text: fullCall },
    {
      name: "een je-gesprek; de klant zegt u",
      settings: allowed,
      text: lines(
        "Agent: Hoi, met Tim van Fizzz! Wat kan ik voor je doen?",
        "Klant: Kunt u mij helpen met mijn bestelling?",
        "Agent: Tuurlijk. Heb je je bestelnummer? Dank je wel.",
      ),
    },
    {
      name: "citaat en collega tellen niet",
      settings: allowed,
      text: lines(
        "Agent: Heeft u een moment, mevrouw Smit? In de brief staat: 'heb je vragen, bel ons'.",
        "Klant: Ja hoor.",
        "[in de wacht]",
        "Agent: Hoi Sanne, weet jij of de storing voorbij is?",
        "Collega: Ja, sinds vanochtend.",
        "[uit de wacht]",
        "Agent: Mevrouw Smit, bedankt voor het wachten. De storing is voorbij.",
      ),
    },
  ],
  invalid: [
    {
      name: "je eerst, daarna u: elke u-vorm met de je-vorm erbij",
      settings: allowed,
      text: mixed,
      errors: [
        { messageId: "mixed", line: 3, text: "Kunt u", message: "'kun je'" },
        { messageId: "mixed", line: 5, text: "krijgt u", message: "'krijg je'" },
        { messageId: "mixed", line: 5, text: "uw", message: "'je (of jouw)'" },
        { messageId: "mixed", line: 5, text: "Alstublieft", message: "'alsjeblieft'" },
      ],
    },
    {
      name: "tutoyeren mag volgens de front matter; u eerst, daarna je",
      text: lines(
        "---",
        "tutoyeren: true",
        "---",
        "Agent: Goedemiddag, u spreekt met Noa van Trapkracht. Waarmee kan ik u helpen?",
        "Klant: Mijn accu laadt niet op.",
        "Agent: Heb je het ordernummer bij de hand?",
      ),
      errors: [{ messageId: "mixed", line: 6, column: 8, text: "Heb je", message: "eerder in het gesprek spreek je de klant aan met 'u'. " }],
    },
    {
      name: "de meerderheid als maat: de ene je-vorm tussen de u-vormen",
      settings: allowed,
      options: { reference: "majority" },
      text: lines(
        "Agent: Goedemiddag, wat kan ik voor je doen?",
        "Klant: Mijn accu laadt niet op.",
        "Agent: Heeft u het ordernummer? Dan kunt u de accu in de winkel brengen, met uw bon.",
      ),
      errors: [{ messageId: "mixed", line: 1, text: "je", message: "verderop" }],
    },
    {
      name: "Markdown-script",
      filename: "script.md",
      settings: allowed,
      text: "## Aanvangsfase\n\n**Agent:** Hoi! Je spreekt met {eigen naam} van Fizzz. Waarmee kan ik u helpen?\n",
      errors: [{ messageId: "mixed", line: 3, text: "u" }],
    },
  ],
});
