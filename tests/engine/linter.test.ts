import { describe, expect, it } from "vitest";
import { lintText } from "../../src/engine/linter.js";
import { emptyConfig } from "../../src/config/presets.js";
import { checkRules } from "../../src/config/validate.js";
import { defineRule } from "../../src/rule.js";
import { tokensOf } from "../../src/text/tokens.js";
import type { ResolvedConfig, Rule } from "../../src/types.js";

// A small rule for engine tests: reports every agent "hoor" with its word span.
const noHoor = defineRule<{ word: string }>({
  meta: {
    type: "suggestion",
    docs: { description: "Test: geen 'hoor'.", recommended: false },
    messages: { found: "Zeg geen '{{word}}'." },
    schema: { type: "object", properties: { word: { type: "string" } }, additionalProperties: false },
    defaultOptions: { word: "hoor" },
  },
  create(context) {
    return {
      Turn(turn) {
        if (turn.role !== "agent") return;
        for (const token of tokensOf(turn).tokens) {
          if (token.norm === context.options.word) {
            context.report({ node: turn, span: [turn.textOffset + token.start, turn.textOffset + token.end], messageId: "found", data: { word: token.value } });
          }
        }
      },
    };
  },
});

const crashing: Rule = {
  meta: { type: "problem", docs: { description: "Test: crasht.", recommended: false }, messages: {} },
  create: () => ({ Turn: () => { throw new Error("kapot"); } }),
};

function config(rules: ResolvedConfig["rules"], extra: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return { ...emptyConfig(), rules, ...extra };
}

const lint = (text: string, rules: ResolvedConfig["rules"] = { "no-hoor": { severity: 2 } }, filePath = "gesprek.txt", extra: Partial<ResolvedConfig> = {}) =>
  lintText(text, { filePath, config: config(rules, extra), rules: { "no-hoor": noHoor, crashing } });

