import rule from "../../rules/outbound-ask-convenient.js";
import { runRuleTests } from "../support/rule-tester.js";

const outbound = "---\nrichting: outbound\nklant: meneer De Boer\n---\n";

runRuleTests("outbound-ask-convenient", rule, {
  valid: [
    {
      name: "de vraag direct na de voorstelling",
      text: outbound + "Klant: Met De Boer.\nAgent: Goedemiddag meneer De Boer, u spreekt met Ahmed van Zonnedak. Komt het u gelegen?\nKlant: Ja hoor.\n",
    },
    {
      name: "eerst de reden van het telefoontje, dan de vraag",
      text:
        outbound +
        "Agent: Goedemiddag, u spreekt met Ahmed van Zonnedak. Spreek ik met meneer De Boer?\nKlant: Ja, daar spreekt u mee.\n" +
        "Agent: Meneer De Boer, u heeft vorige week een offerte voor zonnepanelen aangevraagd. Heeft u even tijd om die met mij door te nemen?\nKlant: Ja, dat is goed.\n",
    },
    { name: "schikt het", text: outbound + "Agent: Goedemorgen meneer De Boer, met Ahmed van Zonnedak. Schikt het u nu?\n" },
    { name: "stoor ik u", text: outbound + "Agent: Goedemorgen, met Ahmed van Zonnedak. Stoor ik u?\n" },
    { name: "is dit een geschikt moment", text: outbound + "Agent: Goedemorgen, met Ahmed van Zonnedak. Is dit een geschikt moment om even te bellen?\n" },
    { name: "heeft u daar even tijd voor", text: outbound + "Agent: Goedemorgen, met Ahmed van Zonnedak. Ik bel over uw offerte, heeft u daar even tijd voor?\n" },
    { name: "spraak-naar-tekst zonder vraagteken", text: outbound + "Agent: goedemorgen met Ahmed van Zonnedak\nAgent: komt het u gelegen\nKlant: ja hoor\n" },
    {
      name: "inkomend gesprek: de regel geldt niet",
      text: "Agent: Goedemiddag, Sigrid van Enerva, wat kan ik voor u doen?\nKlant: Ik heb een vraag over mijn rekening.\n",
    },
    {
      name: "richting uit de instellingen, vraag in de derde beurt",
      settings: { direction: "outbound" },
      text: "Agent: Goedemiddag, met Ahmed van Zonnedak.\nKlant: Ja?\nAgent: Spreek ik met meneer De Boer?\nKlant: Ja.\nAgent: Komt het u gelegen als ik u een paar vragen stel?\n",
    },
    {
      name: "later in de beurt toegestaan met meer beurten",
      options: { withinAgentTurns: 5 },
      text: outbound + "Agent: Goedemiddag.\nKlant: Ja?\nAgent: Met Ahmed.\nKlant: Ja?\nAgent: Van Zonnedak.\nKlant: Ja?\nAgent: Komt het u gelegen?\n",
    },
    {
      name: "script in Markdown",
      filename: "script.md",
      text: "---\nrichting: outbound\n---\n\n## Aanvangsfase\n\n**Agent:** Goedemiddag {naam}, u spreekt met {eigen naam} van {organisatie}. Komt het u gelegen?\n\n**Klant:** Ja hoor.\n",
    },
  ],
  invalid: [
    {
      name: "niet gevraagd, meteen het verkooppraatje",
      text:
        outbound +
        "Agent: Goedemiddag, u spreekt met Ahmed van Zonnedak. Wij hebben deze maand een mooie aanbieding voor zonnepanelen.\n" +
        "Klant: Waar gaat het over?\nAgent: U krijgt nu twintig procent korting.\n",
      errors: [
        {
          messageId: "notAsked",
          line: 5,
          column: 8,
          text: "Goedemiddag, u spreekt met Ahmed van Zonnedak. Wij hebben deze maand een mooie aanbieding voor zonnepanelen",
          message: "Goedemiddag meneer De Boer, u spreekt met",
        },
      ],
    },
    {
      name: "de klant neemt op, de medewerker vraagt niets",
      text: "Klant: Met Bakker.\nAgent: Goedemiddag mevrouw Bakker, met Ahmed van Zonnedak. Ik bel u over uw energiecontract.\n",
      errors: [{ messageId: "notAsked", line: 2, message: "Goedemiddag mevrouw Bakker, u spreekt met" }],
    },
    {
      name: "pas in de vierde beurt",
      text:
        outbound +
        "Agent: Goedemiddag, met Ahmed van Zonnedak.\nKlant: Ja?\nAgent: Ik bel over zonnepanelen.\nKlant: O.\n" +
        "Agent: Wij hebben een actie.\nKlant: Ja?\nAgent: Komt het u eigenlijk wel gelegen?\n",
      errors: [{ messageId: "askedLate", line: 11, column: 8, text: "Komt het u eigenlijk wel gelegen", message: "in je 4e beurt" }],
    },
    {
      name: "pas na een lang verhaal in de eerste beurt",
      text:
        outbound +
        "Agent: Goedemiddag meneer De Boer, u spreekt met Ahmed van Zonnedak. Wij zijn een bedrijf uit Apeldoorn dat al twintig jaar zonnepanelen legt, " +
        "en deze maand hebben wij een bijzondere actie waarbij u twintig procent korting krijgt op een compleet systeem, inclusief montage, omvormer en " +
        "tien jaar garantie op alle onderdelen. Heeft u even tijd?\n",
      errors: [{ messageId: "askedLate", line: 5, text: "Heeft u even tijd", message: "na " }],
    },
    {
      name: "geen vraag maar een mededeling",
      text: outbound + "Agent: Goedemiddag, met Ahmed van Zonnedak. Ik hoop dat het u gelegen komt. Ik bel over uw offerte.\n",
      errors: [{ messageId: "notAsked", line: 5 }],
    },
    {
      name: "'heeft u een momentje' vóór de wacht is geen vraag of het gelegen komt",
      text:
        outbound +
        "Agent: Goedemiddag, met Ahmed van Zonnedak. Ik bel over uw offerte.\nKlant: Welke offerte?\n" +
        "Agent: Heeft u een momentje? Dan zoek ik hem even op.\nKlant: Ja hoor.\n[in de wacht]\n",
      errors: [{ messageId: "notAsked", line: 5 }],
    },
    {
      name: "geciteerd telt niet",
      text: outbound + "Agent: Goedemiddag, met Ahmed van Zonnedak. Mijn collega vroeg u gisteren 'komt het u gelegen?' en u had toen geen tijd.\n",
      errors: [{ messageId: "notAsked", line: 5 }],
    },
    {
      name: "strengere grens voor het aantal beurten",
      options: { withinAgentTurns: 1 },
      text: outbound + "Agent: Goedemiddag, met Ahmed van Zonnedak.\nKlant: Ja?\nAgent: Komt het u gelegen?\n",
      errors: [{ messageId: "askedLate", line: 7, message: "in je 2e beurt" }],
    },
    {
      name: "script: de vraag staat pas in de aanbodfase",
      filename: "script.md",
      text: "---\nrichting: outbound\n---\n\n## Opening\n\n- Agent: Goedemiddag {naam}, met {eigen naam} van {organisatie}.\n- Klant: (antwoordt)\n\n## Aanbod\n\n- Agent: U krijgt drie maanden gratis. Komt het u eigenlijk gelegen?\n",
      errors: [{ messageId: "askedLate", line: 12, text: "Komt het u eigenlijk gelegen", message: "in de aanbodfase" }],
    },
    {
      name: "script: nergens gevraagd",
      filename: "script.md",
      text: "---\nrichting: outbound\n---\n\n## Opening\n\n**Agent:** Goedemiddag {naam}, met {eigen naam} van {organisatie}. Ik bel over uw abonnement.\n",
      errors: [{ messageId: "notAsked", line: 7 }],
    },
  ],
});
