import { describe, expect, it } from "vitest";
import type { CallEvent, CallItem, Turn } from "../../src/model/conversation.js";
import { Source } from "../../src/model/source.js";
import { DirectiveIndex } from "../../src/engine/directives.js";
import { parserNamed } from "../../src/parsers/index.js";
import { ParseError } from "../../src/parsers/problems.js";
import { phaseOfHeading } from "../../src/parsers/script-headings.js";
import { tokensOf } from "../../src/text/tokens.js";
import type { ParseResult } from "../../src/types.js";
import { goldenModelTests } from "../support/golden.js";

const markdownScriptParser = parserNamed("markdown-script")!;

async function parse(text: string): Promise<ParseResult & { source: Source }> {
  const source = new Source(text, "script.md");
  return { ...(await markdownScriptParser.parse(source, {})), source };
}

const turnsOf = (items: CallItem[]): Turn[] => items.filter((i): i is Turn => i.kind === "turn");
const eventsOf = (items: CallItem[]): CallEvent[] => items.filter((i): i is CallEvent => i.kind === "event");
/** Each turn as "speaker: speech" with blanked runs squeezed, to compare what was said. */
const said = (items: CallItem[]): string[] => turnsOf(items).map((t) => `${t.speaker}: ${t.text.replace(/\s+/g, " ").trim()}`);

async function parseError(text: string): Promise<{ error: ParseError; line: number }> {
  const source = new Source(text);
  const error = await Promise.resolve(source)
    .then((s) => markdownScriptParser.parse(s, {}))
    .then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ParseError);
  const parseError = error as ParseError;
  return { error: parseError, line: source.position(parseError.span[0]).line };
}

describe("markdown-script: an inbound service script with every phase", () => {
  const script = `---
richting: inbound
organisatie: Enerva
klant: mevrouw Janssen
---
# Belscript klantenservice

Dit script gebruik je bij vragen over de jaarafrekening.
Let op: vraag altijd naar het klantnummer.

## Alertheidsfase

Neem op binnen drie keer overgaan.

## 1. Aanvangsfase (inbound)

**Agent:** Goedemiddag, u spreekt met Sigrid van Enerva. Wat kan ik voor u doen?
**Klant:** Ik heb een vraag over mijn jaarafrekening.

## Fase 2: Analyse

**Agent**: Mag ik uw klantnummer, mevrouw Janssen?
**Klant:** (zoekt) Dat is 4471 2290.

### Klant heeft geen klantnummer

Agent: Dan zoek ik u op via uw postcode.

## Aanbodfase

Agent: Mevrouw Janssen, heeft u een momentje? Dan zoek ik het voor u uit.
Klant: Ja hoor.
[in de wacht]
[uit de wacht]
Agent: Mevrouw Janssen, bedankt voor het wachten.

## Afsluiting

Agent: Kan ik u verder nog ergens mee helpen?
Klant: Nee, dank u.
Agent: Bedankt voor het bellen en een fijne dag nog.
[klant verbreekt]
`;

  it("reads one script call with front matter, turns in order and no problems", async () => {
    const { conversation, problems, directives } = await parse(script);
    expect(conversation.format).toBe("script");
    expect(problems).toEqual([]);
    expect(directives).toEqual([]);
    expect(conversation.calls).toHaveLength(1);
    const call = conversation.calls[0]!;
    expect(call.meta).toMatchObject({ direction: "inbound", organization: "Enerva", customer: "mevrouw Janssen" });
    expect(said(call.items)).toEqual([
      "Agent: Goedemiddag, u spreekt met Sigrid van Enerva. Wat kan ik voor u doen?",
      "Klant: Ik heb een vraag over mijn jaarafrekening.",
      "Agent: Mag ik uw klantnummer, mevrouw Janssen?",
      "Klant: Dat is 4471 2290.",
      "Agent: Dan zoek ik u op via uw postcode.",
      "Agent: Mevrouw Janssen, heeft u een momentje? Dan zoek ik het voor u uit.",
      "Klant: Ja hoor.",
      "Agent: Mevrouw Janssen, bedankt voor het wachten.",
      "Agent: Kan ik u verder nog ergens mee helpen?",
      "Klant: Nee, dank u.",
      "Agent: Bedankt voor het bellen en een fijne dag nog.",
    ]);
  });

  it("gives every turn and event the phase of its heading; a deeper heading keeps the phase", async () => {
    const call = (await parse(script)).conversation.calls[0]!;
    expect(call.items.map((i) => `${i.kind === "turn" ? i.role : i.event}@${i.phase}`)).toEqual([
      "agent@aanvang",
      "customer@aanvang",
      "agent@analyse",
      "customer@analyse",
      "agent@analyse",
      "agent@aanbod",
      "customer@aanbod",
      "hold@aanbod",
      "unhold@aanbod",
      "agent@aanbod",
      "agent@afsluiting",
      "customer@afsluiting",
      "agent@afsluiting",
      "hangup@afsluiting",
    ]);
    expect(eventsOf(call.items).at(-1)).toMatchObject({ event: "hangup", by: "customer" });
  });

  it("keeps turn text aligned with the source and blanks labels, markup and stage directions", async () => {
    const { conversation, source } = await parse(script);
    for (const turn of turnsOf(conversation.calls[0]!.items)) {
      const slice = source.text.slice(turn.textOffset, turn.textOffset + turn.text.length);
      expect(turn.text.length).toBe(slice.length);
      for (let i = 0; i < turn.text.length; i++) if (turn.text[i] !== " ") expect(turn.text[i]).toBe(slice[i]);
    }
    const customer = turnsOf(conversation.calls[0]!.items)[3]!;
    expect(customer.text).toBe("        Dat is 4471 2290.");
    expect(source.text.slice(...customer.span)).toBe("**Klant:** (zoekt) Dat is 4471 2290.");
  });
});

