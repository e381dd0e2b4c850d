import rule from "../../rules/closing.js";
import { runRuleTests } from "../support/rule-tester.js";

const opening =
  "Agent: Goedemiddag, Sigrid van Enerva, wat kan ik voor u doen?\n" +
  "Klant: Goedemiddag, met Piet Janssen. Ik wil mijn voorschot verlagen.\n" +
  "Agent: Dat kan ik voor u regelen, meneer Janssen. Ik zet het voorschot op negentig euro per maand.\n" +
  "Klant: Fijn, dank u.\n";
const outbound = "---\nrichting: outbound\nklant: mevrouw Bakker\n---\n";

runRuleTests("closing", rule, {
  valid: [
    {
      name: "de afsluiting uit de lesstof",
      text:
        opening +
        "Agent: Heeft u verder nog vragen?\nKlant: Nee, dat was het.\n" +
        "Agent: Dan bedankt voor uw telefoontje, meneer Janssen, en nog een fijne dag!\nKlant: Dank u, insgelijks.\n[klant verbreekt]\n",
    },
    {
      name: "alles in één beurt",
      text: opening + "Agent: Kan ik u verder nog ergens mee helpen? Dan dank ik u wel voor het bellen en wens ik u een prettige dag.\n",
    },
    {
      name: "de klant wenst eerst een fijne dag, de medewerker wenst terug",
      text:
        opening +
        "Agent: Is er verder nog iets waarmee ik u kan helpen?\nKlant: Nee hoor. Fijne dag nog!\n" +
        "Agent: Dank u wel voor uw telefoontje. U ook!\n[klant hangt op]\n",
    },
    {
      name: "uitgaand: geen bedankje voor het bellen nodig",
      text: outbound + "Agent: Goedemiddag mevrouw Bakker, met Ahmed van Zonnedak.\nKlant: Ja?\nAgent: Heeft u verder nog vragen?\nKlant: Nee.\nAgent: Dan wens ik u nog een fijne avond.\n[klant verbreekt]\n",
    },
    {
      name: "uitgaand en bedankje verplicht: 'bedankt voor uw tijd' telt",
      options: { requireThanks: "always" },
      text: outbound + "Agent: Goedemiddag mevrouw Bakker, met Ahmed van Zonnedak.\nKlant: Ja?\nAgent: Heeft u nog vragen?\nKlant: Nee.\nAgent: Bedankt voor uw tijd, mevrouw Bakker, en een fijne avond nog.\n",
    },
    {
      name: "het gesprek eindigt met doorverbinden",
      text: opening + "Agent: Heeft u een moment? Dan verbind ik u door met de afdeling Facturatie.\nKlant: Ja, prima.\n[doorverbinden: afdeling Facturatie]\n",
    },
    {
      name: "doorverbonden, daarna praat alleen de collega met de klant",
      text:
        opening +
        "Agent: Ik verbind u door met mijn collega.\nKlant: Goed.\n[doorverbinden]\nCollega: Goedemiddag, met Anouska van Facturatie.\nKlant: Goedemiddag.\n",
    },
    {
      name: "de medewerker praat na het ophangen nog: telt niet",
      text:
        opening +
        "Agent: Heeft u verder nog vragen?\nKlant: Nee.\nAgent: Bedankt voor het bellen en een fijne dag!\n[klant verbreekt]\nAgent: Zo, die is klaar.\n",
    },
    {
      name: "bedankje en groet in de afsluiting, vraag een beurt eerder",
      text:
        opening +
        "Agent: Kan ik nog iets anders voor u doen?\nKlant: Ja, wanneer gaat het nieuwe bedrag in?\n" +
        "Agent: Vanaf de volgende maand.\nKlant: Duidelijk.\nAgent: Hartelijk dank voor uw telefoontje en nog een prettig weekend.\n",
    },
    {
      name: "bedankje nooit verplicht",
      options: { requireThanks: "never" },
      text: opening + "Agent: Heeft u verder nog vragen?\nKlant: Nee.\nAgent: Fijne dag verder!\n",
    },
    {
      name: "script: de afsluitingsfase",
      filename: "script.md",
      text: "## Aanvangsfase\n\n**Agent:** Goedemiddag, Groenstroom, met {eigen naam}. Waarmee kan ik u helpen?\n\n## Afsluitingsfase\n\n**Agent:** Heeft u verder nog vragen?\n\n**Klant:** (antwoordt)\n\n**Agent:** Dan bedank ik u voor uw telefoontje en wens ik u nog een prettige dag.\n\n[klant verbreekt]\n",
    },
  ],
  invalid: [
    {
      name: "geen vraag naar verdere vragen",
      text: opening + "Agent: Bedankt voor het bellen en nog een fijne dag!\n[klant verbreekt]\n",
      errors: [{ messageId: "noFurtherQuestions", line: 5, column: 8, text: "Bedankt voor het bellen en nog een fijne dag" }],
    },
    {
      name: "geen bedankje voor het bellen (inkomend)",
      text: opening + "Agent: Heeft u verder nog vragen?\nKlant: Nee.\nAgent: Nog een fijne dag, meneer Janssen.\n[klant verbreekt]\n",
      errors: [{ messageId: "noThanks", line: 7, text: "Nog een fijne dag, meneer Janssen", message: "Bedankt voor uw telefoontje" }],
    },
    {
      name: "geen prettige dag",
      text: opening + "Agent: Heeft u verder nog vragen?\nKlant: Nee.\nAgent: Bedankt voor uw telefoontje. Tot ziens.\n[klant verbreekt]\n",
      errors: [{ messageId: "noGoodDay", line: 7, text: "Bedankt voor uw telefoontje. Tot ziens" }],
    },
    {
      name: "'U ook' zonder dat de klant een fijne dag wenste",
      text: opening + "Agent: Heeft u verder nog vragen?\nKlant: Nee, dank u.\nAgent: Bedankt voor het bellen. U ook.\n",
      errors: [{ messageId: "noGoodDay", line: 7 }],
    },
    {
      name: "de klant hangt boos op voordat er is afgesloten",
      text: opening + "Klant: Weet u wat, laat ook maar, ik zoek wel een andere leverancier!\n[klant verbreekt]\n",
      errors: [{ messageId: "noClose", line: 3, message: "Heeft u verder nog vragen?" }],
    },
    {
      name: "het transcript houdt midden in de analyse op",
      text: "Agent: Goedemiddag, Sigrid van Enerva, wat kan ik voor u doen?\nKlant: Mijn internet doet het niet.\nAgent: Wat vervelend. Sinds wanneer heeft u daar last van?\n",
      errors: [{ messageId: "noClose", line: 3, text: "Wat vervelend. Sinds wanneer heeft u daar last van" }],
    },
    {
      name: "de medewerker hangt op zonder afsluiting",
      text: opening + "Agent: Oké, dat was het.\n[agent verbreekt]\n",
      errors: [{ messageId: "noClose", line: 5 }],
    },
    {
      name: "uitgaand: alleen de groet ontbreekt niet, de vraag wel",
      text: outbound + "Agent: Goedemiddag mevrouw Bakker, met Ahmed van Zonnedak.\nKlant: Ja?\nAgent: Bedankt voor uw tijd en een fijne avond.\n",
      errors: [{ messageId: "noFurtherQuestions", line: 7, message: "Heeft u verder nog vragen, mevrouw Bakker?" }],
    },
    {
      name: "uitgaand en bedankje altijd verplicht",
      options: { requireThanks: "always" },
      text: outbound + "Agent: Goedemiddag mevrouw Bakker, met Ahmed van Zonnedak.\nKlant: Ja?\nAgent: Heeft u nog vragen?\nKlant: Nee.\nAgent: Fijne avond nog.\n",
      errors: [{ messageId: "noThanks", line: 9, message: "Bedankt voor uw tijd, mevrouw Bakker" }],
    },
    {
      name: "'bedankt voor het bellen' in de begroeting is geen afsluiting",
      text:
        "Agent: Goedemiddag, bedankt voor het bellen naar Enerva, u spreekt met Sigrid.\nKlant: Ik wil mijn adres wijzigen.\n" +
        "Agent: Dat is geregeld. Heeft u verder nog vragen?\nKlant: Nee.\nAgent: Fijne dag!\n",
      errors: [{ messageId: "noThanks", line: 5 }],
    },
    {
      name: "doorverbinden mislukt, de medewerker komt terug en sluit niet af",
      text:
        opening +
        "Agent: Dan verbind ik u door met Facturatie.\nKlant: Goed.\n[doorverbinden]\n" +
        "Agent: Meneer Janssen, er neemt niemand op. Ik laat u terugbellen.\nKlant: Prima.\n",
      errors: [{ messageId: "noClose", line: 8 }],
    },
    {
      name: "script zonder afsluitingsfase",
      filename: "script.md",
      text: "## Aanvangsfase\n\n**Agent:** Goedemiddag, Groenstroom, met {eigen naam}. Waarmee kan ik u helpen?\n\n## Analysefase\n\n**Agent:** Mag ik uw klantnummer, {naam}?\n",
      errors: [{ messageId: "noClose", line: 7, text: "Mag ik uw klantnummer, {naam}" }],
    },
    {
      name: "script: afsluitingsfase zonder bedankje",
      filename: "script.md",
      text: "## Afsluitingsfase\n\n1. Agent: Kan ik u verder nog ergens mee helpen?\n2. Klant: (antwoordt)\n3. Agent: Fijne dag verder, {naam}.\n",
      errors: [{ messageId: "noThanks", line: 5, text: "Fijne dag verder, {naam}" }],
    },
  ],
});
