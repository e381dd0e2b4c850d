import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ajv } from "../../src/shared/ajv.js";
import type { CallEvent, Turn } from "../../src/model/conversation.js";
import { Source } from "../../src/model/source.js";
import { parserNamed } from "../../src/parsers/index.js";
import { decodeInPlace, scanJson } from "../../src/parsers/json/scan.js";
import { ParseError } from "../../src/parsers/problems.js";
import type { ParseOptions, ParseResult } from "../../src/types.js";

const jsonParser = parserNamed("json")!;
const flavourParser = (flavour: string) => parserNamed(flavour)!;

async function parse(text: string, options: ParseOptions = {}): Promise<ParseResult & { source: Source }> {
  const source = new Source(text, "gesprek.json");
  return { ...(await jsonParser.parse(source, options)), source };
}

/** The ParseError for a text, as "line:column message". */
async function failure(text: string, parser = jsonParser): Promise<string> {
  const source = new Source(text);
  const error = await Promise.resolve()
    .then(() => parser.parse(source, {}))
    .then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ParseError);
  const { line, column } = source.position((error as ParseError).span[0]);
  return `${line}:${column} ${(error as ParseError).message}`;
}

const turns = (result: ParseResult) => result.conversation.calls[0]!.items.filter((i): i is Turn => i.kind === "turn");
const events = (result: ParseResult) => result.conversation.calls[0]!.items.filter((i): i is CallEvent => i.kind === "event");

describe("JSON scanner", () => {
  it("keeps the place of every value and key", () => {
    const text = '{ "a": [1, "twee", true], "b": null }';
    const root = scanJson(text);
    expect(root.type).toBe("object");
    if (root.type !== "object") return;
    expect(root.entries.map((e) => text.slice(...e.keySpan))).toEqual(['"a"', '"b"']);
    const list = root.entries[0]!.value;
    expect(list.type === "array" && list.items.map((i) => text.slice(...i.span))).toEqual(["1", '"twee"', "true"]);
  });

  it("decodes escapes in place, padded with spaces to the same length", () => {
    const raw = String.raw`Caf\u00e9 \"De Hoek\"\nJa`;
    const decoded = decodeInPlace(raw);
    expect(decoded).toHaveLength(raw.length);
    expect(decoded).toBe('Café      " De Hoek"   Ja');
    expect(decoded.indexOf("De Hoek")).toBe(raw.indexOf("De Hoek"));
  });

  it.each([
    ['{"items": [1, 2,]}', '1:17 Ongeldige JSON: hier verwacht ik een waarde (tekst tussen "", een getal, true, false, null, { of [), maar ik zie \']\'.'],
    ['{\n  "items": [\n    {"text": "Goedemorgen}\n  ]\n}', '3:14 Ongeldige JSON: deze tekst wordt niet afgesloten met ".'],
    ['{"a": 1 "b": 2}', "1:9 Ongeldige JSON: na een waarde in een object verwacht ik ',' of '}', maar ik zie '\"'."],
    ["{'a': 1}", "1:2 Ongeldige JSON: hier verwacht ik een sleutel tussen \"\", maar ik zie '''."],
    ['{"a": "x\\q"}', "1:9 Ongeldige JSON: onbekende escape '\\q' in een tekst."],
    ['{"a": 1} extra', "1:10 Ongeldige JSON: na de JSON-waarde staat nog 'e'."],
    ['{"a": [1, 2', "1:12 Ongeldige JSON: na een waarde in een lijst verwacht ik ',' of ']', maar ik zie het einde van het bestand."],
  ])("reports %j at its line and column", async (text, expected) => {
    expect(await failure(text)).toBe(expected);
  });
});

