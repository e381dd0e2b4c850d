// The call's start time from front matter: CallMeta.startedAt, in Dutch or English keys.
import { describe, expect, it } from "vitest";
import { emptyConfig } from "../../src/config/presets.js";
import { parseText } from "../../src/engine/linter.js";
import { ParseError } from "../../src/parsers/problems.js";

const startedAt = async (front: string) => {
  const parsed = await parseText(`---\n${front}\n---\nAgent: Goedenavond.\n`, { filePath: "gesprek.txt", config: emptyConfig() });
  return parsed.conversation.calls[0]!.meta.startedAt;
};

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
