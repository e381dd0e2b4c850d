import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { loadRuleDoc } from "../src/docs/load.js";
import { summarize } from "../src/engine/linter.js";
import { formatters } from "../src/formatters/all.js";
import { escapeHtml } from "../src/report/escape.js";
import type { FormatterContext } from "../src/formatters/types.js";
import { reportResults } from "./support/report-input.js";

const GOLDEN = resolve(import.meta.dirname, "../fixtures/expected/formatters/report.html");
const rulesMeta = Object.fromEntries(Object.entries(builtinRules).map(([id, rule]) => [id, rule.meta]));
const context: FormatterContext = { cwd: "/klas", color: false, rulesMeta, ruleDoc: loadRuleDoc };

describe("html", () => {
  it("komt overeen met de gouden uitvoer (UPDATE_GOLDEN=1 schrijft hem opnieuw)", async () => {
    const output = formatters.html(await reportResults(), context);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, output);
    expect(output).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("laat tekst uit de invoer als tekst zien, nooit als opmaak", async () => {
    const output = formatters.html(await reportResults(), context);
    expect(output).not.toContain("<script>");
    expect(output).toContain("&lt;script&gt;document.title = &quot;gehackt&quot;");
    expect(output).toContain("&amp; ik snap het niet");
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;");
  });

  it("is op zichzelf staand: geen scripts, geen externe bronnen, een strikte CSP", async () => {
    const output = formatters.html(await reportResults(), context);
    expect(output).toContain('http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;');
    expect(output).not.toMatch(/<script|<link|@import|https?:\/\//);
  });

  it("zet naast elke melding het waarom en een goed voorbeeld van de regelpagina", async () => {
    const output = formatters.html(await reportResults(), context);
    const greeting = loadRuleDoc("greeting")!;
    expect(output).toContain("<strong>Waarom:</strong> De eerste seconden bepalen hoe de klant het gesprek beleeft.");
    expect(output).toContain(escapeHtml(greeting.goed[0]!.code.trimEnd()));
  });

  it("toont een bestand zonder tekst (onleesbaar) met alleen zijn melding", () => {
    const result = summarize("/klas/kapot.txt", [
      { ruleId: null, severity: 2, fatal: true, message: "Dit bestand is geen geldige UTF-8.", line: 1, column: 1, span: [0, 0] },
    ]);
    const output = formatters.html([result], context);
    expect(output).toContain("De tekst van dit bestand is niet beschikbaar.");
    expect(output).toContain("Dit bestand is geen geldige UTF-8.");
  });
});

describe("html: de gemarkeerde tekst", () => {
  it("zet een melding aan het einde van het bestand op dezelfde regel als haar markering", async () => {
    const { annotatedSource } = await import("../src/report/annotated-source.js");
    const { raw } = await import("../src/report/escape.js");
    const text = "Agent: Goedemiddag.\r\nKlant: Dag.\r\n";
    const message = { ruleId: "closing", severity: 2, message: "Geen afsluiting.", line: 3, column: 1, span: [text.length, text.length] } as const;
    const page = String(annotatedSource(text, [{ number: 1, id: "f-p1", message }], () => raw("<p>uitleg</p>"), "f"));
    const rows = page.split(/(?=<div class="row)/).slice(1);
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => [row.includes("‸"), row.includes("uitleg")])).toEqual([
      [false, false],
      [false, false],
      [true, true],
    ]);
    expect(rows[1]).toContain("Klant: Dag.</span>");
  });
});