describe("beleefd JSON", () => {
  const call = `{
  "beleefd": 1,
  "call": { "direction": "outbound", "customer": "mevrouw Bakker", "organisation": "Eneco" },
  "items": [
    { "role": "customer", "start": 0.5, "end": 1.4, "text": "Met Bakker." },
    { "role": "agent", "speaker": "Yara", "start": 1.9, "end": 6, "text": "Goedemiddag, u spreekt met Yara van Eneco. Komt het gelegen?" },
    { "event": "hangup", "by": "agent" }
  ]
}
`;

  it("reads the kind of call", async () => {
    const survey = call.replace('"organisation": "Eneco" }', '"organisation": "Eneco", "callType": "enquête" }');
    expect((await parse(survey)).conversation.calls[0]!.meta.callType).toBe("enquête");
  });

  it("reads call details, turns with times and events", async () => {
    const result = await parse(call);
    expect(result.problems).toEqual([]);
    const meta = result.conversation.calls[0]!.meta;
    expect(meta).toMatchObject({ direction: "outbound", customer: "mevrouw Bakker", organization: "Eneco" });
    expect(turns(result).map((t) => [t.role, t.speaker, t.text, t.time])).toEqual([
      ["customer", "Klant", "Met Bakker.", { start: 0.5, end: 1.4 }],
      ["agent", "Yara", "Goedemiddag, u spreekt met Yara van Eneco. Komt het gelegen?", { start: 1.9, end: 6 }],
    ]);
    const [hangup] = events(result);
    expect(hangup).toMatchObject({ event: "hangup", by: "agent" });
    expect(result.source.text.slice(...hangup!.span)).toBe('"event": "hangup"');
  });

  it("points into the JSON string, also after escapes", async () => {
    const result = await parse(String.raw`{"version": 1, "items": [{"role": "agent", "text": "Caf\u00e9 \"De Hoek\", met Ilse."}]}`);
    const [turn] = turns(result);
    const at = turn!.textOffset + turn!.text.indexOf("Ilse");
    expect(result.source.text.slice(at, at + 4)).toBe("Ilse");
  });

  it("takes roles from speakers in the file and warns about a speaker without one", async () => {
    const result = await parse(`{"beleefd": 1, "call": {"speakers": {"Yara": "agent"}}, "items": [
  {"speaker": "Yara", "text": "Goedemiddag."},
  {"speaker": "Teamleider", "text": "Ik luister mee."}
]}`);
    expect(turns(result).map((t) => t.role)).toEqual(["agent", "unknown"]);
    expect(result.problems.map((p) => [result.source.position(p.span[0]).line, result.source.text.slice(...p.span)])).toEqual([[3, "Teamleider"]]);
  });

  it.each([
    ['{"beleefd": 2, "items": []}', '1:13 Ongeldig beleefd-transcript bij beleefd: moet 1 zijn.'],
    ['{"beleefd": 1, "items": [\n  {"role": "agent", "text": 42}\n]}', "2:29 Ongeldig beleefd-transcript bij items.0.text: moet van type string zijn."],
    ['{"beleefd": 1, "items": [\n  {"role": "baas", "text": "Hallo"}\n]}', '2:12 Ongeldig beleefd-transcript bij items.0.role: moet een van deze waarden zijn: "agent", "customer", "colleague", "unknown".'],
    ['{"beleefd": 1, "items": [\n  {"event": "pauze"}\n]}', '2:13 Ongeldig beleefd-transcript bij items.0.event: moet een van deze waarden zijn: "hold", "unhold", "transfer", "hangup".'],
    ['{"beleefd": 1, "items": [\n  {"role": "agent", "txt": "Hallo"}\n]}', '2:21 Ongeldig beleefd-transcript bij items.0: onbekende sleutel "txt".'],
    ['{"beleefd": 1, "items": [\n  {"role": "agent"}\n]}', '2:3 Ongeldig beleefd-transcript bij items.0: verplichte sleutel "text" ontbreekt.'],
    ['{"beleefd": 1, "items": [], "sprekers": {}}', '1:29 Ongeldig beleefd-transcript bij (hoofdniveau): onbekende sleutel "sprekers".'],
  ])("reports the schema violation in %j with its JSON path and place", async (text, expected) => {
    expect(await failure(text)).toBe(expected);
  });
});

describe("recognising the flavour", () => {
  it("names an unknown shape and a Connect record that was meant as metadata", async () => {
    expect(await failure('{"name": "beleefd", "version": "0.1.0"}')).toMatch(/^1:1 Onbekende JSON-vorm: dit lijkt geen transcript\./);
    expect(await failure('{"ContactId": "c-1", "InitiationMethod": "INBOUND"}')).toBe(
      "1:1 Dit is een Amazon Connect-contactrecord, geen transcript. Geef het mee met --metadata, of zet het naast het transcript als <naam>.meta.json.",
    );
  });

  it("lets --parser force a flavour", async () => {
    expect(await failure('{"items": []}', flavourParser("whisper"))).toBe('1:1 Ongeldig Whisper-transcript bij (hoofdniveau): verplichte sleutel "segments" ontbreekt.');
  });
});

describe("Whisper roles", () => {
  const whisperX = (...speakers: string[]) =>
    JSON.stringify({ segments: speakers.map((speaker, i) => ({ start: i * 5, end: i * 5 + 4, text: ` Zin ${i}.`, speaker })) });

  it("makes the first voice the agent in an inbound call and the customer in an outbound call", async () => {
    const text = whisperX("SPEAKER_01", "SPEAKER_00", "SPEAKER_01");
    expect(turns(await parse(text)).map((t) => t.role)).toEqual(["agent", "customer", "agent"]);
    expect(turns(await parse(text, { direction: "outbound" })).map((t) => t.role)).toEqual(["customer", "agent", "customer"]);
  });

  it("takes roles from config or metadata first", async () => {
    const result = await parse(whisperX("SPEAKER_00", "SPEAKER_01"), { speakers: { SPEAKER_01: "agent" } });
    expect(turns(result).map((t) => t.role)).toEqual(["customer", "agent"]);
  });

  it("merges a speaker's segments unless a pause lies between them", async () => {
    const text = JSON.stringify({
      segments: [
        { start: 0, end: 2, text: " Goedemorgen,", speaker: "SPEAKER_00" },
        { start: 2.3, end: 4, text: " met Joost.", speaker: "SPEAKER_00" },
        { start: 40, end: 42, text: " Bedankt voor het wachten.", speaker: "SPEAKER_00" },
      ],
    });
    expect(turns(await parse(text)).map((t) => [t.text.replace(/\s+/g, " ").trim(), t.time])).toEqual([
      ["Goedemorgen, met Joost.", { start: 0, end: 4 }],
      ["Bedankt voor het wachten.", { start: 40, end: 42 }],
    ]);
  });
});

describe("the JSON schemas", () => {
  it("are valid JSON Schema (draft-07)", async () => {
    const files = ["json/transcript", "json/whisper", "json/transcribe", "json/ccai", "metadata/metadata", "metadata/connect"];
    for (const file of files) {
      const schema = JSON.parse(readFileSync(new URL(`../../src/parsers/${file}.schema.json`, import.meta.url), "utf8")) as object;
      expect(ajv().validateSchema(schema), `${file}: ${JSON.stringify(ajv().errors)}`).toBe(true);
    }
  });
});