describe("engine", () => {
  it("meldt met regel, kolom, spreker en het juiste woord", async () => {
    const result = await lint("Klant: Hallo?\nAgent: Een moment hoor!\n");
    expect(result.messages).toMatchObject([
      { ruleId: "no-hoor", severity: 2, line: 2, column: 19, endLine: 2, endColumn: 23, speaker: "Agent", message: "Zeg geen 'hoor'.", messageId: "found" },
    ]);
    expect(result.errorCount).toBe(1);
  });

  it("klopt ook met CRLF en een BOM", async () => {
    const result = await lint("\uFEFFKlant: Hallo?\r\nAgent: Een moment hoor!\r\n");
    expect(result.messages[0]).toMatchObject({ line: 2, column: 19, endColumn: 23 });
  });

  it("gebruikt standaardopties en de eigen opties uit de configuratie", async () => {
    const result = await lint("Agent: Oké, toppie.\n", { "no-hoor": { severity: 1, options: { word: "toppie" } } });
    expect(result.messages.map((m) => [m.severity, m.message])).toEqual([[1, "Zeg geen 'toppie'."]]);
    expect((await lint("Agent: Ja hoor.\n", { "no-hoor": { severity: 1 } })).messages.map((m) => m.message)).toEqual(["Zeg geen 'hoor'."]);
  });

  it("laat foute opties aan de configuratie over: die controleert ze één keer, tegen het schema van de regel", () => {
    expect(checkRules({ "no-hoor": { severity: "warn", options: { wrd: "x" } } }, { "no-hoor": noHoor }, "config")).toEqual([
      'config: rules.no-hoor.options: onbekende sleutel "wrd"',
    ]);
  });

  it("beleefd-disable-next-line met reden zet één melding uit", async () => {
    const text = "Agent: Moment hoor.\n# beleefd-disable-next-line no-hoor -- zo staat het in het script\nAgent: Ja hoor.\n";
    const result = await lint(text);
    expect(result.messages.map((m) => m.line)).toEqual([1]);
  });

  it("beleefd-disable en -enable omsluiten een blok", async () => {
    const text = "# beleefd-disable no-hoor\nAgent: Ja hoor.\nAgent: Nou hoor.\n# beleefd-enable no-hoor\nAgent: Prima hoor.\n";
    expect((await lint(text)).messages.map((m) => m.line)).toEqual([5]);
  });

  it("meldt een ongebruikte of onbekende disable-opmerking", async () => {
    const text = "# beleefd-disable-next-line no-hoor\nAgent: Goedemiddag.\n# beleefd-disable-next-line bestaat-niet\nAgent: Dag.\n";
    const result = await lint(text);
    expect(result.messages.map((m) => [m.line, m.ruleId, m.severity])).toEqual([
      [1, null, 1],
      [3, null, 1],
      [3, null, 1],
    ]);
    expect(result.messages[0]!.message).toMatch(/Overbodige beleefd-disable-next-line/);
    expect(result.messages[1]!.message).toMatch(/Onbekende regel "bestaat-niet"/);
  });

  it("ongebruikte opmerkingen kunnen uit", async () => {
    const result = await lint("# beleefd-disable-next-line no-hoor\nAgent: Dag.\n", undefined, "gesprek.txt", { reportUnusedDisableDirectives: 0 });
    expect(result.messages).toEqual([]);
  });

  it("een regel die vastloopt wordt een fatale melding, geen crash", async () => {
    const result = await lint("Agent: Dag.\n", { crashing: { severity: 2 } });
    expect(result.fatalErrorCount).toBe(1);
    expect(result.messages[0]!.message).toMatch(/De regel "crashing" liep vast op dit bestand: kapot/);
  });

  it("slechte front matter is fataal met de plaats", async () => {
    const result = await lint("---\nrichting: zijwaarts\n---\nAgent: Dag.\n");
    expect(result.fatalErrorCount).toBe(1);
    expect(result.messages[0]).toMatchObject({ line: 2, column: 1, fatal: true, ruleId: null });
    expect(result.messages[0]!.message).toMatch(/richting/);
  });

  it("een bestand met veel gesprekken: wat een regel aan het eind over alle gesprekken vraagt, klopt nog", async () => {
    // The engine lets each finished call's words go; a rule that asks again at the end gets them anew.
    const seen: string[] = [];
    const wholeFile: Rule = {
      meta: { type: "suggestion", docs: { description: "Test: alle gesprekken.", recommended: false }, messages: { last: "Laatste woord: {{word}}." } },
      create: (context) => ({
        "Conversation:exit"(conversation) {
          for (const call of conversation.calls) {
            const turn = call.items.filter((item) => item.kind === "turn").at(-1)!;
            const word = tokensOf(turn).tokens.at(-1)!.value;
            seen.push(word);
            context.report({ node: turn, messageId: "last", data: { word } });
          }
        },
      }),
    };
    const text = "Agent: Goedemorgen, met Sanne van Enerva.\nKlant: Dag, tot ziens.\n===\nAgent: Goedemiddag, met Ruben.\nKlant: Bedankt, dag hoor.\n";
    const result = await lintText(text, { filePath: "gesprekken.txt", config: config({ "whole-file": { severity: 1 } }), rules: { "whole-file": wholeFile } });
    expect(seen).toEqual(["ziens", "hoor"]);
    expect(result.messages.map((m) => `${m.line} ${m.message}`)).toEqual(["2 Laatste woord: ziens.", "5 Laatste woord: hoor."]);
  });

  it("regels met een ander formaat worden overgeslagen", async () => {
    const scriptOnly: Rule = { ...noHoor, meta: { ...noHoor.meta, formats: ["script"] } };
    const result = await lintText("Agent: Ja hoor.\n", { filePath: "a.txt", config: config({ s: { severity: 2 } }), rules: { s: scriptOnly } });
    expect(result.messages).toEqual([]);
  });
});
