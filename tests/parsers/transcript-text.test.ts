import { describe, expect, it } from "vitest";
import type { CallEvent, CallItem, Turn } from "../../src/model/conversation.js";
import { Source } from "../../src/model/source.js";
import { ParseError } from "../../src/parsers/problems.js";
import { parserNamed } from "../../src/parsers/index.js";
import type { ParseResult } from "../../src/types.js";
import { goldenModelTests } from "../support/golden.js";

const transcriptTextParser = parserNamed("transcript-text")!;

async function parse(text: string, speakers?: Record<string, "agent" | "customer" | "colleague">): Promise<ParseResult & { source: Source }> {
  const source = new Source(text, "call.txt");
  return { ...(await transcriptTextParser.parse(source, speakers ? { speakers } : {})), source };
}

const turnsOf = (items: CallItem[]): Turn[] => items.filter((i): i is Turn => i.kind === "turn");
const eventsOf = (items: CallItem[]): CallEvent[] => items.filter((i): i is CallEvent => i.kind === "event");
const said = (items: CallItem[]): string[] => turnsOf(items).map((t) => `${t.speaker}: ${t.text.replace(/\s+/g, " ").trim()}`);

describe("transcript-text: turns", () => {
  it("reads labels, roles and continuation lines", async () => {
    const { conversation, problems } = await parse(`Medewerkster: Goedemorgen, Zilveren Kruis, u spreekt met Anouk.
Waarmee kan ik u helpen?
Beller: Ik heb een vraag over mijn eigen risico.
**KCM:** Dat zoek ik voor u uit.
**Klant**: Dank u.
`);
    expect(problems).toEqual([]);
    expect(conversation.format).toBe("transcript");
    const turns = turnsOf(conversation.calls[0]!.items);
    expect(turns.map((t) => `${t.speaker}/${t.role}`)).toEqual(["Medewerkster/agent", "Beller/customer", "KCM/agent", "Klant/customer"]);
    expect(said(conversation.calls[0]!.items)[0]).toBe("Medewerkster: Goedemorgen, Zilveren Kruis, u spreekt met Anouk. Waarmee kan ik u helpen?");
    expect(turns.map((t) => t.index)).toEqual([0, 1, 2, 3]);
  });

  it("blanks stage directions but keeps the offsets", async () => {
    const { conversation, source } = await parse("Klant: (noemt naam en klantnummer) Dat is Visser, 12345.\n");
    const turn = turnsOf(conversation.calls[0]!.items)[0]!;
    expect(turn.text).toBe(" ".repeat("(noemt naam en klantnummer) ".length) + "Dat is Visser, 12345.");
    const visser = turn.textOffset + turn.text.indexOf("Visser");
    expect(source.text.slice(visser, visser + 6)).toBe("Visser");
  });

  it("marks a cut-off turn and the other party's interruption, not the same speaker's next turn", async () => {
    const { conversation } = await parse(`Klant: Ik wil eigenlijk mijn abonnement --
Agent: Mag ik u even onderbreken, meneer Smit?
Agent: Ik bedoel --
Agent: Excuus, ik maak het af.
`);
    const [customer, agent, agentCut, agentAgain] = turnsOf(conversation.calls[0]!.items);
    expect(customer).toMatchObject({ cutOff: true, text: "Ik wil eigenlijk mijn abonnement   " });
    expect(agent!.interrupts).toBe(true);
    expect(agentCut!.cutOff).toBe(true);
    expect(agentAgain!.interrupts).toBeUndefined();
  });

  it("reads time stamps and closes each at the next timed item", async () => {
    const { conversation } = await parse(`[00:00:02] Agent: Goedemorgen, met Daan.
[00:00:05] Klant: Goedemorgen.
[01:31.5] [in de wacht]
[1:02:03] Agent: Bedankt voor het wachten.
`);
    const items = conversation.calls[0]!.items;
    expect(items.map((i) => i.time)).toEqual([
      { start: 2, end: 5 },
      { start: 5, end: 91.5 },
      { start: 91.5, end: 3723 },
      { start: 3723 },
    ]);
    expect(turnsOf(items)[0]!.text).toBe("Goedemorgen, met Daan.");
  });
});

