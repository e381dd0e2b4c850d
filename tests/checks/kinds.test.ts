// Each kind of house rule on realistic Dutch transcripts and scripts, through lint() with a config object.
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import type { CheckDefinition } from "../../src/checks/definition.js";

interface Found {
  at: string;
  ruleId: string | null;
  text: string;
  message: string;
}

async function run(text: string, checks: CheckDefinition[], filePath = "gesprek.txt"): Promise<Found[]> {
  const result = await lint(text, { config: { checks }, filePath });
  return result.messages.map((m) => ({ at: `${m.line}:${m.column}`, ruleId: m.ruleId, text: text.slice(m.span[0], m.span[1]), message: m.message }));
}

const RECORDING: CheckDefinition = {
  id: "huis/opnamemelding",
  kind: "require",
  phrases: ["dit (telefoongesprek|gesprek) ...5 opgenomen", "(we|wij) nemen (dit|het) gesprek ...3 op"],
  scope: { phase: "aanvang", firstTurns: 2 },
  message: "Je meldt in de opening niet dat het gesprek kan worden opgenomen.",
  example: "Dit gesprek kan worden opgenomen voor trainingsdoeleinden.",
};

const OPENING_WITH_NOTICE = `Agent: Goedemiddag, u spreekt met Sanne van Telnet. Dit gesprek wordt mogelijk opgenomen. Wat kan ik voor u doen?
Klant: Mijn internet doet het niet.
`;

describe("require", () => {
  it("accepteert de opnamemelding en haar varianten in de opening", async () => {
    expect(await run(OPENING_WITH_NOTICE, [RECORDING])).toEqual([]);
    const variant = "Agent: Goedemorgen, met Ruben van Telnet. Dit gesprek kan voor trainingsdoeleinden worden opgenomen.\nKlant: Goedemorgen.\n";
    expect(await run(variant, [RECORDING])).toEqual([]);
    const second = "Agent: Goedemorgen, met Ruben van Telnet.\nKlant: Goedemorgen.\nAgent: We nemen dit gesprek op voor de kwaliteit. Wat kan ik voor u doen?\n";
    expect(await run(second, [RECORDING])).toEqual([]);
  });

  it("meldt een opnamemelding die pas na de opening komt, bij de eerste beurt", async () => {
    const text = `Agent: Goedemorgen, u spreekt met Ruben van Telnet.
Klant: Goedemorgen, met Visser.
Agent: Wat kan ik voor u doen, mevrouw Visser?
Klant: Mijn internet valt weg.
Agent: Ik kijk het na. Dit gesprek kan worden opgenomen.
`;
    const found = await run(text, [RECORDING]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ at: "1:8", ruleId: "huis/opnamemelding", text: "Goedemorgen, u spreekt met Ruben van Telnet" });
    expect(found[0]!.message).toBe(
      "Je meldt in de opening niet dat het gesprek kan worden opgenomen. Bijvoorbeeld: 'Dit gesprek kan worden opgenomen voor trainingsdoeleinden.'",
    );
  });

  it("telt een aangehaalde zin en de klant niet mee", async () => {
    const text = `Agent: Goedemorgen, u spreekt met Ruben van Telnet.
Klant: Staat er niet "dit gesprek wordt opgenomen" op uw website? Dit gesprek wordt toch opgenomen?
`;
    expect((await run(text, [RECORDING])).map((f) => f.at)).toEqual(["1:8"]);
  });

  it("kijkt in een belscript in de fase aanvang", async () => {
    const good = `# Storing

## Aanvang

- **Agent:** Goedemiddag, u spreekt met {eigen naam} van Telnet. Dit gesprek kan worden opgenomen.
- **Klant:** (noemt naam)

## Analyse

- **Agent:** Wat kan ik voor u doen?
`;
    expect(await run(good, [RECORDING], "script.md")).toEqual([]);
    const late = good.replace(" Dit gesprek kan worden opgenomen.", "").replace("Wat kan ik voor u doen?", "Dit gesprek kan worden opgenomen. Wat kan ik voor u doen?");
    const found = await run(late, [RECORDING], "script.md");
    expect(found.map((f) => [f.at, f.ruleId])).toEqual([["5:14", "huis/opnamemelding"]]);
  });

  it("meldt een ontbrekende slotzin bij de laatste beurt van de afsluiting", async () => {
    const closing: CheckDefinition = {
      id: "huis/slotzin",
      kind: "require",
      phrases: ["(bedankt|dank) [u] [wel] voor (het|uw) (bellen|telefoontje) met"],
      scope: { phase: "afsluiting", lastTurns: 2 },
      message: "Je bedankt niet voor het bellen met de naam van de organisatie.",
    };
    const text = `Agent: Goedemorgen, u spreekt met Daan van Zorgverzekeraar Noord, wat kan ik voor u doen?
Klant: Ik heb een vraag over mijn declaratie.
Agent: Die is gisteren betaald. Heeft u verder nog vragen?
Klant: Nee, dank u.
Agent: Dan wens ik u nog een fijne dag.
`;
    expect((await run(text, [closing])).map((f) => f.at)).toEqual(["5:8"]);
    const good = text.replace("Dan wens ik u", "Bedankt voor het bellen met Zorgverzekeraar Noord, en ik wens u");
    expect(await run(good, [closing])).toEqual([]);
  });
});

