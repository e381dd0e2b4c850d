import rule from "../../rules/warm-transfer.js";
import { runRuleTests } from "../support/rule-tester.js";
import { lines } from "../support/calls.js";

const announce = (name: string) => [
  `Agent: Heeft u een moment, ${name}? Dan verbind ik u door met onze afdeling Reizen. Zij kunnen u precies vertellen wat er gedekt is.`,
  "Klant: Ja, prima.",
  "[in de wacht]",
];
const front = lines("---", "klant: meneer Dekker", "sprekers:", "  Ruben: collega", "---").trimEnd();

runRuleTests("warm-transfer", rule, {
  valid: [
    {
      name: "warm doorverbinden: terug aan de lijn, de klant antwoordt, dan pas doorverbinden",
      text: lines(
        ...announce("meneer Dekker"),
        "Agent: Hoi Ruben, ik heb meneer Dekker voor je aan de lijn; hij wil weten of zijn reisverzekering wintersport in Canada dekt.",
        "Collega: Prima, zet maar door.",
        "[uit de wacht]",
        "Agent: Meneer Dekker, bedankt voor het wachten. Mijn collega Ruben neemt het nu van mij over.",
        "Klant: Dank u wel.",
        "[doorverbinden: afdeling Reizen]",
      ),
    },
    {
      name: "naam en samenvatting in één zin",
      text: lines(...announce("meneer Dekker"), "Agent: Hoi Ruben, ik heb meneer Dekker voor je aan de lijn; hij heeft een vraag over wintersport op zijn reisverzekering.", "Collega: Zet maar door.", "[doorverbinden: afdeling Reizen]"),
    },
    {
      name: "samenvatting in steekwoorden, naam pas na de vraag van de collega",
      text: lines(
        ...announce("meneer De Boer"),
        "Agent: Hoi Fatima, inbraak vannacht, achterdeur vernield, aangifte is gedaan. Kun jij het overnemen?",
        "Collega: Ja hoor. Hoe heet de klant?",
        "Agent: Meneer De Boer.",
        "[doorverbinden: afdeling Inbraakschade]",
      ),
    },
    {
      name: "blind doorverbinden is niet de zaak van deze regel",
      text: lines(...announce("meneer Dekker"), "[doorverbinden: afdeling Reizen]"),
    },
    {
      name: "Markdown-script met plaatshouder",
      filename: "script.md",
      text: "## Aanbodfase\n\n**Agent:** Heeft u een moment, {naam}? Dan verbind ik u door met Facturatie.\n\n**Klant:** (ja)\n\n[in de wacht]\n\n**Agent:** Ik heb {naam} voor je, met een vraag over de laatste factuur.\n\n**Collega:** Zet maar door.\n\n[doorverbinden: Facturatie]\n",
    },
  ],
  invalid: [
    {
      name: "warm doorverbinden: de collega hoort de naam niet, ook al antwoordt de klant na de wacht",
      text: lines(
        ...announce("meneer Dekker"),
        "Agent: Hoi Ruben, ik heb hier iemand met een vraag over wintersport in Canada op zijn reisverzekering.",
        "Collega: Prima, zet maar door.",
        "[uit de wacht]",
        "Agent: Meneer Dekker, bedankt voor het wachten. Mijn collega Ruben neemt het nu van mij over.",
        "Klant: Dank u wel.",
        "[doorverbinden: afdeling Reizen]",
      ),
      errors: [{ messageId: "noName", line: 4 }],
    },
    {
      name: "naam zonder samenvatting",
      text: front + "\n" + lines(...announce("meneer Dekker"), "Ruben: Met Ruben.", "Agent: Hoi Ruben, ik heb meneer Dekker voor je aan de lijn. Kun jij hem even helpen?", "Ruben: Ja hoor, zet maar door.", "[doorverbinden: afdeling Reizen]"),
      errors: [{ messageId: "noSummary", line: 10, column: 8, message: "'Ik heb meneer Dekker voor je aan de lijn; hij heeft een vraag over zijn laatste factuur.'" }],
    },
    {
      name: "samenvatting zonder naam (het voorbeeld uit het lesmateriaal)",
      text: lines(
        "---",
        "klant: mevrouw Wagemakers",
        "---",
        ...announce("mevrouw Wagemakers"),
        "Agent: Anouska, ik heb hier een mevrouw met een klacht over haar factuur.",
        "Collega: Hoe heet ze?",
        "Agent: Geen idee, dat heb ik niet goed verstaan.",
        "[doorverbinden: Facturatie]",
      ),
      errors: [{ messageId: "noName", line: 7, message: "'Ik heb mevrouw Wagemakers voor je aan de lijn; zij heeft" }],
    },
    {
      name: "naam en samenvatting ontbreken allebei",
      text: lines(...announce("meneer Dekker"), "Agent: Hoi Ruben, ik heb een klant voor je. Neem jij hem over?", "Collega: Prima.", "[doorverbinden]"),
      errors: [{ messageId: "noName", line: 4 }, { messageId: "noSummary", line: 4 }],
    },
  ],
});