describe("transcript-text: time ranges", () => {
  it("reads a range with a hyphen or an en dash and keeps a written end", async () => {
    const { conversation, problems } = await parse(`[00:00:10-00:00:20] Klant: Mijn rekening is veel te hoog, want --
[00:00:16 – 00:00:18.5] Agent: Wat is uw klantnummer?
[00:00:40] [in de wacht]
[01:30-01:31] Agent: Bedankt voor het wachten.
[00:01:45] Klant: Graag gedaan.
`);
    expect(problems).toEqual([]);
    expect(conversation.calls[0]!.items.map((i) => i.time)).toEqual([
      { start: 10, end: 20 },
      { start: 16, end: 18.5 },
      { start: 40, end: 90 },
      { start: 90, end: 91 },
      { start: 105 },
    ]);
    expect(turnsOf(conversation.calls[0]!.items)[1]!.text).toBe("Wat is uw klantnummer?");
  });

  it("warns about a range that ends before it starts and keeps its start", async () => {
    const { conversation, problems, source } = await parse("[00:00:20-00:00:12] Agent: Goedemorgen.\n");
    expect(problems.map((p) => source.text.slice(p.span[0], p.span[1]))).toEqual(["[00:00:20-00:00:12]"]);
    expect(problems[0]!.message).toContain("eindigt voordat het begint");
    expect(conversation.calls[0]!.items[0]!.time).toEqual({ start: 20 });
  });
});

