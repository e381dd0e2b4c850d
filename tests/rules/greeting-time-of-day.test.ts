import rule from "../../rules/greeting-time-of-day.js";
import { runRuleTests } from "../support/rule-tester.js";

const at = (time: string) => `---\ntijdstip: "${time}"\norganisatie: Enerva\n---\n`;
const opening = (greeting: string) => `Agent: ${greeting}, u spreekt met Sigrid van Enerva. Wat kan ik voor u doen?\nKlant: Ik heb een vraag over mijn jaarafrekening.\n`;

runRuleTests("greeting-time-of-day", rule, {
  valid: [
    { name: "goedemorgen om 09:15", text: at("09:15") + opening("Goedemorgen") },
    { name: "goedemiddag om 12:00 precies", text: at("12:00") + opening("Goedemiddag") },
    { name: "goedenavond met datum en tijd apart", text: "---\ndatum: 2025-01-16\ntijd: \"19:10\"\n---\n" + opening("Goedenavond") },
    { name: "Vlaams: goeiemorgen met een ISO-datum en -tijd", text: at("2025-03-04T08:30") + opening("Goeiemorgen") },
    { name: "goedenavond om kwart over twaalf 's nachts", text: at("00:15") + opening("Goedenavond") },
    { name: "goedendag past altijd", text: at("19:10") + opening("Goedendag") },
    { name: "zonder tijdstip zegt de regel niets", text: opening("Goedemiddag") },
    { name: "de klant groet verkeerd: niet de fout van de medewerker", text: at("19:10") + opening("Goedenavond") + "Klant: Goedemiddag, met Janssen.\n" },
    {
      name: "de tijdstempel telt op: om 11:58 begonnen, om 12:01 gegroet",
      text: at("11:58") + "[00:03:00] Agent: Goedemiddag, u spreekt met Sigrid van Enerva.\n[00:03:05] Klant: Goedemiddag.\n",
    },
    {
      name: "een collega die de medewerker tijdens de wacht begroet, spreekt niet tegen de klant",
      text: at("19:10") + opening("Goedenavond") + "Agent: Heeft u een moment? Dan vraag ik het na.\nKlant: Ja hoor.\n[in de wacht]\nCollega: Goedemiddag Sigrid, zeg het maar.\n",
    },
    { name: "eigen dagdelen: avond vanaf 17:30", options: { dayParts: { avond: "17:30" } }, text: at("17:45") + opening("Goedenavond") },
    {
      name: "script met tijdstip",
      filename: "script.md",
      text: at("10:00") + "# Script\n\n## Aanvangsfase\n\n**Agent:** Goedemorgen, u spreekt met {eigen naam} van Enerva.\n",
    },
  ],
  invalid: [
    {
      name: "goedemiddag om 19:10",
      text: at("19:10") + opening("Goedemiddag"),
      errors: [{ messageId: "wrongDayPart", line: 5, column: 8, text: "Goedemiddag", message: "zeg je 'goedenavond'" }],
    },
    {
      name: "goedemorgen om 14:00",
      text: at("2025-05-13 14:00") + opening("Goedemorgen"),
      errors: [{ messageId: "wrongDayPart", line: 5, text: "Goedemorgen", data: { time: "14:00", expected: "goedemiddag" } }],
    },
    {
      name: "goedenacht bij het afscheid om tien uur 's avonds",
      text: at("22:00") + opening("Goedenavond") + "Agent: Bedankt voor het bellen en goedenacht.\n",
      errors: [{ messageId: "wrongDayPart", line: 7, text: "goedenacht" }],
    },
    {
      name: "de tijdstempel telt op: om 11:58 begonnen, om 12:01 nog goedemorgen",
      text: at("11:58") + "[00:03:00] Agent: Goedemorgen, u spreekt met Sigrid van Enerva.\n[00:03:05] Klant: Goedemorgen.\n",
      errors: [{ messageId: "wrongDayPart", text: "Goedemorgen", data: { time: "12:01" } }],
    },
    {
      name: "'s nachts alleen goedenacht als de optie dat zegt",
      options: { nightGreeting: "goedenacht" },
      text: at("01:30") + opening("Goedenavond"),
      errors: [{ messageId: "wrongDayPart", data: { expected: "goedenacht" } }],
    },
    {
      name: "script: goedemiddag terwijl het script 's ochtends gebruikt wordt",
      filename: "script.md",
      text: at("09:00") + "# Script\n\n## Aanvangsfase\n\n**Agent:** Goedemiddag, u spreekt met {eigen naam} van Enerva.\n",
      errors: [{ messageId: "wrongDayPart", line: 9, text: "Goedemiddag" }],
    },
  ],
});
