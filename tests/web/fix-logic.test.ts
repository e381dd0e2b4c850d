// The page's pure parts of applying fixes: an edit on the field's text (also after a byte order
// mark), undo in turn, one button per distinct edit, and the better sentence of a transcript.
import { describe, expect, it } from "vitest";
import { lint, parseText, resolveConfig } from "../../src/browser.js";
import { applyFix, ApplyHistory } from "../../web/src/apply-fix.js";
import { betterSentence, changesOf } from "../../web/src/render-fixes.js";

const SCRIPT = "# Adreswijziging\n\n**Agent:** Goedemorgen, u spreekt met Sigrid van Enerva.\n**Klant:** Ik ben verhuisd.\n**Agent:** Heb jij je klantnummer bij de hand?\n";
const TRANSCRIPT = "Agent: Goedemorgen, u spreekt met Sigrid van Enerva.\nKlant: Ik ben verhuisd.\nAgent: Vind je het goed als ik je adres nu aanpas?\n";

describe("applyFix", () => {
  it("replaces the range, counted after a byte order mark that it keeps", async () => {
    const { messages } = await lint(SCRIPT, { filePath: "gesprek.md" });
    const fix = messages.find((m) => m.ruleId === "no-tutoyeren" && m.fix)!.fix!;
    expect(applyFix(SCRIPT, fix)).toContain("**Agent:** Heeft u ");
    expect(applyFix(`\uFEFF${SCRIPT}`, fix)).toBe(`\uFEFF${applyFix(SCRIPT, fix)}`);
  });

  it("leaves the text alone when the range does not fit it (the text changed meanwhile)", () => {
    expect(applyFix("Kun je dat doen?", { range: [10, 40], text: "u" })).toBe("Kun je dat doen?");
  });
});

describe("ApplyHistory", () => {
  it("undoes applies newest first and forgets them when the text is typed in", () => {
    const history = new ApplyHistory();
    history.remember("Kun je jouw postcode geven?");
    history.remember("Kunt u jouw postcode geven?");
    expect(history.undo()).toBe("Kunt u jouw postcode geven?");
    expect(history.canUndo).toBe(true);
    history.forget();
    expect(history.canUndo).toBe(false);
    expect(history.undo()).toBeUndefined();
  });
});

describe("changesOf", () => {
  it("offers a fix once even when a suggestion carries the same edit, labelled with that suggestion", async () => {
    const { messages } = await lint(SCRIPT, { filePath: "gesprek.md" });
    const fixable = messages.filter((m) => m.fix);
    expect(fixable.length).toBeGreaterThan(0);
    for (const message of fixable) {
      const changes = changesOf(message);
      expect(changes[0]!.fix).toEqual(message.fix);
      expect(changes[0]!.label).toMatch(/^Pas toe: /);
      const keys = changes.map((c) => `${c.fix.range.join("-")}:${c.fix.text}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe("betterSentence", () => {
  it("gives the agent's whole turn with the edit in it", async () => {
    const { messages } = await lint(TRANSCRIPT, { filePath: "gesprek.txt" });
    const { conversation } = await parseText(TRANSCRIPT, { filePath: "gesprek.txt", config: await resolveConfig(undefined) });
    const suggestion = messages.find((m) => m.ruleId === "no-tutoyeren")!.suggestions![0]!;
    expect(betterSentence(suggestion.fix, conversation)).toMatch(/^Vindt u het goed als ik /);
    expect(betterSentence({ range: [0, 5], text: "Hallo" }, conversation)).toBeNull();
  });
});
