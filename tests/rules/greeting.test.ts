import rule from "../../rules/greeting.js";
import { runRuleTests } from "../support/rule-tester.js";

const question = "Klant: Goedemiddag, met Piet Janssen. Ik heb een vraag over mijn jaarafrekening van vorige maand.\n";

runRuleTests("greeting", rule, {
  valid: [
    { name: "organisatie met haar soort ervoor", text: "Agent: Goedemorgen, u spreekt met Joris van gemeente Oosterwaarde, afdeling Burgerzaken. Wat kan ik voor u doen?\n" + question },
    {
      name: "spraakherkenning zonder hoofdletters en komma's: groet, organisatie, 'met' en de naam",
      text: "---\norganisatie: Glasnet\n---\nAgent: goedemiddag glasnet met kevin wat kan ik voor u doen\n" + question,
    },
    { name: "spraakherkenning, organisatie van meer woorden", text: "Agent: goeiemiddag klantendienst van brouwerij ter linde met jolien wat kan ik voor u doen\n" + question },
    { name: "spraakherkenning zonder hoofdletters", text: "Agent: goedemorgen u spreekt met kim van rabo wat kan ik doen voor u\n" + question },
    { name: "eerst de organisatie, dan na een komma de naam", text: "Agent: Goedemiddag, Enerva klantenservice, met Sigrid, wat kan ik voor u doen?\n" + question },
    { name: "het voorbeeld uit de lesstof", text: "Agent: Goedemiddag, Sigrid van Enerva, wat kan ik voor u doen?\n" + question },
    { text: "Medewerker: Goedemorgen, u spreekt met Sigrid van Enerva. Waarmee kan ik u helpen?\n" + question },
    { text: "Agent: Goedenavond, welkom bij Zonnedak, mijn naam is Ahmed. Hoe kan ik u helpen?\n" + question },
    { name: "organisatie vóór de groet", text: "Agent: Enerva klantenservice, goedemiddag, met Sigrid. Zegt u het maar.\n" + question },
    { name: "organisatie met lidwoord", text: "Agent: Goedemorgen, u spreekt met Jeroen van de Rabobank, wat kan ik voor u doen?\n" + question },
    { name: "'Goeiemiddag' en 'met' aan het begin van de zin", text: "Agent: Goeiemiddag. Met Kees van Gemeente Utrecht. Waarmee kan ik u van dienst zijn?\n" + question },
    {
      name: "hulpaanbod in de tweede beurt, na de naam van de klant",
      text: "Agent: Goedemiddag, u spreekt met Sigrid van Enerva.\nKlant: Goedemiddag, u spreekt met mevrouw Van der Linden.\nAgent: Goedemiddag mevrouw Van der Linden, wat kan ik voor u doen?\n",
    },
    {
      name: "organisatie uit de front matter, ook met een ander woord erbij",
      text: "---\norganisatie: Waterbedrijf Oost B.V.\nagent: Fatima\n---\nAgent: Goedemorgen, Waterbedrijf Oost, u spreekt met Fatima. Waarmee kan ik u helpen?\n",
    },
    {
      name: "organisatie uit de instellingen",
      settings: { organization: "Zorgverzekeraar Zuid" },
      text: "Agent: Goedemiddag, Zorgverzekeraar Zuid, met Anouska. Wat kan ik voor u doen?\n",
    },
    {
      name: "uitgaand: geen hulpaanbod nodig",
      text: "---\nrichting: outbound\n---\nAgent: Goedemiddag meneer De Boer, u spreekt met Ahmed van Zonnedak. Komt het u gelegen?\nKlant: Ja hoor.\n",
    },
    {
      name: "uitgaand: de klant neemt op en noemt eerst zijn naam",
      text: "Klant: Met De Boer.\nAgent: Goedemiddag meneer De Boer, met Ahmed van Zonnedak. Komt het u gelegen?\nKlant: Ja hoor, zegt u het maar.\n",
    },
    {
      name: "hulpaanbod nooit verplicht",
      options: { requireOfferHelp: "never" },
      text: "Agent: Goedemiddag, u spreekt met Sigrid van Enerva.\n" + question,
    },
    {
      name: "spraak-naar-tekst zonder hoofdletters",
      settings: { organization: "Enerva" },
      text: "Agent: goedemiddag u spreekt met sigrid van enerva wat kan ik voor u doen\n" + question,
    },
    {
      name: "groet gevolgd door een beurt aan een collega telt niet mee",
      text: "Agent: Goedemiddag, Sigrid van Enerva, wat kan ik voor u doen?\n" + question + "Agent: Een moment.\n[in de wacht]\nAgent: Hoi Anouska, ik heb een klant met een vraag.\nCollega: Zet maar door.\n",
    },
    {
      name: "script: de aanvangsfase met plaatshouders",
      filename: "script.md",
      text: "---\norganisatie: Groenstroom\n---\n\n# Meterstand doorgeven\n\n## Aanvangsfase\n\n**Agent:** Goedemiddag, Groenstroom, met {eigen naam}. Waarmee kan ik u helpen?\n\n**Klant:** (noemt naam en reden)\n\n## Analysefase\n\n**Agent:** Mag ik uw klantnummer, {naam}?\n",
    },
  ],
  invalid: [
    {
      name: "een organisatie in hoofdletters is geen eigen naam",
      text: "Agent: Goedemorgen, u spreekt met ING beveiligingsdienst. Waarmee kan ik u helpen?\n" + question,
      errors: [{ messageId: "noOwnName", line: 1, message: "u spreekt met Sigrid van ING beveiligingsdienst" }],
    },
    {
      name: "een vraagwoord na de groet is geen organisatie",
      text: "Agent: Goedemorgen. Waarmee kan ik u helpen?\n" + question,
      errors: [
        { messageId: "noOwnName", line: 1 },
        { messageId: "noOrganization", line: 1, message: "u spreekt met Sigrid van Enerva" },
      ],
    },
    {
      name: "een afdeling is geen organisatie",
      text: "Agent: Dag meneer, Ruben hier, van de servicedesk. Wat kan ik voor u doen?\n" + question,
      errors: [{ messageId: "noOrganization", line: 1, message: "u spreekt met Ruben van Enerva" }],
    },
    {
      name: "Hallo, het Westen hier",
      text: "Agent: Hallo, het Westen hier.\nKlant: Goedemiddag, ik bel over mijn rekening van deze maand, die klopt niet.\n",
      errors: [
        { messageId: "informalGreeting", line: 1, column: 8, text: "Hallo", message: "Goedemiddag, u spreekt met Sigrid van het Westen" },
        { messageId: "noOwnName", line: 1, text: "Hallo, het Westen hier" },
        { messageId: "noOfferHelp", line: 1, text: "Hallo, het Westen hier" },
      ],
    },
    {
      name: "geen groet",
      text: "Agent: U spreekt met Sigrid van Enerva, wat kan ik voor u doen?\n" + question,
      errors: [{ messageId: "noGreeting", line: 1, column: 8, text: "U spreekt met Sigrid van Enerva, wat kan ik voor u doen" }],
    },
    {
      name: "'Hoi' is te informeel",
      text: "Agent: Hoi, met Sigrid van Enerva, wat kan ik voor je doen?\n" + question,
      errors: [{ messageId: "informalGreeting", line: 1, column: 8, text: "Hoi", data: { word: "Hoi" } }],
    },
    {
      name: "geen eigen naam",
      text: "Agent: Goedemorgen, klantenservice van Enerva, waarmee kan ik u helpen?\n" + question,
      errors: [{ messageId: "noOwnName", line: 1 }],
    },
    {
      name: "geen organisatie",
      text: "Agent: Goedemorgen, u spreekt met Sigrid, wat kan ik voor u doen?\n" + question,
      errors: [{ messageId: "noOrganization", line: 1, text: "Goedemorgen, u spreekt met Sigrid, wat kan ik voor u doen" }],
    },
    {
      name: "bekende organisatie niet genoemd",
      text: "---\norganisatie: Enerva\n---\nAgent: Goedemiddag, met Sigrid, wat kan ik voor u doen?\n" + question,
      errors: [{ messageId: "noOrganization", line: 4, message: "Sigrid van Enerva" }],
    },
    {
      name: "geen hulpaanbod bij inkomend gesprek",
      text: "Agent: Goedemiddag, u spreekt met Sigrid van Enerva.\n" + question,
      errors: [{ messageId: "noOfferHelp", line: 1, message: "wat kan ik voor u doen?" }],
    },
    {
      name: "het hulpaanbod komt pas nadat de klant zijn vraag al stelde",
      text: "Agent: Goedemiddag, u spreekt met Sigrid van Enerva.\n" + question + "Agent: Waar kan ik u mee helpen?\n",
      errors: [{ messageId: "noOfferHelp", line: 1 }],
    },
    {
      name: "hulpaanbod altijd verplicht, ook uitgaand",
      options: { requireOfferHelp: "always" },
      text: "---\nrichting: outbound\n---\nAgent: Goedemiddag meneer De Boer, u spreekt met Ahmed van Zonnedak.\n",
      errors: [{ messageId: "noOfferHelp", line: 4 }],
    },
    {
      name: "uitgaand: naam en organisatie ontbreken",
      text: "---\nrichting: outbound\n---\nAgent: Goedemiddag meneer De Boer. Komt het u gelegen?\nKlant: Ja hoor.\n",
      errors: [
        { messageId: "noOwnName", line: 4 },
        { messageId: "noOrganization", line: 4 },
      ],
    },
    {
      name: "'spreek ik met' is geen voorstelling",
      text: "Klant: Hallo?\nAgent: Goedemiddag, spreek ik met Jan Smit?\nKlant: Ja, daar spreekt u mee.\n",
      errors: [
        { messageId: "noOwnName", line: 2, text: "Goedemiddag, spreek ik met Jan Smit" },
        { messageId: "noOrganization", line: 2 },
      ],
    },
    {
      name: "groet in een citaat telt niet",
      text: "Agent: Ik zou zeggen \"goedemiddag\", maar goed. Sigrid van Enerva, wat kan ik voor u doen?\n" + question,
      errors: [{ messageId: "noGreeting", line: 1 }],
    },
    {
      name: "tijdstempel en vetgedrukt label",
      text: "[00:00:02] **Medewerker:** Met Sigrid.\n[00:00:04] **Klant:** Goedemorgen, ik bel over een storing in mijn straat sinds vanochtend.\n",
      errors: [
        { messageId: "noGreeting", line: 1, column: 28, text: "Met Sigrid" },
        { messageId: "noOrganization", line: 1 },
        { messageId: "noOfferHelp", line: 1 },
      ],
    },
    {
      name: "script: informele groet, geen organisatie",
      filename: "script.md",
      text: "---\nrichting: outbound\n---\n\n## Opening\n\n- Agent: Hoi {naam}, met {eigen naam}. Wij hebben een mooie aanbieding voor u!\n- Klant: (antwoordt)\n",
      errors: [
        { messageId: "informalGreeting", line: 7, column: 10, text: "Hoi" },
        { messageId: "noOrganization", line: 7 },
      ],
    },
    {
      name: "script: alleen de aanvangsfase telt als opening",
      filename: "script.md",
      text: "## Aanvangsfase\n\n**Agent:** Goedemorgen, u spreekt met {eigen naam} van {organisatie}.\n\n## Analysefase\n\n**Agent:** Waarmee kan ik u helpen?\n",
      errors: [{ messageId: "noOfferHelp", line: 3 }],
    },
  ],
});