describe("transcript-text: events and warnings", () => {
  it("reads events with their target and who hung up", async () => {
    const { conversation, problems, source } = await parse(`Agent: Ik verbind u door.
[doorverbinden: afdeling Facturatie]
[hold]
[unhold]
[agent hangt op]
[customer hangs up]
`);
    expect(problems).toEqual([]);
    const events = eventsOf(conversation.calls[0]!.items);
    expect(events.map((e) => [e.event, e.target ?? e.by ?? null])).toEqual([
      ["transfer", "afdeling Facturatie"],
      ["hold", null],
      ["unhold", null],
      ["hangup", "agent"],
      ["hangup", "customer"],
    ]);
    expect(source.text.slice(...events[0]!.span)).toBe("[doorverbinden: afdeling Facturatie]");
  });

  it("warns about an unknown speaker but keeps the turn", async () => {
    const { conversation, problems, source } = await parse("Agent: Goedemorgen.\nSupervisor: Ik luister mee.\n");
    expect(turnsOf(conversation.calls[0]!.items).map((t) => t.role)).toEqual(["agent", "unknown"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('Onbekende spreker "Supervisor"');
    expect(source.text.slice(...problems[0]!.span)).toBe("Supervisor");
  });

  it("warns about an unknown event and a line that belongs to no speaker", async () => {
    const { problems, source } = await parse("Agent: Een ogenblik.\n[koffie halen]\n\nen toen was het stil\n");
    expect(problems.map((p) => [source.position(p.span[0]).line, source.text.slice(...p.span)])).toEqual([
      [2, "[koffie halen]"],
      [4, "en toen was het stil"],
    ]);
    expect(problems[0]!.message).toContain("Onbekende gebeurtenis");
    expect(problems[1]!.message).toContain("hoort bij geen spreker");
  });
});

describe("transcript-text: calls, front matter and directives", () => {
  it("separates calls at a line of ===, each with its own meta", async () => {
    const { conversation } = await parse(`---
richting: inbound
---
Agent: Goedemorgen, met Tim.
Klant: Dag.
===
Agent: Goedemiddag, met Ellen.
`);
    expect(conversation.calls.map((c) => said(c.items))).toEqual([["Agent: Goedemorgen, met Tim.", "Klant: Dag."], ["Agent: Goedemiddag, met Ellen."]]);
    expect(conversation.calls.map((c) => c.meta.direction)).toEqual(["inbound", "inbound"]);
    expect(conversation.calls[0]!.meta).not.toBe(conversation.calls[1]!.meta);
  });

  it("takes speakers from front matter and from config", async () => {
    const { conversation, problems } = await parse(
      `---
agent: Sigrid
klant: mevrouw Janssen
sprekers:
  Ellen: collega
---
Sigrid: Goedemorgen, met Sigrid.
Mevrouw Janssen: Dag.
Ellen: Zet maar door.
Teamleider: Ik neem het over.
`,
      { teamleider: "colleague" },
    );
    expect(problems).toEqual([]);
    expect(turnsOf(conversation.calls[0]!.items).map((t) => t.role)).toEqual(["agent", "customer", "colleague", "colleague"]);
    expect(conversation.calls[0]!.meta).toMatchObject({ agent: "Sigrid", customer: "mevrouw Janssen" });
  });

  it("reads line directives", async () => {
    const { directives, conversation, source } = await parse(`# beleefd-disable-next-line no-tutoyeren -- citaat
Klant: Hij zei "heb je dat gedaan?"
<!-- beleefd-disable greeting -->
Agent: Hoi.
`);
    expect(directives.map((d) => [d.kind, d.ruleIds, d.justification, source.position(d.span[0]).line])).toEqual([
      ["disable-next-line", ["no-tutoyeren"], "citaat", 1],
      ["disable", ["greeting"], undefined, 3],
    ]);
    expect(turnsOf(conversation.calls[0]!.items)).toHaveLength(2);
  });

  it("covers the next turn with disable-next-line, past blank lines and stacked comments", async () => {
    const { directives, source } = await parse(`# beleefd-disable-next-line greeting
<!-- beleefd-disable-next-line no-tutoyeren -->

Agent: Hoi, wat kan ik voor je doen?
Klant: Mijn stroom is uitgevallen.
`);
    expect(directives.map((d) => source.text.slice(...d.covers))).toEqual([
      "Agent: Hoi, wat kan ik voor je doen?\n",
      "Agent: Hoi, wat kan ik voor je doen?\n",
    ]);
  });

  it("throws a ParseError on the line of a bad front-matter value", async () => {
    const source = new Source("---\nklant: Janssen\nrichting: zijwaarts\n---\nAgent: Goedemorgen.\n");
    const error = await Promise.resolve(source)
      .then((s) => transcriptTextParser.parse(s, {}))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect(source.position((error as ParseError).span[0]).line).toBe(3);
  });
});

describe("transcript-text: CRLF and a byte-order mark", () => {
  it("gives exact lines and columns", async () => {
    const { conversation, problems, source } = await parse(
      "\uFEFF---\r\nrichting: inbound\r\n---\r\n[00:00:01] Agent: Goedemorgen,\r\nmet Daan.\r\nKlant: (zucht) Hallo --\r\n[wachtmuziek]\r\n",
    );
    const [agent, customer] = turnsOf(conversation.calls[0]!.items);
    expect(source.position(agent!.span[0])).toEqual({ line: 4, column: 1 });
    expect(source.position(agent!.textOffset)).toEqual({ line: 4, column: 19 });
    expect(agent!.text).toBe("Goedemorgen,  met Daan.");
    expect(source.position(agent!.textOffset + agent!.text.indexOf("Daan"))).toEqual({ line: 5, column: 5 });
    expect(customer).toMatchObject({ cutOff: true, text: "        Hallo   " }); // "(zucht) " blanked, "--" too
    expect(source.position(customer!.span[1])).toEqual({ line: 6, column: 24 });
    expect(problems.map((p) => source.position(p.span[0]))).toEqual([{ line: 7, column: 1 }]);
  });
});

describe("transcript-text: golden models", () => {
  goldenModelTests(transcriptTextParser, ".txt");
});
