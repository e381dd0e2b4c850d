import rule from "../../rules/hold-ask-permission.js";
import { runRuleTests } from "../support/rule-tester.js";
import { fullCall, lines } from "../support/calls.js";

runRuleTests("hold-ask-permission", rule, {
  valid: [
    { name: "een volledig goed gesprek met wacht, collega en doorverbinden", text: fullCall },
    {
      name: "het voorbeeld uit de cursus, met antwoord",
      text: lines(
        "Agent: Mevrouw Janssen, heeft u een moment? Dan vraag ik het even voor u na.",
        "Klant: Ja hoor, geen probleem.",
        "[in de wacht]",
        "[uit de wacht]",
        "Agent: Mevrouw Janssen, bedankt voor het wachten. Ik heb het nagevraagd en de monteur komt morgen.",
      ),
    },
    {
      name: "vraag, antwoord en een korte afronding voor de wachtknop",
      text: lines(
        "Agent: Mag ik u even in de wacht zetten, meneer De Vries? Dan overleg ik met mijn collega.",
        "Klant: Dat is goed.",
        "Agent: Dank u, ik ben zo terug.",
        "[hold]",
      ),
    },
    {
      name: "transcript zonder vraagteken: het verzoek opent de zin",
      text: lines(
        "Agent: Oké meneer Bakker kunt u heel even aan de lijn blijven dan zoek ik het op",
        "Klant: Ja prima",
        "[in de wacht]",
      ),
    },
    {
      name: "de klant vraagt eerst hoe lang het duurt",
      text: lines(
        "Agent: Heeft u nog even een momentje? Ik kijk het na in ons systeem.",
        "Klant: Duurt het lang?",
        "Agent: Een paar minuutjes.",
        "Klant: Oké, dan wacht ik wel.",
        "[in de wacht]",
      ),
    },
    {
      name: "'nee hoor' op 'vindt u het goed' is toestemming",
      text: lines(
        "Agent: Vindt u het goed als ik u even in de wacht zet?",
        "Klant: Nee hoor, ga uw gang.",
        "[in de wacht]",
      ),
    },
    {
      name: "tweede keer in de wacht, opnieuw netjes gevraagd",
      text: lines(
        "Agent: Heeft u een moment, mevrouw Öztürk? Dan kijk ik het na.",
        "Klant: Ja.",
        "[in de wacht]",
        "[uit de wacht]",
        "Agent: Mevrouw Öztürk, bedankt voor het wachten. Ik moet nog één ding navragen, wilt u nog heel even wachten?",
        "Klant: Ja hoor.",
        "[in de wacht]",
      ),
    },
    {
      name: "doorverbinden is niet voor deze regel",
      text: lines("Agent: Ik verbind u door.", "[doorverbinden]"),
    },
    {
      name: "een tweede wachtstand terwijl de klant al in de wacht staat",
      text: lines(
        "Agent: Heeft u een moment, meneer Smit?",
        "Klant: Ja hoor.",
        "[in de wacht]",
        "Agent: Sanne, weet jij hoe dit zit?",
        "Collega: Momentje, ik kijk.",
        "[in de wacht]",
      ),
    },
    {
      name: "Markdown-script met plaatshouder en lijst",
      filename: "script.md",
      text: "## Analysefase\n\n- **Agent:** {naam}, heeft u een moment? Dan vraag ik het even voor u na.\n- **Klant:** Ja hoor.\n\n[in de wacht]\n",
    },
    {
      name: "een gesprek tussen agent en collega zonder klant",
      text: lines("Agent: Hoi Ellen, met Tim van de servicedesk.", "Collega: Hoi Tim, wacht even, ik pak het dossier.", "[in de wacht]"),
    },
  ],
  invalid: [
    {
      name: "het foute voorbeeld uit de cursus",
      text: lines("Agent: Een moment hoor! Dan vraag ik het even na.", "[in de wacht]"),
      errors: [{ messageId: "notAsked", line: 2, text: "[in de wacht]", message: "'Heeft u een moment, mevrouw Janssen?" }],
    },
    {
      name: "wel gevraagd, niet gewacht",
      text: lines("Agent: Heeft u een moment? Dan vraag ik het even na.", "[in de wacht]"),
      errors: [{ messageId: "notWaited", line: 2, text: "[in de wacht]" }],
    },
    {
      name: "gevraagd in twee beurten zonder antwoord ertussen",
      text: lines(
        "Agent: Mag ik u even in de wacht zetten?",
        "Agent: Ik ga namelijk even bij mijn collega van de technische dienst navragen hoe het met uw storing zit.",
        "[in de wacht]",
      ),
      errors: [{ messageId: "notWaited", line: 3 }],
    },
    {
      name: "de klant weigert, toch in de wacht; naam uit de front matter",
      text: lines("---", "klant: mevrouw Bakker", "---", "Agent: Heeft u een moment?", "Klant: Nee, ik heb geen tijd, ik sta op het perron.", "[in de wacht]"),
      errors: [{ messageId: "holdDespiteRefusal", line: 6, message: "mevrouw Bakker" }],
    },
    {
      name: "'ja, nee' is nee",
      text: lines("Agent: Kunt u even wachten, meneer De Vries?", "Klant: Ja, nee, dat komt nu niet goed uit.", "[in de wacht]"),
      errors: [{ messageId: "holdDespiteRefusal", line: 3, message: "meneer De Vries" }],
    },
    {
      name: "een mededeling is geen vraag",
      text: lines("Agent: Dan kan ik u even in de wacht zetten.", "Klant: Eh, oké.", "[in de wacht]"),
      errors: [{ messageId: "notAsked", line: 3, text: "[in de wacht]" }],
    },
    {
      name: "het verzoek lang geleden telt niet: alleen de laatste beurt (en een korte afronding)",
      text: lines(
        "Agent: Heeft u een momentje, meneer Smit?",
        "Klant: Ja, zegt u het maar.",
        "Agent: Ik bel over uw abonnement. U heeft vorige maand een nieuwe router gekregen, maar die werkt nog niet goed begrijp ik.",
        "Klant: Nee, hij valt steeds uit.",
        "Agent: Eén moment, dan zoek ik het op.",
        "[in de wacht]",
      ),
      errors: [{ messageId: "notAsked", line: 6, text: "[in de wacht]", message: "meneer Smit" }],
    },
    {
      name: "in de wacht zonder dat de agent iets zegt",
      text: lines("[in de wacht]", "Agent: Zo, daar ben ik weer."),
      errors: [{ messageId: "notAsked", line: 1, text: "[in de wacht]" }],
    },
    {
      name: "meteen opnieuw in de wacht na het terugkomen",
      text: lines(
        "Agent: Heeft u een moment, meneer Smit?",
        "Klant: Ja.",
        "[in de wacht]",
        "[uit de wacht]",
        "[in de wacht]",
      ),
      errors: [{ messageId: "notAsked", line: 5 }],
    },
    {
      name: "het woord in een citaat is geen vraag van de agent",
      text: lines("Agent: Uw buurman zei 'heeft u een moment', toch? Ik zet u even in de wacht.", "Klant: Eh.", "[in de wacht]"),
      errors: [{ messageId: "notAsked", line: 3 }],
    },
    {
      name: "Markdown-script zonder vraag",
      filename: "script.md",
      text: "## Analysefase\n\n**Agent:** Een momentje, dan zoek ik het op.\n\n[in de wacht]\n",
      errors: [{ messageId: "notAsked", line: 5, text: "[in de wacht]", message: "mevrouw Janssen" }],
    },
    {
      name: "Markdown-script zonder antwoord",
      filename: "script.md",
      text: "## Analysefase\n\n**Agent:** Heeft u een moment, {naam}? Dan vraag ik het even na.\n\n[in de wacht]\n",
      errors: [{ messageId: "notWaited", line: 5, text: "[in de wacht]" }],
    },
  ],
});
