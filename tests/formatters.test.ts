import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { summarize } from "../src/engine/linter.js";
import { formatters } from "../src/formatters/all.js";
import type { LintMessage, LintResult } from "../src/types.js";
import type { FormatterContext } from "../src/formatters/types.js";

const GOLDEN = resolve(import.meta.dirname, "../fixtures/expected/formatters");
const context: FormatterContext = { cwd: "/project", color: false, rulesMeta: {} };

function message(partial: Partial<LintMessage> & Pick<LintMessage, "line" | "column" | "message">): LintMessage {
  return { ruleId: null, severity: 2, span: [0, 1], ...partial };
}

const results: LintResult[] = [
  summarize("/project/gesprekken/klachten.txt", [
    message({
      ruleId: "greeting",
      messageId: "missingOrganization",
      line: 1,
      column: 8,
      endLine: 1,
      endColumn: 20,
      message: "Je noemt de organisatie niet. Bijvoorbeeld: 'Goedemiddag, u spreekt met Sigrid van Enerva.'",
      speaker: "Agent",
      phase: "aanvang",
    }),
    message({
      ruleId: "no-tutoyeren",
      severity: 1,
      messageId: "informal",
      line: 12,
      column: 15,
      endLine: 12,
      endColumn: 17,
      message: "Je zegt 'je' tegen de klant.\nZeg 'u': 'Kunt u dat online regelen?'",
      speaker: "Medewerker",
    }),
    message({
      ruleId: "customer-hangs-up-first",
      messageId: "agentHungUp",
      line: 30,
      column: 1,
      endLine: 30,
      endColumn: 18,
      message: "Je verbreekt zelf de verbinding.",
      phase: "afsluiting",
    }),
  ]),
  summarize("/project/scripts/leeg.md", []),
  summarize("/elders/kapot.txt", [message({ fatal: true, line: 3, column: 5, message: "Dit bestand is geen geldige UTF-8." })]),
];

function golden(name: string): string {
  return readFileSync(resolve(GOLDEN, name), "utf8");
}

describe("stylish", () => {
  it("komt overeen met de gouden uitvoer (zonder kleur)", () => {
    expect(formatters.stylish(results, context)).toBe(golden("stylish.txt"));
  });

  it("geeft niets uit zonder problemen", () => {
    expect(formatters.stylish([summarize("/project/a.txt", [])], context)).toBe("");
  });

  it("telt in het enkelvoud", () => {
    const one = [summarize("/project/a.txt", [message({ line: 1, column: 1, message: "x", ruleId: "closing" })])];
    expect(formatters.stylish(one, context)).toContain("✖ 1 probleem (1 fout, 0 waarschuwingen)");
  });

  it("kleurt alleen als de context dat zegt", () => {
    const coloured = formatters.stylish(results, { ...context, color: true });
    expect(coloured).toContain("\u001b[31mfout");
    expect(coloured).toContain("\u001b[4mgesprekken/klachten.txt\u001b[24m");
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(golden("stylish.txt"));
  });
});

describe("compact", () => {
  it("komt overeen met de gouden uitvoer", () => {
    expect(formatters.compact(results, context)).toBe(golden("compact.txt"));
  });
});

describe("json", () => {
  it("is ESLint-compatibel", () => {
    const parsed = JSON.parse(formatters.json(results, context)) as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(3);
    expect(Object.keys(parsed[0]!).sort()).toEqual(
      [
        "errorCount",
        "fatalErrorCount",
        "filePath",
        "fixableErrorCount",
        "fixableWarningCount",
        "messages",
        "suppressedMessages",
        "usedDeprecatedRules",
        "warningCount",
      ].sort(),
    );
    expect(parsed[0]).toMatchObject({ filePath: "/project/gesprekken/klachten.txt", errorCount: 2, warningCount: 1, fatalErrorCount: 0 });
    expect((parsed[0]!.messages as unknown[])[0]).toEqual({
      ruleId: "greeting",
      severity: 2,
      message: "Je noemt de organisatie niet. Bijvoorbeeld: 'Goedemiddag, u spreekt met Sigrid van Enerva.'",
      line: 1,
      column: 8,
      endLine: 1,
      endColumn: 20,
      messageId: "missingOrganization",
      speaker: "Agent",
      phase: "aanvang",
    });
    expect((parsed[2]!.messages as unknown[])[0]).toEqual({
      ruleId: null,
      severity: 2,
      message: "Dit bestand is geen geldige UTF-8.",
      line: 3,
      column: 5,
      fatal: true,
    });
    expect(parsed[2]).toMatchObject({ fatalErrorCount: 1, errorCount: 1 });
  });
});
