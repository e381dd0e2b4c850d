import rule from "../../rules/phase-order.js";
import { runRuleTests } from "../support/rule-tester.js";

const greeting = "Agent: Goedemiddag, u spreekt met Sigrid van Enerva. Wat kan ik voor u doen?\n";
const problem = "Klant: Goedemiddag, met Janssen. Ik heb sinds vanochtend geen stroom meer in de keuken.\n";
const analysis = "Agent: Wat vervelend, mevrouw Janssen. Heeft u al in de meterkast gekeken?\nKlant: Ja, daar staat alles gewoon aan.\n";
const offer = "Agent: Dan stel ik voor dat ik een monteur langs stuur, hij is er vanmiddag nog.\nKlant: Fijn, dank u.\n";
const close = "Agent: Heeft u verder nog vragen?\nKlant: Nee, dat was het.\nAgent: Bedankt voor uw telefoontje en nog een fijne dag.\n[klant verbreekt]\n";

const surveyOpening =
  "---\nrichting: outbound\n---\nKlant: Met Brouwer.\n" +
  "Agent: Goedemiddag, meneer Brouwer, u spreekt met Ilse van Panelwijs. We doen een kort onderzoek naar het openbaar vervoer. Komt het u uit?\nKlant: Ja hoor.\n";
const surveyQuestions = "Agent: Hoe vaak reist u met de bus?\nKlant: Twee keer per week.\nAgent: En hoe tevreden bent u, van één tot tien?\nKlant: Een zeven.\n";
const surveyClose = "Agent: Dat was mijn laatste vraag. Heeft u zelf nog vragen?\nKlant: Nee.\nAgent: Hartelijk dank voor uw tijd, meneer Brouwer, en nog een fijne dag.\n";

const section = (heading: string, line: string) => `## ${heading}\n\n**Agent:** ${line}\n\n**Klant:** (antwoordt)\n\n`;
const script = (...sections: string[]) => `# Belscript storing\n\n${sections.join("")}`;
const aanvang = section("Aanvangsfase", "Goedemiddag, u spreekt met {eigen naam} van Enerva. Waarmee kan ik u helpen?");
const analyse = section("Analysefase", "Sinds wanneer heeft u geen stroom?");
const aanbod = section("Aanbodfase", "Ik stuur vandaag nog een monteur.");
const afsluiting = section("Afsluitingsfase", "Heeft u verder nog vragen? Bedankt voor uw telefoontje en een fijne dag.");

