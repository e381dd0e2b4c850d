import rule from "../../rules/hold-return-name-thanks.js";
import { runRuleTests } from "../support/rule-tester.js";
import { fullCall, lines } from "../support/calls.js";

const asked = ["Agent: Heeft u een moment, mevrouw Janssen? Dan vraag ik het even voor u na.", "Klant: Ja hoor.", "[in de wacht]"];

runRuleTests("hold-return-name-thanks", rule, {
  valid: [
    { name: "een volledig goed gesprek met wacht, collega en doorverbinden", text: fullCall },
    {
      name: "het voorbeeld uit de cursus",
      text: lines(...asked, "[uit de wacht]", "Agent: Mevrouw Janssen, bedankt voor het wachten. Ik heb het nagevraagd en de monteur komt morgen."),
    },
    {
      name: "mevrouw Pietersen uit de opdracht",
      text: lines(...asked, "[unhold]", "Agent: Mevrouw Pietersen, bedankt voor het wachten. Ik heb het nagevraagd en ..."),
    },
    {
      name: "een kort 'Zo' of 'Ja' voor de naam mag",
      text: lines(...asked, "[uit de wacht]", "Klant: Hallo?", "Agent: Ja, mevrouw Janssen, dank u wel voor uw geduld. Het is geregeld."),
    },
    {
      name: "alleen de achternaam die de klant zelf noemde",
      text: lines(
        "Klant: Goedemiddag, met Piet Hoekstra.",
        "Agent: Heeft u een moment? Dan zoek ik het op.",
        "Klant: Ja.",
        "[in de wacht]",
        "[uit de wacht]",
        "Agent: Hoekstra, fijn dat u even wilde wachten.",
      ),
    },
    {
      name: "terug na overleg met een collega, zonder [uit de wacht]",
      text: lines(
        ...asked,
        "Agent: Hoi Sanne, weet jij of de storing in Zwolle al verholpen is?",
        "Collega: Ja, sinds vanochtend.",
        "Agent: Top, dank je.",
        "Agent: Mevrouw Janssen, bedankt voor het wachten. De storing is sinds vanochtend verholpen.",
        "Klant: Gelukkig!",
      ),
    },
    {
      name: "de wacht eindigt in doorverbinden: geen terugkeer om te controleren",
      text: lines(
        "Agent: Heeft u een moment, meneer Yılmaz? Dan verbind ik u door met de afdeling Schade.",
        "Klant: Prima.",
        "[in de wacht]",
        "Agent: Hé Anouska, ik heb meneer Yılmaz voor je over zijn schadeclaim.",
        "Collega: Zet hem maar door.",
        "[doorverbinden]",
      ),
    },
    {
      name: "scriptplaatshouder als naam",
      text: lines(
        "Agent: Heeft u een moment, {naam}? Dan vraag ik het even na.",
        "Klant: Ja hoor.",
        "[in de wacht]",
        "[uit de wacht]",
        "Agent: {naam}, bedankt voor het wachten.",
      ),
    },
    {
      name: "een ruimere optie voor de plaats van de naam",
      options: { nameWithinWords: 6 },
      text: lines(...asked, "[uit de wacht]", "Agent: Zo, daar ben ik weer, mevrouw Janssen. Bedankt voor het wachten."),
    },
    {
      name: "Markdown-script met {naam}",
      filename: "script.md",
      text: "## Analysefase\n\n- **Agent:** Heeft u een moment, {naam}? Dan vraag ik het na.\n- **Klant:** Ja.\n\n[in de wacht]\n\n[uit de wacht]\n\n**Agent:** {naam}, bedankt voor het wachten. Ik heb het nagevraagd en ...\n",
    },
  ],
  invalid: [
    {
      name: "de naam van de dokter is niet die van de klant; het voorbeeld noemt de klant uit de front matter",
      text: "---\nklant: mevrouw De Vries\n---\nAgent: Heeft u een moment? Dan kijk ik wanneer dokter Bakker tijd heeft.\nKlant: Ja hoor.\n[in de wacht]\n[uit de wacht]\nAgent: Bedankt voor het wachten. Ik plan u in bij dokter Bakker op dinsdag.\n",
      errors: [{ messageId: "noName", line: 8, message: "'Mevrouw De Vries, bedankt voor het wachten.'" }],
    },
    {
      name: "alleen de naam (cursusvoorbeeld 'Mevrouw Wagemakers. Ik heb het nagevraagd')",
      text: lines(...asked, "[uit de wacht]", "Agent: Mevrouw Wagemakers. Ik heb het nagevraagd en het klopt."),
      errors: [{ messageId: "noThanks", line: 5, text: "Mevrouw Wagemakers", message: "bedankt voor het wachten" }],
    },
    {
      name: "alleen bedankt, geen naam (cursusvoorbeeld)",
      text: lines(...asked, "[uit de wacht]", "Agent: Bedankt voor het wachten. Ik heb het nagevraagd en ..."),
      errors: [{ messageId: "noName", line: 5, text: "Bedankt voor het wachten", message: "'Mevrouw Janssen, bedankt voor het wachten.'" }],
    },
    {
      name: "eerst bedanken, dan de naam",
      text: lines(...asked, "[uit de wacht]", "Agent: Bedankt voor het wachten, mevrouw Janssen. Ik heb het nagevraagd."),
      errors: [{ messageId: "thanksBeforeName", line: 5, text: "Bedankt voor het wachten" }],
    },
    {
      name: "naam noch bedankje",
      text: lines(...asked, "[uit de wacht]", "Agent: Zo. Ik heb het nagevraagd en de monteur komt morgen."),
      errors: [
        { messageId: "noName", line: 5, text: "Zo" },
        { messageId: "noThanks", line: 5, text: "Zo" },
      ],
    },
    {
      name: "de naam pas na vier woorden",
      text: lines(...asked, "[uit de wacht]", "Agent: Zo, daar ben ik weer, mevrouw Janssen. Bedankt voor het wachten."),
      errors: [{ messageId: "noName", line: 5, text: "Zo, daar ben ik weer, mevrouw Janssen" }],
    },
    {
      name: "de klant spreekt eerst; dat ontslaat de agent niet",
      text: lines(...asked, "[uit de wacht]", "Klant: Hallo? Bent u daar nog?", "Agent: Ja, ik ben er weer. Het is geregeld."),
      errors: [
        { messageId: "noName", line: 6 },
        { messageId: "noThanks", line: 6 },
      ],
    },
    {
      name: "alleen 'mevrouw' is geen naam",
      text: lines(...asked, "[uit de wacht]", "Agent: Mevrouw, bedankt voor het wachten."),
      errors: [{ messageId: "noName", line: 5, text: "Mevrouw, bedankt voor het wachten" }],
    },
    {
      name: "terug zonder [uit de wacht], na overleg met een collega",
      text: lines(
        ...asked,
        "Agent: Sanne, klopt het dat de monteur morgen komt?",
        "Collega: Ja, tussen acht en twaalf.",
        "Agent: Fijn, dank je.",
        "Agent: De monteur komt morgen tussen acht en twaalf.",
        "Klant: Mooi.",
      ),
      errors: [
        { messageId: "noName", line: 7 },
        { messageId: "noThanks", line: 7 },
      ],
    },
    {
      name: "naam uit de front matter in het voorbeeld",
      text: lines("---", "klant: meneer De Vries", "---", "Agent: Kunt u even wachten?", "Klant: Ja.", "[in de wacht]", "[uit de wacht]", "Agent: Excuses voor het wachten, meneer De Vries."),
      errors: [
        { messageId: "noName", line: 8 },
        { messageId: "noThanks", line: 8, message: "'Meneer De Vries, bedankt voor het wachten." },
      ],
    },
    {
      name: "elke wachtstand telt apart",
      text: lines(
        ...asked,
        "[uit de wacht]",
        "Agent: Mevrouw Janssen, bedankt voor het wachten. Ik moet nog iets navragen, heeft u nog een moment?",
        "Klant: Ja hoor.",
        "[in de wacht]",
        "[uit de wacht]",
        "Agent: Daar ben ik weer.",
      ),
      errors: [
        { messageId: "noName", line: 9 },
        { messageId: "noThanks", line: 9 },
      ],
    },
    {
      name: "Markdown-script: bedankt voor de naam",
      filename: "script.md",
      text: "## Analysefase\n\n- **Agent:** Heeft u een moment, {naam}? Dan vraag ik het na.\n- **Klant:** Ja.\n\n[in de wacht]\n\n[uit de wacht]\n\n**Agent:** Bedankt voor het wachten, {naam}.\n",
      errors: [{ messageId: "thanksBeforeName", line: 10, text: "Bedankt voor het wachten", message: "'{naam}, bedankt voor het wachten.'" }],
    },
    {
      name: "naam met kleine letters: mevrouw de Wit",
      text: lines(
        "Klant: Ja hallo, met mevrouw de Wit. Iemand is tegen mijn auto gereden.",
        "Medewerkster: Heeft u een moment? Dan zoek ik het kenteken op.",
        "Klant: Ja.",
        "[in de wacht]",
        "[uit de wacht]",
        "Medewerkster: Mevrouw de Wit, ik heb het kenteken gevonden.",
      ),
      errors: [{ messageId: "noThanks", line: 6, text: "Mevrouw de Wit", message: "'Mevrouw de Wit, bedankt voor het wachten." }],
    },
  ],
});
