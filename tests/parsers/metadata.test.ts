import { describe, expect, it } from "vitest";
import { lint, parseText, resolveConfig } from "../../src/browser.js";
import type { CallEvent } from "../../src/model/conversation.js";

const whisper = JSON.stringify(
  {
    segments: [
      { start: 0.4, end: 4.1, speaker: "SPEAKER_00", text: " Goedemorgen, Vattenfall, u spreekt met Iris. Waarmee kan ik u helpen?" },
      { start: 4.6, end: 8.0, speaker: "SPEAKER_01", text: " Ik wil mijn meterstanden doorgeven." },
      { start: 8.5, end: 11.0, speaker: "SPEAKER_00", text: " Heeft u een momentje? Dan zoek ik uw gegevens op." },
      { start: 11.3, end: 11.8, speaker: "SPEAKER_01", text: " Ja hoor." },
      { start: 75.0, end: 79.0, speaker: "SPEAKER_00", text: " Bedankt voor het wachten. Ik heb ze gevonden." },
      { start: 79.5, end: 81.0, speaker: "SPEAKER_01", text: " Fijn, dank u wel. Dag!" },
    ],
  },
  null,
  2,
);

async function parsedWith(text: string, filePath: string, metadata: object | string) {
  const input = { text: typeof metadata === "string" ? metadata : JSON.stringify(metadata, null, 2), name: "gesprek.meta.json" };
  const parsed = await parseText(text, { filePath, config: await resolveConfig(undefined), metadata: input });
  const result = await lint(text, { filePath, metadata: input });
  return { parsed, result, call: parsed.conversation.calls[0]! };
}

const timeline = (items: ReadonlyArray<{ kind: string; time?: { start: number } }>) =>
  items.map((item) => (item.kind === "event" ? `${(item as CallEvent).event}@${item.time?.start ?? "?"}` : `turn@${item.time?.start}`));

