import rule from "../../rules/max-silence.js";
import { lines } from "../support/calls.js";
import { runRuleTests } from "../support/rule-tester.js";

const opening = [
  "[00:00:01-00:00:06] Agent: Goedemorgen, u spreekt met Daan van Enerva. Waarmee kan ik u helpen?",
  "[00:00:07-00:00:12] Klant: Met De Vries. Ik wil mijn nieuwe adres doorgeven.",
];

runRuleTests("max-silence", rule, {
  valid: [
    {
      name: "de medewerker zegt wat hij gaat doen voordat het stil wordt",
      text: lines(
        ...opening,
        "[00:00:13-00:00:17] Agent: Dat kan, meneer De Vries. Ik zoek uw gegevens even op.",
        "[00:00:45-00:00:49] Agent: Zo, ik heb ze gevonden. Wat is uw nieuwe adres?",
      ),
    },
    {
      name: "'een ogenblikje', de klant zegt 'ja hoor', dan stilte",
      text: lines(
        ...opening,
        "[00:00:13-00:00:16] Agent: Een ogenblikje, meneer De Vries.",
        "[00:00:17-00:00:18] Klant: Ja hoor.",
        "[00:00:50-00:00:53] Agent: Dank u. Ik zie het adres al staan.",
      ),
    },
    {
      name: "korte stilte",
      text: lines(...opening, "[00:00:24-00:00:28] Agent: Dat kan, meneer De Vries. Wat is uw nieuwe adres?"),
    },
    {
      name: "de klant denkt na: stilte voor een beurt van de klant is niet de fout van de medewerker",
      text: lines(...opening, "[00:00:13-00:00:16] Agent: Wat is uw klantnummer?", "[00:00:50-00:00:54] Klant: Even zoeken, ik heb het. 4839201."),
    },
    {
      name: "alleen begintijden: een stilte is niet te meten",
      text: lines(
        "[00:00:01] Agent: Goedemorgen, u spreekt met Daan. Waarmee kan ik u helpen?",
        "[00:00:07] Klant: Ik wil mijn adres doorgeven.",
        "[00:00:45] Agent: Dat kan. Wat is uw nieuwe adres?",
      ),
    },
    {
      name: "in de wacht is geen stilte: daarover gaat max-hold-duration",
      text: lines(
        ...opening,
        "[00:00:13-00:00:17] Agent: Heeft u een moment? Dan vraag ik het na.",
        "[00:00:18-00:00:19] Klant: Ja.",
        "[00:00:20] [in de wacht]",
        "[00:00:25-00:00:28] Agent: Hoi Sanne, weet jij hoe een verhuizing werkt?",
        "[00:00:50-00:00:53] Collega: Ja, dat gaat via het formulier.",
        "[00:00:55] [uit de wacht]",
        "[00:00:56-00:01:00] Agent: Meneer De Vries, bedankt voor het wachten.",
      ),
    },
    {
      name: "ruimere grens",
      options: { maxSeconds: 40 },
      text: lines(...opening, "[00:00:45-00:00:49] Agent: Dat kan, meneer De Vries. Wat is uw nieuwe adres?"),
    },
    {
      name: "geen tijden",
      text: lines("Agent: Goedemorgen, met Daan.", "Klant: Ik wil mijn adres doorgeven.", "Agent: Dat kan."),
    },
  ],
  invalid: [
    {
      name: "33 seconden stilte zonder uitleg",
      text: lines(...opening, "[00:00:45-00:00:49] Agent: Dat kan, meneer De Vries. Wat is uw nieuwe adres?"),
      errors: [{ messageId: "unexplained", line: 3, column: 28, message: "33 seconden", data: { name: "Meneer De Vries" } }],
    },
    {
      name: "de medewerker zegt iets, maar niet wat hij gaat doen",
      text: lines(
        ...opening,
        "[00:00:13-00:00:15] Agent: Dat kan, meneer De Vries.",
        "[00:00:40-00:00:44] Agent: Wat is uw nieuwe adres?",
      ),
      errors: [{ messageId: "unexplained", line: 4, text: "Wat is uw nieuwe adres", message: "25 seconden" }],
    },
    {
      name: "de uitleg geldt niet meer na een wachtstand",
      text: lines(
        ...opening,
        "[00:00:13-00:00:17] Agent: Een ogenblikje, meneer De Vries.",
        "[00:00:18] [in de wacht]",
        "[00:00:40] [uit de wacht]",
        "[00:00:41-00:00:44] Agent: Meneer De Vries, bedankt voor het wachten.",
        "[00:00:45-00:00:46] Klant: Graag gedaan.",
        "[00:01:10-00:01:13] Agent: Uw adres is aangepast.",
      ),
      errors: [{ messageId: "unexplained", line: 8, message: "24 seconden" }],
    },
    {
      name: "half getimed: alleen waar een einde gegeven is, wordt gemeten",
      text: lines(
        "[00:00:01] Agent: Goedemorgen, met Daan. Waarmee kan ik u helpen?",
        "[00:00:07-00:00:11] Klant: Ik wil mijn adres doorgeven.",
        "[00:00:30] Agent: Dat kan. Wat is uw nieuwe adres?",
      ),
      errors: [{ messageId: "unexplained", line: 3, message: "19 seconden" }],
    },
    {
      name: "strengere grens",
      options: { maxSeconds: 5 },
      text: lines(...opening, "[00:00:20-00:00:24] Agent: Dat kan, meneer De Vries. Wat is uw nieuwe adres?"),
      errors: [{ messageId: "unexplained", line: 3, message: "8 seconden" }],
    },
  ],
});