runRuleTests("phase-order", rule, {
  valid: [
    { name: "transcript met alle fasen", text: greeting + problem + analysis + offer + close },
    { name: "script met alle fasen op volgorde", filename: "script.md", text: script(aanvang, analyse, aanbod, afsluiting) },
    {
      name: "uitgaand, het komt niet gelegen: alleen opening en afsluiting",
      text:
        "---\nrichting: outbound\n---\nKlant: Met Mulder.\nAgent: Goedenavond, mevrouw Mulder, u spreekt met Yusuf van Stichting Waterput. Komt het u gelegen?\n" +
        "Klant: Nee, we zitten te eten.\nAgent: Oh, dan stoor ik u. Wanneer kan ik u beter terugbellen?\nKlant: Morgen na zevenen.\n" +
        "Agent: Heeft u verder nog een vraag voor mij?\nKlant: Nee.\nAgent: Dan dank ik u voor uw tijd en nog een fijne avond.\n",
    },
    {
      // In a transcript a missing close is the closing rule's message, on the same line: not repeated here.
      name: "transcript zonder afsluiting: dat meldt closing",
      text: greeting + problem + analysis + offer,
    },
    {
      name: "eindigt met doorverbinden: de collega sluit af",
      text: greeting + problem + analysis + "Agent: Heeft u een moment? Dan verbind ik u door met de afdeling Storingen, zij kunnen u verder helpen.\nKlant: Ja, prima.\n[doorverbinden: afdeling Storingen]\n",
    },
    {
      name: "script: terug van aanbod naar analyse mag",
      filename: "script.md",
      text: script(aanvang, analyse, aanbod, section("Analysefase", "Wat bedoelt u precies met een storing?"), aanbod, afsluiting),
    },
    {
      name: "enquête zonder aanbod, als de school dat zo instelt",
      options: { required: ["aanvang", "analyse", "afsluiting"] },
      filename: "script.md",
      text: script(aanvang, analyse, afsluiting),
    },
    {
      name: "uitgaande enquête zonder aanbod: herkend aan de opening",
      text: surveyOpening + surveyQuestions + surveyClose,
    },
    {
      name: "dataregistratie zonder aanbod, volgens de front matter",
      text: "---\nrichting: outbound\nsoort: dataregistratie\n---\nKlant: Met Brouwer.\n" +
        "Agent: Goedemiddag, meneer Brouwer, u spreekt met Ilse van Enerva. Ik bel om uw gegevens te controleren. Komt het u uit?\nKlant: Ja hoor.\n" +
        surveyQuestions + surveyClose,
    },
    {
      name: "script zonder fasekoppen, als koppen niet verplicht zijn",
      options: { requireHeadings: false },
      filename: "script.md",
      text: "# Script\n\n**Agent:** Goedemiddag, u spreekt met {eigen naam} van Enerva.\n",
    },
  ],
  invalid: [
    {
      name: "transcript springt van de opening naar een aanbod",
      text: greeting + problem + offer + close,
      errors: [{ messageId: "missing", line: 3, column: 8, message: "De analysefase ontbreekt vóór de aanbodfase" }],
    },
    {
      name: "een verkoopgesprek zonder aanbod is geen enquête",
      text: surveyOpening.replace("richting: outbound", "richting: outbound\nsoort: verkoop") + surveyQuestions + surveyClose,
      errors: [{ messageId: "missing", line: 12, message: "De aanbodfase ontbreekt vóór de afsluitingsfase" }],
    },
    {
      name: "een enquête zonder aanbod telt wel als de school 'offerNotRequiredFor' leeg maakt",
      options: { offerNotRequiredFor: [] },
      text: surveyOpening + surveyQuestions + surveyClose,
      errors: [{ messageId: "missing", line: 11, message: "De aanbodfase ontbreekt vóór de afsluitingsfase" }],
    },
    {
      name: "inkomend: 'een paar vragen' in de opening maakt er geen enquête van",
      text: greeting.replace("Wat kan ik voor u doen?", "Ik stel u eerst een paar vragen.") + problem + analysis + close,
      errors: [{ messageId: "missing", line: 5, message: "De aanbodfase ontbreekt vóór de afsluitingsfase" }],
    },
    {
      name: "transcript zonder aanbod: van de analyse meteen naar de afsluiting",
      text: greeting + problem + analysis + close,
      errors: [{ messageId: "missing", line: 5, message: "De aanbodfase ontbreekt vóór de afsluitingsfase" }],
    },
    {
      name: "script zonder analysefase",
      filename: "script.md",
      text: script(aanvang, aanbod, afsluiting),
      errors: [{ messageId: "missingHeading", line: 11, message: "'## Analysefase'" }],
    },
    {
      name: "script met de analyse na het aanbod",
      filename: "script.md",
      text: script(aanvang, aanbod, analyse, afsluiting),
      errors: [{ messageId: "outOfOrder", line: 17, message: "De analysefase komt hier na de aanbodfase" }],
    },
    {
      name: "terug naar de analyse mag niet als de optie uit staat",
      options: { allowReturnToAnalysis: false },
      filename: "script.md",
      text: script(aanvang, analyse, aanbod, section("Analysefase", "Wat bedoelt u precies?"), aanbod, afsluiting),
      errors: [{ messageId: "outOfOrder", line: 23 }],
    },
    {
      name: "de school eist ook een alertheidsfase in scripts",
      options: { required: ["alertheid", "aanvang", "analyse", "aanbod", "afsluiting"] },
      filename: "script.md",
      text: script(aanvang, analyse, aanbod, afsluiting),
      errors: [{ messageId: "missingHeading", line: 5, message: "alertheidsfase" }],
    },
    {
      name: "script zonder fasekoppen",
      filename: "script.md",
      text: "# Script\n\n**Agent:** Goedemiddag, u spreekt met {eigen naam} van Enerva.\n\n**Klant:** (antwoordt)\n",
      errors: [{ messageId: "noHeadings", line: 3 }],
    },
  ],
});