describe("forbid", () => {
  const check: CheckDefinition = { id: "huis/geen-doei", kind: "forbid", phrases: ["doei", "(ciao|tjoeps)"], message: "Zeg niet \"{{phrase}}\" tegen een klant." };
  const text = `Agent: Goedemiddag, u spreekt met Sanne van Telnet.
Klant: Doei hoor.
Agent: Fijne dag, doei! Ciao.
`;

  it("meldt elk verboden woord van de medewerker op zijn plek", async () => {
    expect(await run(text, [check])).toEqual([
      { at: "3:19", ruleId: "huis/geen-doei", text: "doei", message: "Zeg niet \"doei\" tegen een klant." },
      { at: "3:25", ruleId: "huis/geen-doei", text: "Ciao", message: "Zeg niet \"Ciao\" tegen een klant." },
    ]);
  });

  it("kijkt met speaker \"iedereen\" ook naar de klant", async () => {
    const found = await run(text, [{ ...check, scope: { speaker: "iedereen" } }]);
    expect(found.map((f) => f.at)).toEqual(["2:8", "3:19", "3:25"]);
  });

  it("zegt niets als de medewerker het niet zegt", async () => {
    expect(await run("Agent: Goedemiddag, u spreekt met Sanne van Telnet.\nKlant: Doei.\n", [check])).toEqual([]);
  });
});

describe("substitute", () => {
  const check: CheckDefinition = {
    id: "huis/vraag-niet-probleem",
    kind: "substitute",
    replace: { probleem: "vraag", problemen: "vragen" },
    message: "Je zegt \"{{phrase}}\"; zeg \"{{preferred}}\".",
  };

  it("meldt elk woord met zijn voorkeurswoord, ook verbogen vormen", async () => {
    const text = `Agent: Goedemorgen, u spreekt met Ruben van Telnet.
Klant: Mijn internet valt weg.
Agent: Wat is precies het probleem? Problemen met het modem komen vaak voor.
`;
    expect(await run(text, [check])).toEqual([
      { at: "3:27", ruleId: "huis/vraag-niet-probleem", text: "probleem", message: "Je zegt \"probleem\"; zeg \"vraag\"." },
      { at: "3:37", ruleId: "huis/vraag-niet-probleem", text: "Problemen", message: "Je zegt \"Problemen\"; zeg \"vragen\"." },
    ]);
  });

  it("vergelijkt hele woorden: probleemloos en probleemoplossing zijn geen probleem", async () => {
    const text = "Agent: Goedemorgen. Dat gaat probleemloos, onze probleemoplossing is snel.\n";
    expect(await run(text, [check])).toEqual([]);
  });

  it("werkt in een belscript", async () => {
    const script = "## Analyse\n\n- **Agent:** Is er een probleem met uw factuur?\n";
    expect((await run(script, [check], "script.md")).map((f) => [f.at, f.text])).toEqual([["3:24", "probleem"]]);
  });
});

