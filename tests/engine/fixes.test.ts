import { describe, expect, it } from "vitest";
import { lintText } from "../../src/engine/linter.js";
import { emptyConfig } from "../../src/config/presets.js";
import { defineRule } from "../../src/rule.js";
import { tokensOf } from "../../src/text/tokens.js";
import type { Rule, RuleMeta } from "../../src/types.js";
import { json } from "../../src/formatters/json.js";
import { stylish } from "../../src/formatters/stylish.js";

// Replaces every "hoor" the agent says by "hoor maar"; declares only what `meta` is given.
function hoorRule(meta: Partial<RuleMeta>): Rule {
  return defineRule({
    meta: {
      type: "suggestion",
      docs: { description: "Test: hoor.", recommended: false },
      messages: { found: "Zeg geen 'hoor'.", instead: "Zeg '{{text}}'." },
      ...meta,
    },
    create(context) {
      return {
        Turn(turn) {
          if (turn.role !== "agent") return;
          for (const token of tokensOf(turn).tokens) {
            if (token.norm !== "hoor") continue;
            const range: [number, number] = [turn.textOffset + token.start, turn.textOffset + token.end];
            context.report({
              node: turn,
              span: range,
              messageId: "found",
              fix: { range, text: "graag" },
              suggest: [{ messageId: "instead", data: { text: "graag" }, fix: { range, text: "graag" } }],
            });
          }
        },
      };
    },
  });
}

const fixing = hoorRule({ fixable: "code", hasSuggestions: true });

function run(text: string, filePath: string, rule: Rule = fixing, fix = false) {
  return lintText(text, { filePath, config: { ...emptyConfig(), rules: { hoor: { severity: 2 } } }, rules: { hoor: rule }, fix });
}

const script = "# Gesprek\n\n**Klant:** Kan dat hoor?\n**Agent:** Een moment hoor.\n";

describe("fixes and suggestions", () => {
  it("carries ESLint's fix and suggestion shapes and counts fixable messages", async () => {
    const result = await run(script, "script.md");
    const start = script.indexOf("hoor.");
    expect(result.messages[0]).toMatchObject({
      fix: { range: [start, start + 4], text: "graag" },
      suggestions: [{ desc: "Zeg 'graag'.", messageId: "instead", fix: { range: [start, start + 4], text: "graag" } }],
    });
    expect(result).toMatchObject({ fixableErrorCount: 1, fixableWarningCount: 0 });
    const [out] = JSON.parse(json([result], { cwd: "/", color: false, rulesMeta: {} }));
    expect(out.messages[0].fix).toEqual({ range: [start, start + 4], text: "graag" });
    expect(out.fixableErrorCount).toBe(1);
    const table = stylish([result], { cwd: "/", color: false, rulesMeta: {} });
    expect(table).toContain("Zeg geen 'hoor'. [--fix]");
    expect(table).toContain("1 fout en 0 waarschuwingen is mogelijk op te lossen met --fix.");
  });

  it("applies the fix to the agent's line only and is stable on a second run", async () => {
    const fixed = await run(script, "script.md", fixing, true);
    expect(fixed.output).toBe("# Gesprek\n\n**Klant:** Kan dat hoor?\n**Agent:** Een moment graag.\n");
    expect(fixed.messages).toEqual([]);
    const again = await run(fixed.output!, "script.md", fixing, true);
    expect(again.output).toBeUndefined();
  });

  it("never rewrites a transcript: its fix becomes a suggestion", async () => {
    const transcript = "Klant: Kan dat?\nAgent: Een moment hoor.\n";
    const result = await run(transcript, "gesprek.txt", fixing, true);
    expect(result.output).toBeUndefined();
    expect(result.messages[0]!.fix).toBeUndefined();
    expect(result.messages[0]!.suggestions![0]).toMatchObject({ desc: 'Beter: "graag"', fix: { text: "graag" } });
    expect(result.fixableErrorCount).toBe(0);
  });

  it("refuses a fix or suggestion the rule does not declare, naming the rule", async () => {
    const undeclared = await run(script, "script.md", hoorRule({}));
    expect(undeclared.messages[0]).toMatchObject({ fatal: true, ruleId: "hoor" });
    expect(undeclared.messages[0]!.message).toContain('Regel "hoor" geeft een oplossing (fix) maar zet meta.fixable niet.');
    const noSuggestions = await run(script, "script.md", hoorRule({ fixable: "code" }));
    expect(noSuggestions.messages[0]!.message).toContain('Regel "hoor" geeft suggesties maar zet meta.hasSuggestions niet.');
  });
});