describe("markdown-script: an outbound sales script", () => {
  it("reads declared speakers, bold labels and the direction", async () => {
    const { conversation, problems } = await parse(`---
direction: outbound
organization: Ziggo Zakelijk
sprekers:
  Jeroen: agent
---
# Uitgaand: verlenging abonnement

## Opening

**Jeroen:** Goedemorgen, u spreekt met Jeroen van Ziggo Zakelijk. Spreek ik met {klantnaam}?
**Klant:** Ja, daar spreekt u mee.
**Jeroen:** Ik bel over uw abonnement. Komt het u nu gelegen?

## Advies

**Jeroen:** Ik heb een voorstel: zestien aansluitingen voor hetzelfde bedrag.
**Klant:** Dat klinkt goed.
`);
    expect(problems).toEqual([]);
    const call = conversation.calls[0]!;
    expect(call.meta.direction).toBe("outbound");
    expect(turnsOf(call.items).map((t) => `${t.speaker}/${t.role}/${t.phase}`)).toEqual([
      "Jeroen/agent/aanvang",
      "Klant/customer/aanvang",
      "Jeroen/agent/aanvang",
      "Jeroen/agent/aanbod",
      "Klant/customer/aanbod",
    ]);
    expect(turnsOf(call.items)[3]!.text).toBe("Ik heb een voorstel: zestien aansluitingen voor hetzelfde bedrag.");
  });
});

