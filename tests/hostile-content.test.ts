// Content that once made lint() throw: every one must become a message at a place in the file.
import { describe, expect, it } from "vitest";
import { lint } from "../src/api.js";

async function onlyFatal(text: string, filePath: string) {
  const result = await lint(text, { filePath });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, JSON.stringify(result.messages)).toHaveLength(1);
  return fatal[0]!;
}

describe("inhoud die lint() niet laat vastlopen", () => {
  it("JSON van 5.000 niveaus diep geeft een melding over de diepte", async () => {
    const text = "[".repeat(5000) + "]".repeat(5000);
    const fatal = await onlyFatal(text, "diep.json");
    expect(fatal.message).toContain("dieper genest dan 500 niveaus");
    expect(fatal.line).toBe(1);
    expect(fatal.column).toBe(501);
  });

  it("een alias zonder anker in de front matter wordt een melding", async () => {
    const fatal = await onlyFatal("---\n*a\n---\nAgent: Goedemorgen, u spreekt met Eva van de Hanzebank.\n", "gesprek.txt");
    expect(fatal.message).toMatch(/^Ongeldige YAML in de front matter: een alias \(\*naam\) verwijst naar een anker/);
    expect(fatal.line).toBe(2);
  });

  it("een sleutel die twee keer in een beleefd-item staat, wordt gemeld in plaats van een TypeError", async () => {
    const text = '{"beleefd":1,"items":[{"text":{},"text":""}]}';
    const fatal = await onlyFatal(text, "gesprek.json");
    expect(fatal.message).toBe('Ongeldige JSON: de sleutel "text" staat twee keer in hetzelfde object.');
    expect(fatal.column).toBe(text.indexOf('"text":""') + 1);
  });
});
