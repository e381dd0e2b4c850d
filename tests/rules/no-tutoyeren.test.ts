import rule from "../../rules/no-tutoyeren.js";
import { runRuleTests } from "../support/rule-tester.js";
import { fullCall } from "../support/calls.js";

const goodCall = [
  "Agent: Goedemiddag, u spreekt met Sigrid van Enerva. Wat kan ik voor u doen?",
  "Klant: Hoi, met Jeroen de Wit. Ik heb een vraag over mijn jaarafrekening, kun je me helpen?",
  "Agent: Natuurlijk, meneer De Wit. Heeft u uw klantnummer bij de hand?",
  "Klant: Ja, dat is 483920. Weet jij waarom het bedrag zo hoog is?",
  "Agent: Dat zoek ik voor u uit. Uw verbruik is hoger dan vorig jaar.",
  "",
].join("\n");

runRuleTests("no-tutoyeren", rule, {
  valid: [
    { name: "een volledig goed gesprek met wacht, collega en doorverbinden", text: fullCall },
    { name: "een nette klant-met-u-gesprek; de klant zegt wel je", text: goodCall },
    {
      name: "woorden die alleen de letters bevatten: Jeroen, jeugd, bijeen, jeans, Jet",
      text: "Agent: Meneer Jeroen Bakker, u belt over de jeugdkorting? Die geldt ook voor jeans en jeugdabonnementen.\nAgent: We brengen alle gegevens bijeen en Jet van de afdeling Jeugd belt u terug.\n",
    },
    {
      name: "geciteerde woorden van de klant",
      text: 'Agent: U zei net: "kun je mij terugbellen?" Dat doe ik graag, mevrouw Smit.\n',
    },
    {
      name: "het woord 'je' genoemd tussen aanhalingstekens",
      text: "Agent: In onze brieven schrijven we nooit 'je', mevrouw Smit, maar altijd u.\n",
    },
    {
      name: "de agent praat met een collega terwijl de klant in de wacht staat",
      text: [
        "Agent: Mevrouw Smit, heeft u een moment? Dan vraag ik het even na.",
        "Klant: Ja hoor.",
        "[in de wacht]",
        "Agent: Hoi Sanne, weet jij of de storing in Zwolle al verholpen is?",
        "Collega: Ja, sinds vanochtend. Heb je verder nog iets nodig?",
        "Agent: Nee, dank je wel!",
        "[uit de wacht]",
        "Agent: Mevrouw Smit, bedankt voor het wachten. De storing is verholpen.",
        "",
      ].join("\n"),
    },
    {
      name: "warm doorverbinden: het overleg met de collega telt niet",
      text: [
        "Agent: Heeft u een moment, meneer Yılmaz? Dan verbind ik u door met de afdeling Schade.",
        "Klant: Prima.",
        "[in de wacht]",
        "Agent: Hé Anouska, ik heb meneer Yılmaz voor je, hij heeft een vraag over zijn schadeclaim.",
        "Collega: Top, zet hem maar door.",
        "[doorverbinden]",
        "",
      ].join("\n"),
    },
    {
      name: "de opdrachtgever staat tutoyeren toe (optie)",
      options: { allowTutoyeren: true },
      text: "Agent: Hoi, met Tim van Fizzy Cola! Wat kan ik voor je doen?\n",
    },
    {
      name: "de opdrachtgever staat tutoyeren toe (settings)",
      settings: { tutoyeren: true },
      text: "Agent: Heb je je bestelnummer bij de hand?\n",
    },
    {
      name: "de opdrachtgever staat tutoyeren toe (front matter van het gesprek)",
      text: "---\ntutoyeren: true\n---\nAgent: Heb je je bestelnummer bij de hand?\n",
    },
    { name: "de beller zelf mag tutoyeren", text: "Agent: Goedemiddag, u spreekt met Eva van Enerva.\nKlant: Kun je mij even helpen? Jij weet dat vast.\n" },
    {
      name: "Markdown-script met u en een citaat",
      filename: "script.md",
      text: "## Aanvangsfase\n\n**Agent:** Goedemiddag, u spreekt met {eigen naam} van Enerva. Wat kan ik voor u doen?\n\n## Analysefase\n\n- **Agent:** Noemt u mij uw postcode, {naam}?\n- **Klant:** Kun je even wachten? Ik pak mijn pas.\n",
    },
    {
      name: "de naam van de organisatie is geen aanspreekvorm",
      text: "---\norganisatie: Jouw Energie\n---\nAgent: Goedemiddag, u spreekt met Sigrid van Jouw Energie. Wat kan ik voor u doen?\n",
    },
  ],
  invalid: [
    {
      name: "generiek je",
      text: "Agent: Dat is heel eenvoudig, mevrouw. Dan kun je dat online regelen.\n",
      errors: [{ messageId: "informal", line: 1, text: "kun je", message: "'kunt u'" }],
    },
    {
      name: "omgekeerde vormen met hun u-vorm",
      text: "Agent: Heb je uw klantnummer?\nKlant: Ja.\nAgent: Wil je dat even voorlezen? Ben je er nog?\nAgent: Weet je, ik zie je aanvraag. Hoor je mij goed?\n",
      errors: [
        { messageId: "informal", line: 1, column: 8, text: "Heb je", message: "'heeft u'" },
        { messageId: "informal", line: 3, text: "Wil je", message: "'wilt u'" },
        { messageId: "informal", line: 3, text: "Ben je", message: "'bent u'" },
        { messageId: "informal", line: 4, text: "Weet je", message: "'weet u'" },
        { messageId: "informal", line: 4, text: "je", message: "'u (of uw)'" },
        { messageId: "informal", line: 4, text: "Hoor je", message: "'hoort u'" },
      ],
    },
    {
      name: "jij, jou, jouw, jullie, jezelf",
      text: "Agent: Klopt het dat jij de rekening hebt gekregen? Ik stuur jou de brief met jouw gegevens.\nAgent: Hebben jullie de meterstand al doorgegeven? Die kunt u ook jezelf aflezen.\n",
      errors: [
        { messageId: "informal", line: 1, text: "jij", message: "'u'" },
        { messageId: "informal", line: 1, text: "jou", message: "'u'" },
        { messageId: "informal", line: 1, text: "jouw", message: "'uw'" },
        { messageId: "informal", line: 2, text: "jullie" },
        { messageId: "informal", line: 2, text: "jezelf", message: "'uzelf'" },
      ],
    },
    {
      name: "je als lijdend voorwerp is geen omgekeerde vorm",
      text: "Agent: Ik bel je morgen terug, meneer Peters.\n",
      errors: [{ messageId: "informal", text: "je", message: "'u (of uw)'" }],
    },
    {
      name: "Vlaamse ge en gij",
      text: "Agent: Hebt ge uw factuur bij de hand? Wat wilt gij precies weten?\n",
      errors: [
        { messageId: "informal", text: "Hebt ge", message: "'heeft u'" },
        { messageId: "informal", text: "wilt gij", message: "'wilt u'" },
      ],
    },
    {
      name: "dankjewel en alsjeblieft zijn ook tutoyeren",
      text: "Agent: Dankjewel voor het wachten. Alsjeblieft, hier is het nummer.\nAgent: Dank je wel, mevrouw.\n",
      errors: [
        { messageId: "informal", text: "Dankjewel", message: "'dank u wel'" },
        { messageId: "informal", text: "Alsjeblieft", message: "'alstublieft'" },
        { messageId: "informal", line: 2, text: "Dank je", message: "'dank u'" },
      ],
    },
    {
      name: "de agent aan een collega naast zich telt niet, tegen de klant daarna wel",
      text: [
        "Agent: Sanne, weet jij het nummer van Facturatie?",
        "Collega: 0800-1234.",
        "Agent: Top, dankje.",
        "",
        "Agent: Mevrouw Smit, je kunt Facturatie bellen op 0800-1234.",
        "",
      ].join("\n"),
      errors: [{ messageId: "informal", line: 5, text: "je" }],
    },
    {
      name: "terug uit de wacht zonder [uit de wacht]: weer tegen de klant",
      text: [
        "Agent: Heeft u een moment? Dan vraag ik het na.",
        "Klant: Ja hoor.",
        "[in de wacht]",
        "Agent: Sanne, weet jij hoe dit zit?",
        "Collega: Ja, het is al geregeld.",
        "Agent: Dank je!",
        "Agent: Mevrouw Smit, bedankt voor het wachten. Heb je nog vragen?",
        "",
      ].join("\n"),
      errors: [{ messageId: "informal", line: 7, text: "Heb je" }],
    },
    {
      name: "naast een citaat blijft het eigen je",
      text: 'Agent: U vroeg "kun je mij terugbellen", en dat doe ik. Dan hoor je morgen van mij.\n',
      errors: [{ messageId: "informal", text: "hoor je" }],
    },
    {
      name: "in een tijdgestempeld transcript met vet label",
      text: "[00:00:03] **Medewerker:** Goedemorgen! Waarmee kan ik je helpen?\n",
      errors: [{ messageId: "informal", line: 1, column: 56, text: "je" }],
    },
    {
      name: "Markdown-script",
      filename: "script.md",
      text: "## Aanvangsfase\n\n**Agent:** Goedemiddag, met {eigen naam} van Fizzy. Waarmee kan ik je helpen?\n\n## Analysefase\n\n- **Agent:** Heb je je bestelnummer?\n",
      errors: [
        { messageId: "informal", line: 3, text: "je" },
        { messageId: "informal", line: 7, text: "Heb je", message: "'heeft u'" },
        { messageId: "informal", line: 7, text: "je" },
      ],
    },
    {
      name: "Markdown: uitgeschakeld met een opmerking",
      filename: "script.md",
      text: "<!-- beleefd-disable-next-line no-tutoyeren -- merk voor jongeren -->\n**Agent:** Heb je nog vragen?\n\n**Agent:** Wat is jouw postcode?\n",
      errors: [{ messageId: "informal", line: 4, text: "jouw", message: "'uw'" }],
    },
    {
      name: "dezelfde woorden buiten de organisatienaam blijven fout",
      text: "---\norganisatie: Jouw Energie\n---\nAgent: Goedemiddag, Sigrid van Jouw Energie. Wat is jouw klantnummer?\n",
      errors: [{ messageId: "informal", line: 4, column: 53, text: "jouw" }],
    },
  ],
});
