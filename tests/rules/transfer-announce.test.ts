import rule from "../../rules/transfer-announce.js";
import { runRuleTests } from "../support/rule-tester.js";
import { fullCall, lines } from "../support/calls.js";

runRuleTests("transfer-announce", rule, {
  valid: [
    { name: "een volledig goed gesprek met wacht, collega en doorverbinden", text: fullCall },
    {
      name: "het voorbeeld uit de cursus",
      text: lines(
        "Agent: Heeft u een moment, mevrouw Janssen? Dan verbind ik u door met afdeling Facturatie. Zij kunnen u goed verder helpen.",
        "Klant: Ja, prima.",
        "[doorverbinden: afdeling Facturatie]",
      ),
    },
    {
      name: "warm doorverbinden: aankondiging, antwoord, wacht, overleg met de collega",
      text: lines(
        "Agent: Mag ik u even doorverbinden, meneer Yılmaz? Mijn collega van de afdeling Schade kan u verder helpen met uw claim.",
        "Klant: Graag.",
        "[in de wacht]",
        "Agent: Hé Anouska, ik heb meneer Yılmaz voor je, hij heeft een vraag over zijn schadeclaim.",
        "Collega: Prima, zet hem maar door.",
        "[doorverbinden]",
      ),
    },
    {
      name: "de aankondiging over twee beurten, met een vraag van de klant ertussen",
      text: lines(
        "Agent: Heeft u een moment, meneer De Vries? Dan verbind ik u door.",
        "Klant: Met wie dan?",
        "Agent: Met de technische dienst, die kunnen de storing op afstand oplossen.",
        "Klant: Oké, goed.",
        "[transfer]",
      ),
    },
    {
      name: "na het antwoord nog een korte groet",
      text: lines(
        "Agent: Mevrouw Smit, heeft u een momentje? Ik verbind u door naar de klantenservice zakelijk.",
        "Klant: Ja hoor.",
        "Agent: Dank u wel, een fijne dag nog.",
        "[doorverbinden]",
      ),
    },
    {
      name: "terug uit de wacht en dan doorverbinden",
      text: lines(
        "Agent: Heeft u een moment, mevrouw Bakker? Dan kijk ik of mijn collega van Incasso u kan helpen.",
        "Klant: Ja.",
        "[in de wacht]",
        "[uit de wacht]",
        "Agent: Mevrouw Bakker, bedankt voor het wachten. Mijn collega Sanne van Incasso neemt het van me over. Vindt u het goed als ik u nu doorverbind?",
        "Klant: Prima, dank u.",
        "[doorverbinden]",
      ),
    },
    {
      name: "scriptplaatshouder als naam",
      text: lines(
        "Agent: Heeft u een moment, {naam}? Dan verbind ik u door met de afdeling Verhuizingen. Zij helpen u verder.",
        "Klant: Ja.",
        "[doorverbinden]",
      ),
    },
    {
      name: "Markdown-script met plaatshouder",
      filename: "script.md",
      text: "## Aanbodfase\n\n- **Agent:** Heeft u een moment, {naam}? Dan verbind ik u door met de afdeling Incasso. Zij kunnen u goed verder helpen.\n- **Klant:** Ja, prima.\n\n[doorverbinden]\n",
    },
    {
      name: "een gesprek tussen agent en collega zonder klant",
      text: lines("Collega: Facturatie, met Ellen.", "Agent: Hoi Ellen, ik heb een klant met een dubbele rekening voor je.", "Collega: Zet maar door.", "[transfer]"),
    },
  ],
  invalid: [
    {
      name: "meteen doorverbinden na de volledige aankondiging",
      text: lines(
        "Agent: Heeft u een moment, mevrouw Janssen? Dan verbind ik u door met afdeling Facturatie. Zij kunnen u goed verder helpen.",
        "[doorverbinden]",
      ),
      errors: [{ messageId: "notWaited", line: 2, text: "[doorverbinden]" }],
    },
    {
      name: "alleen 'ik verbind u door'",
      text: lines("Agent: Ik verbind u door.", "[doorverbinden: afdeling Facturatie]"),
      errors: [
        { messageId: "noName", line: 2, text: "[doorverbinden: afdeling Facturatie]", message: "'Heeft u een moment, mevrouw Janssen? Dan verbind ik u door met afdeling Facturatie.'" },
        { messageId: "noMoment", line: 2 },
        { messageId: "noExplanation", line: 2 },
      ],
    },
    {
      name: "geen naam (naam bekend uit de front matter)",
      text: lines(
        "---",
        "klant: meneer Peters",
        "---",
        "Agent: Heeft u een moment? Dan verbind ik u door met de afdeling Schade.",
        "Klant: Ja.",
        "[doorverbinden]",
      ),
      errors: [{ messageId: "noName", line: 6, message: "meneer Peters" }],
    },
    {
      name: "geen moment gevraagd",
      text: lines("Agent: Mevrouw Janssen, ik verbind u door met de afdeling Facturatie.", "Klant: Oké.", "[doorverbinden]"),
      errors: [{ messageId: "noMoment", line: 3, text: "[doorverbinden]" }],
    },
    {
      name: "niet gezegd waarheen",
      text: lines("Agent: Heeft u een moment, mevrouw Janssen? Dan verbind ik u door.", "Klant: Ja hoor.", "[doorverbinden]"),
      errors: [{ messageId: "noExplanation", line: 3 }],
    },
    {
      name: "warm doorverbinden zonder aankondiging aan de klant",
      text: lines(
        "Agent: Daar kan ik u helaas niet mee helpen.",
        "Klant: Jammer.",
        "[in de wacht]",
        "Agent: Hé Anouska, kun jij deze klant overnemen?",
        "Collega: Ja hoor.",
        "[doorverbinden]",
      ),
      errors: [
        { messageId: "noName", line: 6 },
        { messageId: "noMoment", line: 6 },
        { messageId: "noExplanation", line: 6 },
      ],
    },
    {
      name: "doorverbinden zonder dat de agent iets zei",
      text: lines("[doorverbinden]", "Collega: Goedemiddag, met Anouska van Facturatie.", "Klant: Eh, hallo? Ik was net nog bij uw collega."),
      errors: [
        { messageId: "noName", line: 1 },
        { messageId: "noMoment", line: 1 },
        { messageId: "noExplanation", line: 1 },
      ],
    },
    {
      name: "de aankondiging komt na de laatste woorden van de klant: die telt, zonder naam en zonder antwoord",
      text: lines(
        "Agent: Dat is iets voor de afdeling Facturatie, mevrouw Janssen.",
        "Klant: O, ja.",
        "Agent: Heeft u een moment? Ik verbind u door met de afdeling Facturatie.",
        "[doorverbinden]",
      ),
      errors: [
        { messageId: "noName", line: 4 },
        { messageId: "notWaited", line: 4 },
      ],
    },
    {
      name: "elke doorverbinding telt apart",
      text: lines(
        "Agent: Heeft u een moment, mevrouw Janssen? Dan verbind ik u door met afdeling Facturatie.",
        "Klant: Ja.",
        "[doorverbinden]",
        "Collega: Goedemiddag mevrouw Janssen, met Anouska. Dit is toch iets voor de technische dienst.",
        "Klant: O.",
        "Collega: Ik zet u door.",
        "[doorverbinden]",
      ),
      errors: [
        { messageId: "noName", line: 7 },
        { messageId: "noMoment", line: 7 },
        { messageId: "noExplanation", line: 7 },
      ],
    },
    {
      name: "Markdown-script: de vraag om een moment hoort bij de wacht ervoor, niet bij het doorverbinden",
      filename: "script.md",
      text: "## Analysefase\n\n- **Agent:** Heeft u een moment, {naam}? Dan vraag ik het even voor u na.\n- **Klant:** Ja hoor.\n\n[in de wacht]\n\n[uit de wacht]\n\n**Agent:** {naam}, bedankt voor het wachten. Dit moet de afdeling Incasso regelen.\n\n**Agent:** Ik verbind u door.\n\n[doorverbinden]\n",
      errors: [
        { messageId: "noMoment", line: 14, text: "[doorverbinden]" },
      ],
    },
    {
      name: "het woord na de naam van de klant in een nieuwe zin is geen naam",
      text: lines(
        "Klant: Goedemiddag, u spreekt met mevrouw Wagemakers. Ik heb een klacht over mijn factuur.",
        "Agent: Ik verbind u door met Facturatie, die weten er meer van.",
        "[doorverbinden: Facturatie]",
      ),
      errors: [
        { messageId: "noName", line: 3, message: "mevrouw Wagemakers" },
        { messageId: "noMoment", line: 3 },
      ],
    },
  ],
});