describe("markdown-script: list items and placeholders", () => {
  const script = `## Analysefase

- Agent: Mag ik uw naam, [naam klant]?
- Klant: Dat is Bakker.
- **Agent:** Dank u wel, <naam>. Ik zie uw gegevens,
  {klantnaam}, en uw adres in *Utrecht*.
1. Klant: Klopt.
   - [in de wacht]
`;

  it("reads turns from list items and keeps placeholders verbatim", async () => {
    const { conversation, problems } = await parse(script);
    expect(problems).toEqual([]);
    const call = conversation.calls[0]!;
    expect(said(call.items)).toEqual([
      "Agent: Mag ik uw naam, [naam klant]?",
      "Klant: Dat is Bakker.",
      "Agent: Dank u wel, <naam>. Ik zie uw gegevens, {klantnaam}, en uw adres in Utrecht .",
      "Klant: Klopt.",
    ]);
    expect(eventsOf(call.items).map((e) => e.event)).toEqual(["hold"]);
    expect(turnsOf(call.items).every((t) => t.phase === "analyse")).toBe(true);
  });

  it("lets the tokenizer see the placeholders", async () => {
    const turns = turnsOf((await parse(script)).conversation.calls[0]!.items);
    const placeholders = (turn: Turn) => tokensOf(turn).tokens.filter((t) => t.placeholder).map((t) => t.value);
    expect(placeholders(turns[0]!)).toEqual(["[naam klant]"]);
    expect(placeholders(turns[2]!)).toEqual(["<naam>", "{klantnaam}"]);
  });

  it("blanks emphasis and the list indentation but keeps the offsets", async () => {
    const { conversation, source } = await parse(script);
    const turn = turnsOf(conversation.calls[0]!.items)[2]!;
    const utrecht = turn.text.indexOf("Utrecht");
    expect(source.text.slice(turn.textOffset + utrecht, turn.textOffset + utrecht + 7)).toBe("Utrecht");
    expect(turn.text[utrecht - 1]).toBe(" "); // was `*`
    expect(source.position(turn.textOffset + turn.text.indexOf("{klantnaam}"))).toEqual({ line: 6, column: 3 });
  });
});

describe("markdown-script: CRLF and a byte-order mark", () => {
  const script =
    "\uFEFF---\r\nrichting: inbound\r\n---\r\n## Aanvang\r\n\r\n**Agent:** Goedemorgen, Enerva, met Sigrid.\r\nKlant: Goedemorgen,\r\nmet Janssen.\r\n\r\n> [in de wacht]\r\n> [pauze]\r\n\r\n<!-- beleefd-disable-next-line greeting -- oefentekst -->\r\n**Sigrid:** Ik ben er weer.\r\n";

  it("reports exact lines and columns for turns, events, problems and directives", async () => {
    const { conversation, problems, directives, source } = await parse(script);
    const call = conversation.calls[0]!;
    const [agent, customer, sigrid] = turnsOf(call.items);
    expect(source.position(agent!.span[0])).toEqual({ line: 6, column: 1 });
    expect(source.position(agent!.textOffset)).toEqual({ line: 6, column: 12 });
    expect(agent!.text).toBe("Goedemorgen, Enerva, met Sigrid.");
    expect(source.position(customer!.textOffset)).toEqual({ line: 7, column: 8 });
    expect(customer!.text).toBe("Goedemorgen,  met Janssen.");
    const janssen = customer!.textOffset + customer!.text.indexOf("Janssen");
    expect(source.position(janssen)).toEqual({ line: 8, column: 5 });
    expect(source.position(customer!.span[1])).toEqual({ line: 8, column: 13 });

    const [hold] = eventsOf(call.items);
    expect(source.position(hold!.span[0])).toEqual({ line: 10, column: 3 });
    expect(source.text.slice(...hold!.span)).toBe("[in de wacht]");

    expect(problems.map((p) => [source.position(p.span[0]), source.text.slice(...p.span)])).toEqual([
      [{ line: 11, column: 3 }, "[pauze]"],
      [{ line: 14, column: 3 }, "Sigrid"],
    ]);
    expect(sigrid!.role).toBe("unknown");
    expect(directives).toHaveLength(1);
    expect(source.position(directives[0]!.span[0])).toEqual({ line: 13, column: 1 });
    expect(source.text.slice(...directives[0]!.span)).toBe("<!-- beleefd-disable-next-line greeting -- oefentekst -->");
  });
});

