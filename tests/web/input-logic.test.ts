// The page's input logic without a browser: format detection, speaker guesses, typing pause.
import { describe, expect, it } from "vitest";
import { parseText, resolveConfig } from "../../src/browser.js";
import { detectFormat } from "../../web/src/detect-format.js";
import { guessRoles, uncertainSpeakers } from "../../web/src/speaker-roles.js";
import { typingPause } from "../../web/src/typing-pause.js";
import { lines } from "../support/calls.js";

describe("detectFormat", () => {
  it("recognises each format by its shape", () => {
    expect(detectFormat("\uFEFFWEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Agent>Goedemiddag.\n")).toBe(".vtt");
    expect(detectFormat("1\n00:00:01,000 --> 00:00:02,000\nAgent: Goedemiddag.\n")).toBe(".srt");
    expect(detectFormat('{"segments": [{"start": 0, "end": 1, "text": "Goedemiddag."}]}')).toBe(".json");
    expect(detectFormat("# Belscript\n\n**Agent:** Goedemiddag.\n")).toBe(".md");
    expect(detectFormat("**Agent:** Goedemiddag, met Kim.\n")).toBe(".md");
    expect(detectFormat("Agent: Goedemiddag, met Kim.\nKlant: Hallo.\n")).toBe(".txt");
  });

  it("keeps a transcript that only starts like JSON or Markdown a transcript", () => {
    expect(detectFormat("[in de wacht]\nAgent: Bedankt voor het wachten.\n")).toBe(".txt");
    expect(detectFormat("Agent: #1 op de lijst is uw pakket.\n")).toBe(".txt");
    expect(detectFormat("WEBVTTachtig: geen header\n")).toBe(".txt");
  });
});

describe("speaker roles", () => {
  const call = lines(
    "Kees: Goedemiddag, u spreekt met Kees van Enerva.",
    "Mevrouw De Vries: Ik heb geen stroom.",
    "Agent: Ik help u graag.",
  );

  it("asks about names, not about the standard labels", async () => {
    const { conversation } = await parseText(call, { filePath: "gesprek.txt", config: await resolveConfig(undefined) });
    expect(uncertainSpeakers(conversation)).toEqual([
      { label: "Kees", role: "unknown" },
      { label: "Mevrouw De Vries", role: "unknown" },
    ]);
  });

  it("guesses the first voice as agent on an incoming call and as customer on an outgoing one", () => {
    const labels = [
      { label: "Kees", role: "unknown" as const },
      { label: "Mevrouw De Vries", role: "unknown" as const },
    ];
    expect([...guessRoles(labels, new Map(), "inbound")]).toEqual([["Kees", "agent"], ["Mevrouw De Vries", "customer"]]);
    expect([...guessRoles(labels, new Map(), "outbound")]).toEqual([["Kees", "customer"], ["Mevrouw De Vries", "agent"]]);
    // A choice the trainee made stays; the other voice is then the customer.
    expect([...guessRoles(labels, new Map([["Mevrouw De Vries", "agent"]]), "inbound")]).toEqual([["Mevrouw De Vries", "agent"], ["Kees", "customer"]]);
  });
});

describe("typingPause", () => {
  it("waits longer after a slow check, within bounds", () => {
    expect(typingPause(20)).toBe(300);
    expect(typingPause(400)).toBe(1200);
    expect(typingPause(5000)).toBe(2000);
  });
});
