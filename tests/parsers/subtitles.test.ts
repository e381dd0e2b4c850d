import { describe, expect, it } from "vitest";
import { lint } from "../../src/browser.js";
import type { CallEvent, Turn } from "../../src/model/conversation.js";
import { Source } from "../../src/model/source.js";
import { ParseError } from "../../src/parsers/problems.js";
import { parserNamed } from "../../src/parsers/index.js";
import type { ParseResult, Parser } from "../../src/types.js";

const srtParser = parserNamed("srt")!;
const webvttParser = parserNamed("webvtt")!;

async function parse(text: string, parser: Parser = webvttParser): Promise<ParseResult & { source: Source }> {
  const source = new Source(text, "gesprek.vtt");
  return { ...(await parser.parse(source, {})), source };
}
const turns = (result: ParseResult) => result.conversation.calls[0]!.items.filter((i): i is Turn => i.kind === "turn");
const events = (result: ParseResult) => result.conversation.calls[0]!.items.filter((i): i is CallEvent => i.kind === "event");
const said = (turn: Turn) => turn.text.replace(/\s+/g, " ").trim();

describe("webvtt", () => {
  it("requires the WEBVTT header", async () => {
    const source = new Source("1\n00:00:01.000 --> 00:00:02.000\nAgent: Hallo.\n");
    const error = await Promise.resolve()
      .then(() => webvttParser.parse(source, {}))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toBe(
      "Dit is geen WebVTT-bestand: de eerste regel moet 'WEBVTT' zijn. Is het een SRT-bestand? Geef het dan de extensie .srt.",
    );
    expect((error as ParseError).span).toEqual([0, 1]);
  });

  it("reads voice tags with classes, merges a speaker's cues and blanks what is not speech", async () => {
    const result = await parse(`WEBVTT

00:00:01.000 --> 00:00:03.000
<v.loud Medewerker>Goedemorgen, <b>Vitens</b>,</v>

00:00:03.200 --> 00:00:05.000
<v Medewerker>u spreekt met Mark.</v>

00:00:05.500 --> 00:00:07.000
<v Klant>Goedemorgen.
`);
    expect(result.problems).toEqual([]);
    expect(turns(result).map((t) => [t.role, said(t), t.time])).toEqual([
      ["agent", "Goedemorgen, Vitens , u spreekt met Mark.", { start: 1, end: 5 }],
      ["customer", "Goedemorgen.", { start: 5.5, end: 7 }],
    ]);
    const mark = turns(result)[0]!;
    const at = mark.textOffset + mark.text.indexOf("Mark");
    expect(result.source.position(at)).toEqual({ line: 7, column: 29 });
    expect(mark.text).toHaveLength(mark.span[1] - mark.textOffset);
  });

  it("reads NOTE events with their times and warns about an unknown bracketed one", async () => {
    const result = await parse(`WEBVTT

00:00:01.000 --> 00:00:04.000
Agent: Heeft u een momentje?

00:00:04.500 --> 00:00:05.000
Klant: Ja.

NOTE [in de wacht]

NOTE Hier klinkt wachtmuziek.

NOTE [uit de wacht]

00:01:10.000 --> 00:01:12.000
Agent: Bedankt voor het wachten.

NOTE [koffie]
`);
    expect(events(result).map((e) => [e.event, e.time])).toEqual([
      ["hold", { start: 5, end: 70 }],
      ["unhold", { start: 70, end: 70 }],
    ]);
    expect(result.problems.map((p) => [result.source.position(p.span[0]).line, result.source.text.slice(...p.span)])).toEqual([[18, "[koffie]"]]);
  });

  it("lets a NOTE directive switch off a rule for the next cue's text", async () => {
    const text = `WEBVTT

NOTE beleefd-disable-next-line no-tutoyeren -- de klant vroeg om "je"

12
00:00:01.000 --> 00:00:03.000
<v Agent>Wat kan ik voor je doen?
`;
    const result = await lint(text, { filePath: "gesprek.vtt", config: { rules: { "no-tutoyeren": "error" } } });
    expect(result.messages.filter((m) => m.ruleId === "no-tutoyeren")).toEqual([]);
    expect(result.messages.some((m) => m.message.startsWith("Overbodige"))).toBe(false);
  });

  it("makes a NOTE directive cover the first text line of the next cue, past its id and timing", async () => {
    const result = await parse(`WEBVTT

NOTE beleefd-disable-next-line greeting

NOTE beleefd-disable-next-line no-tutoyeren -- de klant vroeg om "je"

12
00:00:01.000 --> 00:00:03.000
<v Agent>Wat kan ik voor je doen?
<v Agent>Zegt u het maar.
`);
    const covered = result.directives.map((d) => result.source.text.slice(...d.covers));
    expect(covered).toEqual(["<v Agent>Wat kan ik voor je doen?\n", "<v Agent>Wat kan ik voor je doen?\n"]);
  });

  it("warns about a bad timing line and a cue without a speaker, and goes on", async () => {
    const result = await parse(`WEBVTT

00:00:01 --> 00:00:03
Agent: Goedemiddag.

00:00:04.000 --> 00:00:06.000
Goedemiddag, met Pieters.

00:00:07.000 --> 00:00:08.000
<v Supervisor>Ik luister mee.
`);
    expect(result.problems.map((p) => `${result.source.position(p.span[0]).line}: ${p.message}`)).toEqual([
      "3: Ongeldige tijdregel in dit WebVTT-bestand. Schrijf bijvoorbeeld '00:00:02.000 --> 00:00:05.500'. Deze cue is overgeslagen.",
      "7: Deze cue zegt niet wie er spreekt. Begin met een stemlabel ('<v Agent>') of 'Agent:'.",
      '10: Onbekende spreker "Supervisor". Geef de rol op onder "speakers" in de configuratie of in de metadata (<naam>.meta.json), bijvoorbeeld: "speakers": { "Supervisor": "agent" }',
    ]);
    expect(turns(result).map((t) => [t.speaker, t.role])).toEqual([
      ["Onbekend", "unknown"],
      ["Supervisor", "unknown"],
    ]);
  });
});