describe("markdown-script: directives in HTML comments", () => {
  const script = `# Oefenscript

<!-- beleefd-disable no-tutoyeren, greeting -- oefenstof over je en jij -->
Agent: Hoi, met Tim. Wat kan ik voor je doen?
<!-- beleefd-enable no-tutoyeren -->

<!-- Een gewone opmerking voor de trainer. -->
<!-- beleefd-disable-next-line no-tutoyeren -- de klant citeert de monteur -->
Klant: De monteur zei: "heb je de kraan dicht?"
Agent: Dat is vervelend. <!-- beleefd-disable-line hold-ask-permission --> Een moment.

\`\`\`md
<!-- beleefd-disable -->
Agent: Dit is een voorbeeld in een codeblok.
\`\`\`
`;

  it("reads every directive kind with its rule ids, reason and span, and skips other comments and code", async () => {
    const { directives, source, conversation } = await parse(script);
    expect(directives.map((d) => ({ kind: d.kind, ruleIds: d.ruleIds, justification: d.justification, line: source.position(d.span[0]).line }))).toEqual([
      { kind: "disable", ruleIds: ["no-tutoyeren", "greeting"], justification: "oefenstof over je en jij", line: 3 },
      { kind: "enable", ruleIds: ["no-tutoyeren"], justification: undefined, line: 5 },
      { kind: "disable-next-line", ruleIds: ["no-tutoyeren"], justification: "de klant citeert de monteur", line: 8 },
      { kind: "disable-line", ruleIds: ["hold-ask-permission"], justification: undefined, line: 10 },
    ]);
    expect(said(conversation.calls[0]!.items)).toEqual([
      "Agent: Hoi, met Tim. Wat kan ik voor je doen?",
      'Klant: De monteur zei: "heb je de kraan dicht?"',
      "Agent: Dat is vervelend. Een moment.",
    ]);
  });

  it("points the directives at the right lines for the engine", async () => {
    const { directives, source } = await parse(script);
    const index = new DirectiveIndex(directives);
    // A message is turned off by where its span starts: anywhere on the line counts.
    const onLine = (line: number) => source.lineStart(line) + 2;
    expect(index.isSuppressed("no-tutoyeren", onLine(4))).toBe(true);
    expect(index.isSuppressed("no-tutoyeren", onLine(9))).toBe(true);
    expect(index.isSuppressed("no-tutoyeren", onLine(10))).toBe(false);
    expect(index.isSuppressed("greeting", onLine(10))).toBe(true);
    expect(index.isSuppressed("hold-ask-permission", onLine(10))).toBe(true);
    expect(index.isSuppressed("hold-ask-permission", onLine(9))).toBe(false);
    expect(index.isSuppressed("hold-ask-permission", onLine(11))).toBe(false);
  });

  it("gives each directive the span of text it covers", async () => {
    const { directives, source } = await parse(script);
    const lines = directives.map((d) => [d.kind, source.position(d.covers[0]).line, d.covers[1] > source.text.length ? "einde" : source.position(d.covers[1]).line]);
    // disable: from its own line on; enable and disable-line: their own line; next-line: the turn below.
    expect(lines).toEqual([
      ["disable", 3, "einde"],
      ["enable", 5, 6],
      ["disable-next-line", 9, 10],
      ["disable-line", 10, 11],
    ]);
  });
});

