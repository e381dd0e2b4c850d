import rule from "../../rules/summarize-before-offer.js";
import { runRuleTests } from "../support/rule-tester.js";

const greeting = "Agent: Goedemiddag, u spreekt met Tim van NetLijn. Waarmee kan ik u helpen?\n";
const problem = "Klant: Goedemiddag, met Bakker. Mijn internet valt sinds gisteren steeds weg, elke tien minuten ongeveer.\n";
const offer = "Agent: Dan stel ik voor dat ik vandaag nog een monteur inplan.\nKlant: Fijn.\n";

runRuleTests("summarize-before-offer", rule, {
  valid: [
    {
      name: "samenvatting met 'dus als ik het goed begrijp'",
      text: greeting + problem + "Agent: Dus als ik het goed begrijp, valt uw internet sinds gisteren steeds weg? Klopt dat?\nKlant: Ja.\n" + offer,
    },
    {
      name: "controlevraag zonder 'dus': het gezegde teruggevraagd",
      text: greeting + problem + "Agent: U heeft dus sinds gisteren steeds storing?\nKlant: Ja, precies.\n" + offer,
    },
    {
      name: "samenvatting en aanbod in één beurt, samenvatting eerst",
      text: greeting + problem + "Agent: Als ik het even samenvat: uw verbinding valt steeds weg. Dan stel ik voor dat ik een monteur inplan.\nKlant: Goed.\n",
    },
    {
      name: "een losse controlevraag na de herhaling: 'Klopt dat?'",
      text: greeting + "Klant: Goedemiddag, met Pinas. Ik wil grofvuil laten ophalen, een oude bank en een matras.\n" +
        "Agent: Even checken: u wilt een bank en een matras laten ophalen op 1742 RT nummer 8. Klopt dat?\nKlant: Ja.\n" +
        "Agent: Ik zet u op de lijst voor woensdag, en u zet de spullen dinsdagavond aan de straat.\nKlant: Prima.\n",
    },
    {
      name: "'Ik vat het even samen' is de samenvatting zelf, geen aanbod",
      text: greeting + problem + "Agent: Ik vat het even samen: sinds gisteren valt uw verbinding steeds weg. Klopt dat zo?\nKlant: Ja.\n" + offer,
    },
    {
      name: "'als ik u goed versta'",
      text: greeting + problem + "Agent: Als ik u goed versta, valt uw internet sinds gisteren om de tien minuten weg. Klopt dat?\nKlant: Ja.\n" + offer,
    },
    {
      name: "een enquête biedt niets aan, ook al zegt de medewerker 'we houden een onderzoek'",
      text: "---\nrichting: outbound\nsoort: enquête\n---\nKlant: Met Lambrecht.\n" +
        "Agent: Goedemorgen mevrouw Lambrecht, u spreekt met Lotte van Fysiotherapie Beekdal. We houden een kort onderzoek naar hoe patiënten hun behandeling ervaren. Schikt het u om drie vragen te beantwoorden?\n" +
        "Klant: Ja, dat is goed.\nAgent: Hoe tevreden bent u over de behandeling, op een schaal van één tot tien?\nKlant: Een acht.\n",
    },
    {
      name: "geen aanbod in het gesprek",
      text: greeting + problem + "Agent: Sinds wanneer precies?\nKlant: Sinds gisteren.\n",
    },
    {
      name: "doorverbinden telt niet als de optie dat zegt",
      options: { checkTransfers: false },
      text: greeting + problem + "Agent: Heeft u een moment? Dan verbind ik u door met de technische dienst, zij kunnen u verder helpen.\nKlant: Ja, goed.\n[doorverbinden: technische dienst]\n",
    },
    {
      name: "script: samenvatting in de analysefase",
      filename: "script.md",
      text:
        "# Script\n\n## Aanvangsfase\n\n**Agent:** Goedemiddag, u spreekt met {eigen naam}.\n\n## Analysefase\n\n" +
        "**Agent:** Klopt het dat u sinds gisteren geen internet heeft?\n\n## Aanbodfase\n\n**Agent:** Ik plan een monteur in.\n",
    },
    {
      name: "een aangehaalde samenvatting telt niet, maar hier is ook geen aanbod",
      text: greeting + "Klant: Mijn vorige adviseur zei: 'dus als ik het goed begrijp wilt u opzeggen'.\nAgent: Wat kan ik vandaag voor u doen?\n",
    },
  ],
  invalid: [
    {
      name: "het advies dat eerst komt telt, ook in spraakherkenning: 'de stekker er effe uit halen'",
      text: "Agent: goedemiddag glasnet met kevin wat kan ik voor u doen\nKlant: mijn internet doet het al drie dagen niet\n" +
        "Agent: ik zou eerst de stekker van het kastje er effe uit halen en na een minuut er weer in doen\nKlant: dat heb ik al gedaan\n" +
        "Agent: dan stuur ik morgen een monteur\n",
      errors: [{ messageId: "noSummary", line: 3 }],
    },
    {
      name: "meteen een oplossing na de klacht",
      text: greeting + problem + offer,
      errors: [{ messageId: "noSummary", line: 3, column: 8, text: "Dan stel ik voor dat ik vandaag nog een monteur inplan" }],
    },
    {
      name: "wel doorgevraagd, niet samengevat",
      text: greeting + problem + "Agent: Sinds wanneer precies?\nKlant: Sinds gisteravond.\n" + offer,
      errors: [{ messageId: "noSummary", line: 5 }],
    },
    {
      name: "samenvatting pas na het aanbod",
      text:
        greeting + problem + "Agent: Wat ik voor u kan doen, is vandaag nog een monteur inplannen. Ik zet het meteen in gang.\nKlant: Fijn.\n" +
        "Agent: Dus als ik het goed begrijp, is het sinds gisteren? Klopt dat?\nKlant: Ja.\n",
      errors: [{ messageId: "noSummary", line: 3 }],
    },
    {
      name: "doorverbinden zonder samenvatting",
      text: greeting + problem + "Agent: Heeft u een moment? Dan verbind ik u door met de technische dienst, zij kunnen u verder helpen.\nKlant: Ja, goed.\n[doorverbinden: technische dienst]\n",
      errors: [{ messageId: "noSummary", line: 3 }],
    },
    {
      name: "script: aanbod zonder samenvatting",
      filename: "script.md",
      text:
        "# Script\n\n## Aanvangsfase\n\n**Agent:** Goedemiddag, u spreekt met {eigen naam}.\n\n## Analysefase\n\n" +
        "**Agent:** Sinds wanneer heeft u geen internet?\n\n## Aanbodfase\n\n**Agent:** Ik plan een monteur in.\n",
      errors: [{ messageId: "noSummary", line: 13, text: "Ik plan een monteur in" }],
    },
    {
      name: "script: een lege agentbeurt in de aanbodfase wordt gemeld, niet gecrasht",
      filename: "script.md",
      text: "## Aanbodfase\nAgent:",
      errors: [{ messageId: "noSummary", line: 2, column: 1 }],
    },
  ],
});