describe("beleefd metadata", () => {
  it("adds call details and puts holds, transfers and the hang-up where their time falls", async () => {
    const { call, parsed, result } = await parsedWith(whisper, "gesprek.json", {
      "beleefd-metadata": 1,
      direction: "inbound",
      customer: "meneer Jansen",
      organisation: "Vattenfall",
      startedAt: "09:41",
      callType: "klacht",
      holds: [{ start: 12, end: 74.5 }],
      hangup: { by: "customer", at: 81.5 },
    });
    expect(call.meta).toMatchObject({ direction: "inbound", customer: "meneer Jansen", organization: "Vattenfall", startedAt: "09:41", callType: "klacht" });
    expect(timeline(call.items)).toEqual(["turn@0.4", "turn@4.6", "turn@8.5", "turn@11.3", "hold@12", "unhold@74.5", "turn@75", "turn@79.5", "hangup@81.5"]);
    expect(call.items.map((item) => item.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    // A hold has no text of its own in the file: it points at the turn it follows.
    const hold = call.items[4]!;
    expect(parsed.source.text.slice(...hold.span)).toContain("Ja hoor.");
    expect(result.messages.map((m) => m.ruleId)).toContain("hold-return-name-thanks");
    expect(result.messages.map((m) => m.ruleId)).not.toContain("hold-ask-permission");
  });

  it("leaves the transcript's own events alone", async () => {
    const txt = "Agent: Goedemiddag, met Ruben van Essent. Waarmee kan ik u helpen?\nKlant: Dat was alles, dag.\n[klant verbreekt]\n";
    const { call } = await parsedWith(txt, "gesprek.txt", { "beleefd-metadata": 1, hangup: { by: "agent" } });
    expect(call.items.filter((i) => i.kind === "event").map((e) => [(e as CallEvent).event, (e as CallEvent).by])).toEqual([["hangup", "customer"]]);
  });

  it("gives the place in the metadata file for broken JSON and for a schema violation", async () => {
    const broken = await lint(whisper, { filePath: "gesprek.json", metadata: { text: '{\n  "beleefd-metadata": 1,\n  "holds": [,]\n}', name: "gesprek.meta.json" } });
    expect(broken.messages.map((m) => [m.fatal, m.message])).toEqual([
      [true, "Fout in metadatabestand gesprek.meta.json:3:13: Ongeldige JSON: hier verwacht ik een waarde (tekst tussen \"\", een getal, true, false, null, { of [), maar ik zie ','."],
    ]);
    const wrong = await lint(whisper, { filePath: "gesprek.json", metadata: { text: '{\n  "beleefd-metadata": 1,\n  "hangup": { "by": "klant" }\n}', name: "gesprek.meta.json" } });
    expect(wrong.messages[0]!.message).toBe(
      'Fout in metadatabestand gesprek.meta.json:3:21: Ongeldig metadatabestand bij hangup.by: moet een van deze waarden zijn: "agent", "customer", "colleague".',
    );
  });

  it("is not used for a file with several calls", async () => {
    const txt = "Agent: Goedemorgen.\n===\nAgent: Goedemiddag.\n";
    const { result, call } = await parsedWith(txt, "gesprekken.txt", { "beleefd-metadata": 1, hangup: { by: "agent" } });
    expect(call.items.some((i) => i.kind === "event")).toBe(false);
    expect(result.messages.map((m) => m.message)).toContain(
      "De metadata beschrijft één gesprek, maar dit bestand bevat er 2. De metadata is niet gebruikt; geef elk gesprek een eigen bestand.",
    );
  });
});

describe("Amazon Connect contact record", () => {
  const record = {
    ContactId: "5c1a0e6e-7b0f-4d6e-9a55-0c3f1b2e9d10",
    Channel: "VOICE",
    InitiationMethod: "INBOUND",
    InitiationTimestamp: "2026-03-02T08:41:07Z",
    DisconnectReason: "AGENT_DISCONNECT",
    Agent: { Username: "iris.devries", NumberOfHolds: 1, CustomerHoldDuration: 63, LongestHoldDuration: 63 },
    Queue: { Name: "Meterstanden" },
  };

  it("maps direction, local start time, who hung up, and places the counted hold in the longest silence", async () => {
    const { call, result } = await parsedWith(whisper, "gesprek.json", record);
    expect(call.meta).toMatchObject({ direction: "inbound", startedAt: "2026-03-02T09:41:07" });
    expect(timeline(call.items)).toEqual(["turn@0.4", "turn@4.6", "turn@8.5", "turn@11.3", "hold@11.8", "unhold@75", "turn@75", "turn@79.5", "hangup@?"]);
    expect(call.items.at(-1)).toMatchObject({ event: "hangup", by: "agent" });
    expect(result.messages.map((m) => m.ruleId)).toContain("customer-hangs-up-first");
  });

  it("says it cannot place holds in a transcript without times", async () => {
    const txt = "Agent: Goedemiddag, met Ruben van Essent.\nKlant: Dag.\n";
    const { result, call } = await parsedWith(txt, "gesprek.txt", { ...record, DisconnectReason: "CUSTOMER_DISCONNECT" });
    expect(result.messages.map((m) => m.message)).toContain(
      "Volgens de metadata stond de klant 1 keer in de wacht, maar dit transcript heeft geen tijden: beleefd weet niet waar. De wachtmomenten zijn niet meegenomen.",
    );
    expect(call.items.filter((i) => i.kind === "event").map((e) => (e as CallEvent).by)).toEqual(["customer"]);
  });

  it("maps an outbound call and a hang-up by neither party", async () => {
    const { call } = await parsedWith(whisper, "gesprek.json", { ...record, InitiationMethod: "OUTBOUND", DisconnectReason: "TELECOM_PROBLEM", Agent: { NumberOfHolds: 0 } });
    expect(call.meta.direction).toBe("outbound");
    expect(call.items.at(-1)).toMatchObject({ kind: "event", event: "hangup" });
    expect((call.items.at(-1) as CallEvent).by).toBeUndefined();
  });
});
