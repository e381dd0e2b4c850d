import rule from "../../rules/no-informal-phrases.js";
import { runRuleTests } from "../support/rule-tester.js";
import { fullCall, lines } from "../support/calls.js";

runRuleTests("no-informal-phrases", rule, {
  valid: [
    { name: "een volledig goed gesprek met wacht, collega en doorverbinden", text: fullCall },
    {
      name: "'nee hoor' en 'ja hoor' van de klant zijn prima",
      text: lines("Agent: Heeft u een moment, mevrouw Smit?", "Klant: Ja hoor.", "Agent: Heeft u nog vragen?", "Klant: Nee hoor, dat was het."),
    },
    {
      name: "hoor en hier als werkwoord en bijwoord",
      text: lines(
        "Agent: Dat hoor ik graag, mevrouw Smit. Ik hoor het ook van andere klanten.",
        "Agent: Wat ik hoor, is dat de storing voorbij is. Ik ben hier om u te helpen.",
        "Agent: Hoort u mij goed? Hier is uw nieuwe klantnummer.",
        "Agent: Dat kan gewoon bij mij, hoor. Wat wilt u weten?",
      ),
    },
    { name: "een citaat", text: lines("Agent: U zei net: 'geen idee, joh'. Dan zoek ik het voor u uit, meneer Peters.") },
    {
      name: "tegen een collega terwijl de klant in de wacht staat",
      text: lines(
        "Agent: Heeft u een moment, mevrouw Smit? Dan vraag ik het even na.",
        "Klant: Ja hoor.",
        "[in de wacht]",
        "Agent: Hoi Sanne, weet jij of de storing voorbij is? Ik heb geen idee.",
        "Collega: Ja, sinds vanochtend.",
        "[uit de wacht]",
        "Agent: Mevrouw Smit, bedankt voor het wachten. De storing is voorbij.",
      ),
    },
    { name: "de optie allow", options: { allow: ["doei"] }, text: lines("Agent: Fijne dag nog, doei!") },
    {
      name: "Markdown-script zonder informele woorden",
      filename: "script.md",
      text: "## Aanvangsfase\n\n**Agent:** Goedemiddag, u spreekt met {eigen naam} van Enerva. Wat kan ik voor u doen?\n\n- **Klant:** Nee hoor.\n",
    },
  ],
  invalid: [
    {
      name: "een moment hoor, met het advies",
      text: lines("Agent: Goedemiddag, Enerva. Wat kan ik voor u doen?", "Klant: Mijn meter doet raar.", "Agent: Een moment hoor!"),
      errors: [{ messageId: "informal", line: 3, column: 8, text: "Een moment hoor", message: "Zeg liever: 'Een ogenblikje alstublieft.'" }],
    },
    {
      name: "Hallo, het Westen hier",
      text: lines("Agent: Hallo, het Westen hier."),
      errors: [{ messageId: "informal", text: "Hallo, het Westen hier", message: "u spreekt met" }],
    },
    {
      name: "wacht even hoor, doei en oké doei met de naam in het advies",
      text: lines(
        "---",
        "klant: mevrouw Bakker",
        "---",
        "Agent: Wacht even hoor.",
        "Agent: Oké doei!",
        "Agent: Doei.",
      ),
      errors: [
        { messageId: "informal", line: 4, text: "Wacht even hoor", message: "Heeft u een ogenblikje?" },
        { messageId: "informal", line: 5, text: "Oké doei", message: "'Dag mevrouw Bakker, nog een fijne dag!'" },
        { messageId: "informal", line: 6, text: "Doei" },
      ],
    },
    {
      name: "geen idee, joh, effe, ff, kweenie, ciao, tot de mazzel",
      text: lines(
        "Agent: Geen idee, joh. Ik kijk effe.",
        "Agent: Ff kijken. Kweenie. Ciao, tot de mazzel!",
      ),
      errors: [
        { messageId: "informal", line: 1, text: "Geen idee" },
        { messageId: "informal", line: 1, text: "joh" },
        { messageId: "informal", line: 1, text: "effe", message: "Zeg 'even'" },
        { messageId: "informal", line: 2, text: "Ff" },
        { messageId: "informal", line: 2, text: "Kweenie" },
        { messageId: "informal", line: 2, text: "Ciao" },
        { messageId: "informal", line: 2, text: "tot de mazzel" },
      ],
    },
    {
      name: "Markdown-script",
      filename: "script.md",
      text: "## Analysefase\n\n- **Agent:** Momentje hoor, {naam}.\n",
      errors: [{ messageId: "informal", line: 3, text: "Momentje hoor" }],
    },
  ],
});