describe("markdown-script: what is and is not a speaker", () => {
  it("skips instructions silently and reports only bold unknown labels", async () => {
    const { conversation, problems, source } = await parse(`## Aanvangsfase

Let op: vraag altijd naar het klantnummer.
Tip: glimlach, dat hoor je.

**Let op:** noem je eigen naam.
> **Tip:** gebruik de naam van de klant.

Agent: Goedemorgen, Enerva, met Sigrid.
Instructie: wacht tot de klant uitgesproken is.
Zo niet, vraag het opnieuw.
Klant zegt nee: bied een terugbelafspraak aan.
Sigrid: Dit is geen beurt, want Sigrid is niet vet en niet opgegeven.
**Ellen:** Dit wel.
Agent (Sigrid): Waarmee kan ik u helpen?
`);
    expect(said(conversation.calls[0]!.items)).toEqual([
      "Agent: Goedemorgen, Enerva, met Sigrid.",
      "Ellen: Dit wel.",
      "Agent (Sigrid): Waarmee kan ik u helpen?",
    ]);
    expect(turnsOf(conversation.calls[0]!.items).map((t) => t.role)).toEqual(["agent", "unknown", "agent"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('Onbekende spreker "Ellen"');
    expect(source.text.slice(...problems[0]!.span)).toBe("Ellen");
  });

  it("does not treat prose, headings, code and tables as speech", async () => {
    const { conversation, problems } = await parse(`# Agent: een kop is geen beurt

Het gesprek begint zodra de klant is doorverbonden.

| Situatie | Zeg |
| --- | --- |
| Klant boos | Ik begrijp dat u boos bent |

    Agent: ingesprongen code is geen beurt

\`\`\`
Klant: ook dit niet
\`\`\`
`);
    expect(problems).toEqual([]);
    expect(conversation.calls).toHaveLength(1);
    expect(conversation.calls[0]!.items).toEqual([]);
  });

  it("continues a turn only within its paragraph", async () => {
    const { conversation } = await parse(`Agent: Goedemorgen, u spreekt met Sigrid.
Wat kan ik voor u doen?

Wacht op het antwoord van de klant.
`);
    expect(said(conversation.calls[0]!.items)).toEqual(["Agent: Goedemorgen, u spreekt met Sigrid. Wat kan ik voor u doen?"]);
  });

  it("reads time stamps, cut-offs and interruptions like the transcript parser", async () => {
    const { conversation } = await parse(`[00:00:05] Klant: Ik wil eigenlijk --
[00:00:07] Agent: Mag ik u even onderbreken?
`);
    const [customer, agent] = turnsOf(conversation.calls[0]!.items);
    expect(customer).toMatchObject({ cutOff: true, time: { start: 5, end: 7 } });
    expect(agent).toMatchObject({ interrupts: true, time: { start: 7 } });
  });
});

describe("markdown-script: events", () => {
  it("reads events alone on a line, also in emphasis, with a transfer target", async () => {
    const { conversation, problems, source } = await parse(`Agent: Ik verbind u door met de afdeling Facturatie.
*[doorverbinden: afdeling Facturatie]*

_[agent verbreekt]_
`);
    expect(problems).toEqual([]);
    const events = eventsOf(conversation.calls[0]!.items);
    expect(events.map((e) => [e.event, e.target ?? e.by])).toEqual([
      ["transfer", "afdeling Facturatie"],
      ["hangup", "agent"],
    ]);
    expect(source.text.slice(...events[0]!.span)).toBe("[doorverbinden: afdeling Facturatie]");
  });

  it("warns about an unknown event and keeps the turn before it", async () => {
    const { conversation, problems, source } = await parse(`Agent: Een ogenblik.
[koffie halen]
Agent: Daar ben ik weer.
`);
    expect(turnsOf(conversation.calls[0]!.items)).toHaveLength(2);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('Onbekende gebeurtenis "[koffie halen]"');
    expect(source.position(problems[0]!.span[0])).toEqual({ line: 2, column: 1 });
    expect(source.text.slice(...problems[0]!.span)).toBe("[koffie halen]");
  });

  it("does not take a link or a placeholder inside speech for an event; link markup is blanked", async () => {
    const { problems, conversation } = await parse(`Agent: Kijk op [onze site](https://example.nl), [naam klant].
[naam klant]
`);
    expect(said(conversation.calls[0]!.items)).toEqual(["Agent: Kijk op onze site , [naam klant]."]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('"[naam klant]"')]);
  });
});

describe("markdown-script: several calls", () => {
  it("starts a new call at each top-level heading; thematic breaks are decoration", async () => {
    const { conversation, source } = await parse(`---
richting: inbound
---
# Gesprek 1

## Aanvang

Agent: Goedemorgen, Enerva, met Sigrid.
Klant: Dag, met Bakker.

***

Agent: Hoe kan ik u helpen?

# Gesprek 2

Agent: Goedemiddag, Enerva, met Tim.
Klant: Hallo, met De Wit.
---
Agent: Goedenavond, Enerva, met Ellen.
`);
    const calls = conversation.calls;
    expect(calls.map((c) => said(c.items).length)).toEqual([3, 3]);
    expect(calls.map((c) => c.meta.direction)).toEqual(["inbound", "inbound"]);
    expect(turnsOf(calls[0]!.items).map((t) => t.phase)).toEqual(["aanvang", "aanvang", "aanvang"]);
    expect(turnsOf(calls[1]!.items).map((t) => t.phase)).toEqual([undefined, undefined, undefined]);
    // "Klant: …\n---" is a setext heading to remark; here it is a turn.
    expect(said(calls[1]!.items)[1]).toBe("Klant: Hallo, met De Wit.");
    expect(source.position(calls[1]!.span[0]).line).toBe(17);
    calls[0]!.meta.speakers.sigrid = "agent";
    expect(calls[1]!.meta.speakers.sigrid).toBeUndefined(); // each call has its own meta
  });

  it("ends a phase at a heading of the same level that names no phase", async () => {
    const { conversation } = await parse(`## Afsluitingsfase
Agent: Een fijne dag nog.
### Als de klant nog iets vraagt
Agent: Natuurlijk, waarmee kan ik u nog helpen?
## Bijlage: veelgestelde vragen
Agent: Dit staat buiten de fases.
`);
    expect(turnsOf(conversation.calls[0]!.items).map((t) => t.phase)).toEqual(["afsluiting", "afsluiting", undefined]);
  });
});

describe("markdown-script: phase headings", () => {
  it.each([
    ["Alertheidsfase", "alertheid"],
    ["Voorbereiding", "alertheid"],
    ["1. Aanvangsfase", "aanvang"],
    ["Aanvangsfase (inbound)", "aanvang"],
    ["GESPREKSOPENING", "aanvang"],
    ["Begroeting", "aanvang"],
    ["Fase 2: Analyse", "analyse"],
    ["2) Behoefteanalyse", "analyse"],
    ["Vraagverheldering", "analyse"],
    ["Vragen", "analyse"],
    ["Stap 4 – Oplossing", "aanbod"],
    ["**Advies**", "aanbod"],
    ["Fase: Afronding", "afsluiting"],
    ["V. Slot", "afsluiting"],
    ["Einde gesprek", "afsluiting"],
  ])("%s → %s", (heading, phase) => {
    expect(phaseOfHeading(heading)).toBe(phase);
  });

  it.each(["Belscript klantenservice", "Slotvraag", "Opmerkingen", "Analyses van vorig jaar", "Bijlage"])("%s names no phase", (heading) => {
    expect(phaseOfHeading(heading)).toBeUndefined();
  });
});

describe("markdown-script: front matter errors", () => {
  it("reports unclosed front matter on line 1", async () => {
    const { error, line } = await parseError("---\nrichting: inbound\n\n## Aanvang\nAgent: Goedemorgen.\n");
    expect(error.message).toContain("nergens afgesloten");
    expect(line).toBe(1);
  });

  it("reports bad YAML on its line", async () => {
    const { error, line } = await parseError("---\nrichting: inbound\nklant: [Janssen\n---\nAgent: Goedemorgen.\n");
    expect(error.message).toContain("Ongeldige YAML");
    expect(line).toBe(3); // the unclosed bracket's line, not the closing `---`
  });

  it("reports a YAML error in the middle of the front matter on its line", async () => {
    const { line } = await parseError("---\nrichting: inbound\nklant: Janssen\n  agent: Sigrid\norganisatie: Enerva\n---\n");
    expect(line).toBe(3);
  });

  it("reports a bad value at its key, also after a BOM and CRLF", async () => {
    const { error, line } = await parseError("\uFEFF---\r\norganisatie: Enerva\r\nrichting: zijwaarts\r\n---\r\nAgent: Goedemorgen.\r\n");
    expect(error.message).toContain("richting");
    expect(line).toBe(3);
  });
});

describe("markdown-script: golden models", () => {
  goldenModelTests(markdownScriptParser, ".md");
});
