import rule from "../../rules/no-interrupting.js";
import { runRuleTests } from "../support/rule-tester.js";

// A customer who talks on and on (more than 60 words since the agent last spoke).
const monologue =
  "Klant: Ja, en toen heb ik dus gebeld met die andere afdeling, en die zeiden dat ik een formulier moest invullen, " +
  "maar dat formulier stond niet op de website, dus toen heb ik mijn buurman gevraagd, want die weet veel van computers, " +
  "en die kon het ook niet vinden, en toen heb ik weer gebeld en toen kreeg ik iemand anders aan de lijn die zei dat het " +
  "formulier niet meer bestond en dat ik een brief moest sturen, maar waar naartoe dan --\n";

runRuleTests("no-interrupting", rule, {
  valid: [
    {
      name: "de klant praat uit",
      text: "Klant: Mijn rekening is veel hoger dan vorig jaar.\nAgent: Dat begrijp ik, mevrouw Bakker. Ik zoek het voor u uit.\n",
    },
    {
      name: "de klant valt de medewerker in de rede: niet de fout van de medewerker",
      text: "Agent: Dan zet ik het voorschot op honderd euro per --\nKlant: Nee, dat is veel te hoog!\nAgent: Ik begrijp het, mevrouw Bakker.\n",
    },
    {
      name: "beleefd onderbreken van een klant die het gesprek overneemt",
      text: monologue + "Agent: Sorry dat ik u onderbreek, mevrouw Bakker. Dat formulier kan ik voor u klaarzetten.\n",
    },
    {
      name: "'Mag ik u even onderbreken?'",
      text: monologue + "Agent: Mevrouw Bakker, mag ik u even onderbreken? Ik kan dat voor u regelen.\n",
    },
    { name: "'Excuses dat ik u in de rede val'", text: monologue + "Agent: Excuses dat ik u in de rede val. Ik kan dat voor u regelen.\n" },
    { name: "'Pardon mevrouw'", text: monologue + "Agent: Pardon mevrouw, ik kan dat voor u regelen.\n" },
    {
      name: "de klant neemt het over in meerdere beurten",
      text:
        "Agent: Wat kan ik voor u doen?\n" +
        "Klant: Nou, het zit zo. Vorige maand kreeg ik een brief over mijn contract, en daarin stond dat de prijs omhoog ging.\n" +
        "Klant: En toen heb ik gebeld, maar niemand wist ervan, en toen kreeg ik weer een brief, en die was weer anders dan de eerste brief, " +
        "en toen dacht ik: nu bel ik nog één keer en als ze dan weer niets weten, dan --\n" +
        "Agent: Neemt u mij niet kwalijk dat ik u onderbreek, mevrouw Bakker. Ik zie de brieven hier voor me.\n",
    },
    {
      name: "instemmend 'hm-hm' is luisteren, geen onderbreken",
      text: "Klant: Dus ik wil eigenlijk --\nAgent: Hm-hm.\nKlant: Ik wil mijn contract opzeggen.\n",
    },
    {
      name: "een collega afgebroken: niet de klant",
      text: "Klant: Een moment.\n[in de wacht]\nCollega: Ik kijk even in het --\nAgent: Laat maar, ik heb het al.\n",
    },
    {
      name: "tijdvakken zonder overlap",
      text:
        "[00:00:10-00:00:16] Klant: Ik bel over mijn rekening, want die is veel hoger dan vorig jaar.\n" +
        "[00:00:16.5-00:00:19] Agent: Dat begrijp ik, mevrouw Bakker. Mag ik uw klantnummer?\n",
    },
    {
      name: "een kort 'hm-hm' terwijl de klant doorpraat is luisteren",
      text:
        "[00:00:10-00:00:20] Klant: Ik bel over mijn rekening, want die is veel hoger dan vorig jaar en dat snap ik niet.\n" +
        "[00:00:13-00:00:13.6] Agent: Hm-hm.\n" +
        "[00:00:16-00:00:16.5] Agent: Precies.\n" +
        "[00:00:21-00:00:24] Agent: Dat begrijp ik, mevrouw Bakker.\n",
    },
    {
      name: "een halve seconde te vroeg valt binnen de marge",
      text:
        "[00:00:10-00:00:16] Klant: Ik bel over mijn rekening, die is veel te hoog.\n" +
        "[00:00:15.5-00:00:19] Agent: Dat begrijp ik, mevrouw Bakker.\n",
    },
    {
      name: "alleen begintijden: geen overlap te zien",
      text: "[00:00:10] Klant: Ik bel over mijn rekening, die is veel te hoog.\n[00:00:12] Agent: Dat begrijp ik, mevrouw Bakker.\n",
    },
    {
      name: "de klant praat door de medewerker heen: niet de fout van de medewerker",
      text:
        "[00:00:10-00:00:16] Agent: Dan zet ik het voorschot op honderd euro per maand.\n" +
        "[00:00:14-00:00:17] Klant: Nee, dat is veel te hoog!\n",
    },
    {
      name: "grotere marge voor onnauwkeurige tijden",
      options: { overlapSeconds: 3 },
      text:
        "[00:00:10-00:00:16] Klant: Ik bel over mijn rekening, die is veel te hoog.\n" +
        "[00:00:14-00:00:19] Agent: Dat begrijp ik, mevrouw Bakker.\n",
    },
    {
      name: "script: de klant praat uit",
      filename: "script.md",
      text: "## Analysefase\n\n- Klant: Mijn rekening klopt niet.\n- Agent: Dat zoek ik voor u uit, {naam}.\n",
    },
  ],
  invalid: [
    {
      name: "de medewerker valt de klant in de rede",
      text: "Klant: Ik bel over mijn rekening, want die --\nAgent: Wat is uw klantnummer?\n",
      errors: [{ messageId: "interrupted", line: 2, column: 8, text: "Wat is uw klantnummer" }],
    },
    {
      name: "ook beleefd onderbreken mag niet als de klant het gesprek niet overneemt",
      text: "Klant: Ik bel over mijn --\nAgent: Sorry dat ik u onderbreek, maar wat is uw klantnummer?\n",
      errors: [{ messageId: "interrupted", line: 2, text: "Sorry dat ik u onderbreek, maar wat is uw klantnummer" }],
    },
    {
      name: "de klant neemt het gesprek over, de medewerker onderbreekt bot",
      text: monologue + "Agent: Ja ja, dat weet ik allemaal wel. Wat is uw klantnummer?\n",
      errors: [{ messageId: "impoliteInterruption", line: 2, column: 8, text: "Ja ja, dat weet ik allemaal wel", message: "Sorry dat ik u onderbreek" }],
    },
    {
      name: "met uitzondering uitgeschakeld is elke onderbreking fout",
      options: { allowTakeover: false },
      text: monologue + "Agent: Sorry dat ik u onderbreek, mevrouw Bakker.\n",
      errors: [{ messageId: "interrupted", line: 2 }],
    },
    {
      name: "lagere grens voor overnemen",
      options: { takeoverWords: 5 },
      text: "Klant: Ik bel over mijn rekening van vorige maand, want --\nAgent: Uw klantnummer graag.\n",
      errors: [{ messageId: "impoliteInterruption", line: 2, text: "Uw klantnummer graag" }],
    },
    {
      name: "'Ja.' waarna de medewerker zelf verder praat, is wel onderbreken",
      text: "Klant: Ik wil eigenlijk --\nAgent: Ja.\n[in de wacht]\n",
      errors: [{ messageId: "interrupted", line: 2, text: "Ja" }],
    },
    {
      name: "de naam van de klant uit de front matter staat in het voorbeeld",
      text: "---\nklant: mevrouw Bakker\n---\nKlant: Ik wil --\nAgent: Wacht even.\n",
      errors: [{ messageId: "interrupted", line: 5, message: "mevrouw Bakker" }],
    },
    {
      name: "twee onderbrekingen, tijdstempels, afgebroken met een gedachtestreepje",
      text:
        "[00:01:10] Klant: Ik heb al drie keer gebeld en —\n[00:01:12] Agent: Dat zie ik.\n" +
        "[00:01:14] Klant: En niemand belt terug, ik --\n[00:01:15] Agent: Dat begrijp ik, maar ik kan er niets aan doen.\n",
      errors: [
        { messageId: "interrupted", line: 2, column: 19, text: "Dat zie ik" },
        { messageId: "interrupted", line: 4, text: "Dat begrijp ik, maar ik kan er niets aan doen" },
      ],
    },
    {
      name: "overlap: de medewerker begint terwijl de klant nog praat",
      text:
        "[00:00:10-00:00:18] Klant: Ik bel over mijn rekening, want die is veel hoger dan vorig jaar.\n" +
        "[00:00:14-00:00:16] Agent: Wat is uw klantnummer?\n",
      errors: [{ messageId: "interrupted", line: 2, column: 28, text: "Wat is uw klantnummer" }],
    },
    {
      name: "overlap na een eerder 'hm-hm' van de medewerker",
      text:
        "[00:00:10-00:00:20] Klant: Ik bel over mijn rekening, want die is veel hoger dan vorig jaar en dat snap ik niet.\n" +
        "[00:00:12-00:00:12.5] Agent: Hm-hm.\n" +
        "[00:00:15-00:00:17] Agent: Ja, maar wat is uw klantnummer?\n",
      errors: [{ messageId: "interrupted", line: 3 }],
    },
    {
      name: "afgebroken én overlappend: één melding",
      text:
        "[00:00:10-00:00:15] Klant: Ik bel over mijn rekening, want die --\n" +
        "[00:00:13-00:00:16] Agent: Wat is uw klantnummer?\n",
      errors: [{ messageId: "interrupted", line: 2 }],
    },
    {
      name: "een lang 'ja' door de klant heen is geen luisteren meer",
      text:
        "[00:00:10-00:00:20] Klant: Ik bel over mijn rekening, want die is veel hoger dan vorig jaar en dat snap ik niet.\n" +
        "[00:00:13-00:00:17] Agent: Ja ja ja.\n",
      errors: [{ messageId: "interrupted", line: 2 }],
    },
    {
      name: "minder woorden voor een instemmend geluid",
      options: { backchannelWords: 1 },
      text:
        "[00:00:10-00:00:20] Klant: Ik bel over mijn rekening, want die is veel hoger dan vorig jaar en dat snap ik niet.\n" +
        "[00:00:13-00:00:14] Agent: Ja, klopt.\n",
      errors: [{ messageId: "interrupted", line: 2 }],
    },
    {
      name: "overlap met een klant die het gesprek overneemt, zonder beleefdheid",
      text:
        "[00:00:10-00:00:50] " + monologue.replace(" --\n", ", ik bedoel maar.\n") +
        "[00:00:45-00:00:48] Agent: Wat is uw klantnummer?\n",
      errors: [{ messageId: "impoliteInterruption", line: 2 }],
    },
    {
      name: "script: de medewerker valt de klant in de rede",
      filename: "script.md",
      text: "## Analysefase\n\n- Klant: Mijn rekening is veel hoger dan --\n- Agent: Wat is uw klantnummer?\n",
      errors: [{ messageId: "interrupted", line: 4, text: "Wat is uw klantnummer" }],
    },
  ],
});
