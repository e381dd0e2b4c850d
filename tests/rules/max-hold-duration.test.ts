import rule from "../../rules/max-hold-duration.js";
import { lines } from "../support/calls.js";
import { runRuleTests } from "../support/rule-tester.js";

const askHold = [
  "[00:00:20] Agent: Mevrouw Janssen, heeft u een moment? Dan vraag ik het even na bij de afdeling Facturatie.",
  "[00:00:26] Klant: Ja hoor.",
];

runRuleTests("max-hold-duration", rule, {
  valid: [
    {
      name: "binnen een minuut terug uit de wacht",
      text: lines(...askHold, "[00:00:28] [in de wacht]", "[00:01:20] [uit de wacht]", "[00:01:21] Agent: Mevrouw Janssen, bedankt voor het wachten."),
    },
    {
      name: "na 50 seconden even terug, daarna opnieuw in de wacht: de klok begint opnieuw",
      text: lines(
        ...askHold,
        "[00:00:28] [in de wacht]",
        "[00:01:18] [uit de wacht]",
        "[00:01:19] Agent: Mevrouw Janssen, het duurt iets langer dan ik dacht. Blijft u nog even aan de lijn?",
        "[00:01:24] Klant: Ja, dat is goed.",
        "[00:01:25] [in de wacht]",
        "[00:02:15] [uit de wacht]",
        "[00:02:16] Agent: Mevrouw Janssen, bedankt voor het wachten. Het is geregeld.",
      ),
    },
    {
      name: "zonder [uit de wacht]: de medewerker komt terug met een beurt aan de klant",
      text: lines(
        ...askHold,
        "[00:00:28] [in de wacht]",
        "[00:00:30] Agent: Hoi Sanne, weet jij waarom het voorschot is verlaagd?",
        "[00:00:36] Collega: Dat heeft ze zelf online gedaan.",
        "[00:00:38] Agent: Top, dank je!",
        "[00:00:40] Agent: Mevrouw Janssen, bedankt voor het wachten.",
        "[00:03:00] Klant: Dank u.",
      ),
    },
    {
      name: "tussendoor terugkomen met 'het duurt iets langer', ook naast een collega",
      text: lines(
        ...askHold,
        "[00:00:28] [in de wacht]",
        "[00:00:30] Agent: Hoi Sanne, kun jij even meekijken?",
        "[00:01:20] Agent: Mevrouw Janssen, het duurt iets langer, blijft u nog even aan de lijn?",
        "[00:01:22] Collega: Ik heb het bijna.",
        "[00:01:50] [uit de wacht]",
        "[00:01:51] Agent: Mevrouw Janssen, bedankt voor het wachten.",
      ),
    },
    {
      name: "geen tijden: niets te meten",
      text: lines("Agent: Heeft u een moment?", "Klant: Ja.", "[in de wacht]", "[uit de wacht]", "Agent: Mevrouw Janssen, bedankt voor het wachten."),
    },
    {
      name: "einde van de wacht onbekend: geen uit-de-wacht en geen latere tijd",
      text: lines(...askHold, "[00:00:28] [in de wacht]", "[uit de wacht]", "Agent: Mevrouw Janssen, bedankt voor het wachten."),
    },
    {
      name: "ruimere grens",
      options: { maxSeconds: 120 },
      text: lines(...askHold, "[00:00:28] [in de wacht]", "[00:02:00] [uit de wacht]", "[00:02:01] Agent: Mevrouw Janssen, bedankt voor het wachten."),
    },
  ],
  invalid: [
    {
      name: "ruim twee minuten in de wacht, met de gemeten duur in de melding",
      text: lines(...askHold, "[00:00:28] [in de wacht]", "[00:02:42] [uit de wacht]", "[00:02:43] Agent: Mevrouw Janssen, bedankt voor het wachten."),
      errors: [{ messageId: "tooLong", line: 3, column: 12, text: "[in de wacht]", message: "134 seconden", data: { name: "Mevrouw Janssen" } }],
    },
    {
      name: "[uit de wacht] zonder tijd: de beurt erna geeft het einde",
      text: lines(...askHold, "[00:00:28] [in de wacht]", "[uit de wacht]", "[00:01:40] Agent: Mevrouw Janssen, bedankt voor het wachten."),
      errors: [{ messageId: "tooLong", line: 3, message: "72 seconden" }],
    },
    {
      name: "terug, opnieuw in de wacht, en de tweede keer te lang",
      text: lines(
        ...askHold,
        "[00:00:28] [in de wacht]",
        "[00:01:10] [uit de wacht]",
        "[00:01:11] Agent: Mevrouw Janssen, het duurt iets langer. Blijft u nog even aan de lijn?",
        "[00:01:15] Klant: Ja hoor.",
        "[00:01:16] [in de wacht]",
        "[00:02:40] [uit de wacht]",
        "[00:02:41] Agent: Mevrouw Janssen, bedankt voor het wachten.",
      ),
      errors: [{ messageId: "tooLong", line: 7, message: "84 seconden" }],
    },
    {
      name: "de klant hangt op in de wacht",
      text: lines(...askHold, "[00:00:28] [in de wacht]", "[00:03:05] [klant verbreekt]"),
      errors: [{ messageId: "tooLong", line: 3, message: "157 seconden" }],
    },
    {
      name: "overleg met een collega telt mee: de klant wacht nog steeds",
      text: lines(
        ...askHold,
        "[00:00:28] [in de wacht]",
        "[00:00:30] Agent: Hoi Sanne, weet jij hoe dit zit?",
        "[00:01:10] Collega: Even kijken, ik zoek het op.",
        "[00:01:40] Agent: Top, dank je!",
        "[00:01:42] [uit de wacht]",
        "[00:01:43] Agent: Mevrouw Janssen, bedankt voor het wachten.",
      ),
      errors: [{ messageId: "tooLong", line: 3, message: "74 seconden" }],
    },
    {
      name: "strengere grens",
      options: { maxSeconds: 30 },
      text: lines(...askHold, "[00:00:28] [in de wacht]", "[00:01:05] [uit de wacht]", "[00:01:06] Agent: Mevrouw Janssen, bedankt voor het wachten."),
      errors: [{ messageId: "tooLong", line: 3, message: "37 seconden", data: { max: "30 seconden" } }],
    },
    {
      name: "script met tijden",
      filename: "script.md",
      text: "## Analysefase\n\n- [00:00:10] Agent: Heeft u een moment, {naam}?\n- [00:00:12] Klant: Ja.\n\n[00:00:14] [in de wacht]\n\n[00:01:30] [uit de wacht]\n",
      errors: [{ messageId: "tooLong", line: 6, message: "76 seconden" }],
    },
  ],
});
