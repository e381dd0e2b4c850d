// The language knowledge sits behind one seam: only src/lang/ holds the Dutch data, rules receive
// the pack from the engine, and phrase-list names are checked by the compiler.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyConfig } from "../src/config/presets.js";
import { lintText } from "../src/engine/linter.js";
import { defaultLanguage } from "../src/lang/index.js";
import type { LanguagePack } from "../src/lang/types.js";
import { defineRule } from "../src/rule.js";
import { PhraseBook, phraseBookOf } from "../src/text/phrases.js";
import { tokenize } from "../src/text/tokens.js";

const ROOT = resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

describe("taalpakket", () => {
  it("alleen src/lang/ leest de Nederlandse taalbestanden (*.nl.json)", () => {
    const files = [...sourceFiles(join(ROOT, "src")), ...sourceFiles(join(ROOT, "rules"))];
    const importsPack = /(?:from|import\()\s*["'][^"']*\.nl\.json["']/;
    const outside = files
      .filter((file) => !relative(ROOT, file).split(/[\\/]/).join("/").startsWith("src/lang/"))
      .filter((file) => importsPack.test(readFileSync(file, "utf8")))
      .map((file) => relative(ROOT, file));
    expect(outside).toEqual([]);
    // The check itself sees an import when there is one.
    expect(importsPack.test('import data from "./lang/nl/phrases.nl.json" with { type: "json" };')).toBe(true);
  });

  it("een verkeerd gespelde woordenlijst is een compileerfout en geeft ook bij het uitvoeren een duidelijke fout", () => {
    const book = phraseBookOf(defaultLanguage);
    const { tokens } = tokenize("Goedemiddag mevrouw Janssen, heeft u een moment?");
    // @ts-expect-error: "honorfic" is no phrase list; tsc --noEmit fails when this compiles.
    expect(() => book.find("honorfic", tokens)).toThrow('Onbekende woordenlijst "honorfic"');
    expect(book.find("honorific", tokens)?.pattern).toBeDefined();
  });

  it("eigen lijsten (huisregels) gaan langs een apart, ongetypeerd pad", () => {
    const lists = new PhraseBook<string>({ phrases: ["polisnummer"] });
    const { tokens } = tokenize("Mag ik uw polisnummer?");
    expect(lists.find("phrases", tokens)?.pattern).toBe("polisnummer");
  });

  it("regels krijgen het taalpakket van de engine, naast de woordenlijsten van dat pakket", async () => {
    const seen: LanguagePack[] = [];
    const probe = defineRule({
      meta: { type: "suggestion", docs: { description: "Kijkt welk taalpakket de regel krijgt.", recommended: false }, messages: { x: "x" } },
      create(context) {
        seen.push(context.language);
        return {};
      },
    });
    await lintText("Agent: Goedemorgen, u spreekt met Sanne van Noordstroom.\nKlant: Dag Sanne.\n", {
      filePath: "gesprek.txt",
      config: { ...emptyConfig(), rules: { probe: { severity: 1 } } },
      rules: { probe },
    });
    expect(seen).toEqual([defaultLanguage]);
    expect(defaultLanguage.code).toBe("nl");
  });

  it("het Nederlandse pakket vult elk onderdeel", () => {
    expect(Object.keys(defaultLanguage.phrases).length).toBeGreaterThan(30);
    expect(defaultLanguage.speakers.labels.klant).toBe("customer");
    expect(defaultLanguage.events.hold).toContain("in de wacht");
    expect(defaultLanguage.scriptHeadings.phases.aanvang).toContain("aanvangsfase");
    expect(defaultLanguage.words.requestOpeners.has("oké")).toBe(true);
    expect(defaultLanguage.formalForms.invertingPronoun.je).toContain("jij");
  });
});