describe("srt", () => {
  it("reads numbered cues with comma timings, speaker prefixes and a speaker carried to the next cue", async () => {
    const result = await parse(
      "1\r\n00:00:01,000 --> 00:00:03,500\r\nAgent: Goedemiddag, Ziggo,\r\nmet Bas.\r\n\r\n2\r\n00:00:04,000 --> 00:00:05,000\r\n- Klant: <i>Dag</i>,\r\n\r\n3\r\n00:00:05,100 --> 00:00:06,000\r\nik bel over mijn modem.\r\n",
      srtParser,
    );
    expect(result.problems).toEqual([]);
    expect(turns(result).map((t) => [t.role, said(t), t.time])).toEqual([
      ["agent", "Goedemiddag, Ziggo, met Bas.", { start: 1, end: 3.5 }],
      ["customer", "Dag , ik bel over mijn modem.", { start: 4, end: 6 }],
    ]);
    const modem = turns(result)[1]!;
    expect(result.source.position(modem.textOffset + modem.text.indexOf("modem"))).toEqual({ line: 12, column: 18 });
  });

  it("warns about a block without a timing line", async () => {
    const result = await parse("1\n00:00:01,000 --> 00:00:02,000\nAgent: Hallo.\n\nKlant: Dag.\n", srtParser);
    expect(result.problems.map((p) => [result.source.position(p.span[0]).line, p.message])).toEqual([
      [5, "Dit blok is geen cue: er staat geen tijdregel (met '-->') in. Het is overgeslagen."],
    ]);
  });
});

describe("bracketed cues", () => {
  it("reads a cue of only [event] as that event and skips a sound description", async () => {
    const result = await parse(
      "1\n00:00:01,000 --> 00:00:03,000\nAgent: Heeft u een momentje?\n\n2\n00:00:03,500 --> 00:00:04,000\nKlant: Ja.\n\n3\n00:00:04,500 --> 00:00:50,000\n[in de wacht]\n\n4\n00:00:20,000 --> 00:00:25,000\n[wachtmuziek]\n\n5\n00:00:50,000 --> 00:00:52,000\nAgent: Bedankt voor het wachten.\n",
      srtParser,
    );
    const items = result.conversation.calls[0]!.items;
    expect(items.map((i) => (i.kind === "turn" ? i.role : i.event))).toEqual(["agent", "customer", "hold", "agent"]);
    expect(events(result)[0]!.time).toEqual({ start: 4.5, end: 50 });
    expect(result.source.text.slice(...events(result)[0]!.span)).toBe("[in de wacht]");
    expect(result.problems).toEqual([]);
  });
});
