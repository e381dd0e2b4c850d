// What front matter says about the call, in Dutch or English keys: its start time (CallMeta.startedAt)
// and the kind of call in the course's words (CallMeta.callType).
import { describe, expect, it } from "vitest";
import { emptyConfig } from "../../src/config/presets.js";
import { parseText } from "../../src/engine/linter.js";
import { ParseError } from "../../src/parsers/problems.js";

const meta = async (front: string) => {
  const parsed = await parseText(`---\n${front}\n---\nAgent: Goedenavond.\n`, { filePath: "gesprek.txt", config: emptyConfig() });
  return parsed.conversation.calls[0]!.meta;
};
const startedAt = async (front: string) => (await meta(front)).startedAt;
const callType = async (front: string) => (await meta(front)).callType;

describe("tijdstip in de front matter", () => {
  it("leest een datum-tijd, met T of spatie, en alleen een tijd", async () => {
    expect(await startedAt("tijdstip: 2025-01-16T19:10")).toBe("2025-01-16T19:10");
    expect(await startedAt("starttijd: 2025-01-16 19:10:30")).toBe("2025-01-16T19:10:30");
    expect(await startedAt("startedAt: \"08:05\"")).toBe("08:05");
    expect(await startedAt("start: 8:05")).toBe("8:05");
  });

  it("zet datum en tijd samen", async () => {
    expect(await startedAt("datum: 2025-01-16\ntijd: \"19:10\"")).toBe("2025-01-16T19:10");
    expect(await startedAt("tijd: 19:10")).toBe("19:10");
    expect(await startedAt("datum: 2025-01-16")).toBeUndefined();
  });

  it("een onmogelijk tijdstip is een duidelijke fout met de sleutel", async () => {
    await expect(startedAt("tijdstip: 25:10")).rejects.toThrow(ParseError);
    await expect(startedAt("tijdstip: 25:10")).rejects.toThrow(/'tijdstip' moet een tijdstip zijn zoals 09:14/);
  });
});

describe("soort gesprek in de front matter", () => {
  it("leest de soorten uit het lesmateriaal, ook zonder accent en in het Engels", async () => {
    expect(await callType("soort: klacht")).toBe("klacht");
    expect(await callType("soort: enquête")).toBe("enquête");
    expect(await callType("soort: enquete")).toBe("enquête");
    expect(await callType("type: survey")).toBe("enquête");
    expect(await callType("soort: telesales")).toBe("verkoop");
    expect(await callType("richting: outbound")).toBeUndefined();
  });

  it("een onbekende soort is een fout die de soorten noemt", async () => {
    await expect(callType("soort: praatje")).rejects.toThrow(ParseError);
    await expect(callType("soort: praatje")).rejects.toThrow(/soort/);
  });
});
