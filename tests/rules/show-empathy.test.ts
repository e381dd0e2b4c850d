import rule from "../../rules/show-empathy.js";
import { runRuleTests } from "../support/rule-tester.js";
import { fullCall, lines } from "../support/calls.js";

const opening = "Agent: Goedemiddag, u spreekt met Dennis van NetLijn. Waarmee kan ik u helpen?";

runRuleTests("show-empathy", rule, {
  valid: [
    { name: "een volledig goed gesprek", text: fullCall },
    {
      name: "begrip in de volgende beurt",
      text: lines(opening, "Klant: Mijn internet ligt er al vijf dagen uit. Ik ben het echt zat.", "Agent: Dat begrijp ik, wat vervelend voor u. Wat is uw postcode?"),
    },
    {
      name: "een 'hm-hm' terwijl de klant doorpraat is luisteren, niet het antwoord",
      text: lines(
        opening,
        "[00:00:07-00:00:21] Klant: Ik heb drie weken geleden een claim ingediend en ik heb nog steeds niets gehoord.",
        "[00:00:12-00:00:12.5] Agent: Hm-hm.",
        "[00:00:22-00:00:28] Agent: Wat vervelend, mevrouw Öztürk. Mag ik uw polisnummer?",
      ),
    },
    {
      name: "overlijden en deelneming",
      text: lines(opening, "Klant: Ik wil het abonnement van mijn man opzeggen. Hij is vorige maand overleden.", "Agent: Gecondoleerd, mevrouw Smit. Dat regel ik voor u."),
    },
    {
      name: "zorgen en slecht nieuws, elk met begrip",
      text: lines(
        opening,
        "Klant: Er is vannacht bij ons ingebroken.",
        "Agent: Wat naar, meneer De Boer. Is iedereen in orde?",
        "Klant: Ja, maar ik maak me zorgen dat ze terugkomen.",
        "Agent: Dat kan ik me goed voorstellen. Ik regel vandaag nog een expert.",
      ),
    },
    {
      name: "een neutrale vraag vraagt geen begrip",
      text: lines(opening, "Klant: Ik wil mijn meterstand doorgeven.", "Agent: Dat kan. Wat is uw klantnummer?"),
    },
    {
      name: "een citaat is niet de klant zelf",
      text: lines(opening, "Klant: Mijn buurman zei: 'ik ben het zat met die storingen'. Is er een storing bij mij in de straat?", "Agent: Dat zoek ik voor u op."),
    },
    {
      name: "de klant hangt op voordat de medewerker reageert",
      text: lines(opening, "Klant: Dit is belachelijk!", "[klant verbreekt]"),
    },
    {
      name: "met de optie turns mag het begrip een beurt later komen",
      options: { turns: 2 },
      text: lines(opening, "Klant: Ik ben echt boos.", "Agent: Mag ik uw klantnummer?", "Klant: 4839201.", "Agent: Dat begrijp ik heel goed, meneer. Ik zoek het uit."),
    },
  ],
  invalid: [
    {
      name: "frustratie zonder begrip, met een voorbeeldzin met de naam",
      text: lines(
        "---",
        "klant: mevrouw Verhoeven",
        "---",
        opening,
        "Klant: Ik ben het echt zat. Mijn internet ligt er al vijf dagen uit.",
        "Agent: Wat is uw postcode en huisnummer?",
      ),
      errors: [
        {
          messageId: "noEmpathy",
          line: 6,
          column: 8,
          text: "Wat is uw postcode en huisnummer",
          message: "('ben het echt zat')",
        },
      ],
    },
    {
      name: "overlijden zonder deelneming",
      text: lines(opening, "Klant: Mijn vader is overleden en ik wil zijn contract opzeggen.", "Agent: Wat is het klantnummer?"),
      errors: [{ messageId: "noEmpathy", line: 3, message: "'Gecondoleerd, mevrouw Janssen. Wat naar om te horen.'" }],
    },
    {
      name: "zorgen, en begrip pas een beurt later (standaard te laat)",
      text: lines(opening, "Klant: Ik maak me echt zorgen over de rekening.", "Agent: Mag ik uw klantnummer?", "Klant: 4839201.", "Agent: Dat begrijp ik."),
      errors: [{ messageId: "noEmpathy", line: 3, message: "maakt zich zorgen" }],
    },
    {
      name: "twee uitingen achter elkaar: één melding",
      text: lines(opening, "Klant: Dit is belachelijk.", "Klant: Ik heb al drie keer gebeld!", "Agent: Wat is uw klantnummer?"),
      errors: [{ messageId: "noEmpathy", line: 4 }],
    },
    {
      name: "Markdown-script",
      filename: "script.md",
      text: "## Analysefase\n\n**Klant:** Er is tegen mijn auto gereden.\n\n**Agent:** Wat is uw kenteken, {naam}?\n",
      errors: [{ messageId: "noEmpathy", line: 5, message: "vertelt iets naars" }],
    },
  ],
});
