import rule from "../../rules/no-suggestive-questions.js";
import { runRuleTests } from "../support/rule-tester.js";
import { fullCall, lines } from "../support/calls.js";

runRuleTests("no-suggestive-questions", rule, {
  valid: [
    { name: "een volledig goed gesprek", text: fullCall },
    {
      name: "open vragen, keuzevragen en controlevragen",
      text: lines(
        "Agent: Wat vindt u van dit aanbod, mevrouw Smit?",
        "Klant: Ik twijfel nog.",
        "Agent: Dus u wilt er eerst over nadenken? Kiest u liever voor een vast of een variabel tarief?",
      ),
    },
    { name: "een mededeling met toch is geen vraag", text: lines("Agent: U wilt toch ook korting. Die krijgt u vanaf volgende maand.") },
    { name: "de klant vraagt suggestief", text: lines("Agent: Goedemiddag, u spreekt met Eva van Enerva.", "Klant: Dat is toch logisch? U vindt toch ook niet dat dit kan?") },
    { name: "een citaat", text: lines("Agent: In de training leerden we: zeg nooit 'U wilt toch zeker ook korting?'") },
    {
      name: "Markdown-script met open vragen",
      filename: "script.md",
      text: "## Analysefase\n\n**Agent:** Hoeveel stroom verbruikt u per jaar, {naam}?\n\n**Agent:** Wat vindt u daarvan?\n",
    },
  ],
  invalid: [
    {
      name: "de voorbeelden uit het lesmateriaal, elk met een open alternatief",
      text: lines(
        "Agent: Vindt u ook niet dat blauw u het beste staat?",
        "Agent: U wilt toch zeker ook korting?",
        "Agent: U bent toch wel tevreden?",
        "Agent: Dat is toch logisch?",
        "Agent: Zou u niet liever een vast contract nemen?",
      ),
      errors: [
        { messageId: "suggestive", line: 1, column: 8, text: "Vindt u ook niet", message: "'Wat vindt u daarvan?'" },
        { messageId: "suggestive", line: 2, text: "U wilt toch zeker ook", message: "'Zou u dat willen?'" },
        { messageId: "suggestive", line: 3, text: "U bent toch wel", message: "'Hoe tevreden bent u daarover?'" },
        { messageId: "suggestive", line: 4, text: "Dat is toch" },
        { messageId: "suggestive", line: 5, text: "Zou u niet liever", message: "'Wat heeft uw voorkeur?'" },
      ],
    },
    {
      name: "een vraag zonder vraagteken die met het werkwoord begint",
      text: lines("Agent: Oké, mevrouw Smit, vindt u niet dat dit veel handiger is"),
      errors: [{ messageId: "suggestive", text: "vindt u niet dat" }],
    },
    {
      name: "met je, bij een merk dat tutoyeert",
      text: lines("Agent: Vind je ook niet dat deze kleur je beter staat?", "Agent: Is het niet veel handiger om online te bestellen?"),
      errors: [
        { messageId: "suggestive", line: 1, text: "Vind je ook niet" },
        { messageId: "suggestive", line: 2, text: "Is het niet veel handiger" },
      ],
    },
    {
      name: "Markdown-script",
      filename: "script.md",
      text: "## Aanbodfase\n\n**Agent:** Ons vaste contract geeft zekerheid. U wilt toch zeker ook zekerheid, {naam}?\n",
      errors: [{ messageId: "suggestive", line: 3, text: "U wilt toch zeker ook" }],
    },
  ],
});