describe("sequence", () => {
  const check: CheckDefinition = {
    id: "huis/volgorde-opening",
    kind: "sequence",
    steps: [["goede(morgen|middag|navond)"], ["(u|je) spreekt met", "met"], ["wat kan ik ...3 doen", "waarmee kan ik ...3 helpen"]],
    scope: { firstTurns: 1 },
    message: "Je opening volgt niet de vaste volgorde.",
  };

  it("accepteert de stappen in volgorde", async () => {
    expect(await run("Agent: Goedemorgen, u spreekt met Daan van Zorgverzekeraar Noord, wat kan ik voor u doen?\n", [check])).toEqual([]);
  });

  it("meldt een stap die te vroeg komt, waar hij gezegd wordt", async () => {
    const found = await run("Agent: Zorgverzekeraar Noord, wat kan ik voor u doen? Goedemiddag, u spreekt met Fleur.\n", [check]);
    expect(found).toEqual([
      {
        at: "1:31",
        ruleId: "huis/volgorde-opening",
        text: "wat kan ik voor u doen",
        message: "Je opening volgt niet de vaste volgorde. \"wat kan ik voor u doen\" komt vóór \"u spreekt met\".",
      },
    ]);
  });

  it("meldt een ontbrekende stap bij het begin van de scope", async () => {
    const found = await run("Agent: Goedemorgen, u spreekt met Daan.\nKlant: Ik heb een vraag.\nAgent: Wat kan ik voor u doen?\n", [check]);
    expect(found.map((f) => [f.at, f.message])).toEqual([["1:8", "Je opening volgt niet de vaste volgorde. \"wat kan ik ...3 doen\" ontbreekt."]]);
  });

  it("volgt de fasen van een belscript", async () => {
    const script = `## Aanvang

- **Agent:** Goedemiddag, u spreekt met {eigen naam}. Wat kan ik voor u doen?
`;
    expect(await run(script, [{ ...check, scope: { phase: "aanvang" } }], "script.md")).toEqual([]);
  });
});

describe("condition", () => {
  const check: CheckDefinition = {
    id: "huis/opzegtermijn",
    kind: "condition",
    when: { phrases: ["opzegg(en|ing)"], speaker: "klant" },
    then: { phrases: ["opzegtermijn"], after: true },
    message: "De klant wil opzeggen (\"{{phrase}}\"), maar je noemt de {{required}} niet.",
  };
  const start = "Agent: Goedemiddag, u spreekt met Sanne van Telnet.\nKlant: Ik wil mijn abonnement opzeggen.\n";

  it("accepteert het vereiste antwoord van de medewerker na de aanleiding", async () => {
    expect(await run(`${start}Agent: Dat kan; de opzegtermijn is één maand.\n`, [check])).toEqual([]);
  });

  it("meldt de aanleiding als het antwoord ontbreekt", async () => {
    expect(await run(`${start}Agent: Dat regel ik voor u.\n`, [check])).toEqual([
      { at: "2:31", ruleId: "huis/opzegtermijn", text: "opzeggen", message: "De klant wil opzeggen (\"opzeggen\"), maar je noemt de opzegtermijn niet." },
    ]);
  });

  it("telt met after: true een antwoord vóór de aanleiding niet, en het antwoord van de klant nooit", async () => {
    const before = "Agent: Goedemiddag, de opzegtermijn is één maand.\nKlant: Dan wil ik opzeggen, met opzegtermijn.\nAgent: Prima.\n";
    expect((await run(before, [check])).map((f) => f.at)).toEqual(["2:19"]);
    expect(await run(before, [{ ...check, then: { phrases: ["opzegtermijn"] } }])).toEqual([]);
  });

  it("zwijgt als de aanleiding niet gezegd wordt", async () => {
    expect(await run("Agent: Goedemiddag, u spreekt met Sanne.\nKlant: Ik heb een vraag over mijn factuur.\n", [check])).toEqual([]);
  });
});
