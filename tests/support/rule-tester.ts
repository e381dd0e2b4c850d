// ESLint-style RuleTester: valid texts give no message from the rule, invalid ones exactly the
// expected messageIds on the expected lines. Test texts must parse cleanly (no parser warnings).
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/engine/linter.js";
import { emptyConfig } from "../../src/config/presets.js";
import type { LintMessage, Rule, Settings } from "../../src/types.js";

export interface ValidCase {
  text: string;
  name?: string;
  options?: Record<string, unknown>;
  settings?: Settings;
  /** Decides the parser: .txt (default) or .md. */
  filename?: string;
}

export interface ExpectedError {
  messageId: string;
  line?: number;
  column?: number;
  endColumn?: number;
  /** The reported text must be exactly this (the word the rule points at). */
  text?: string;
  data?: Record<string, string>;
  /** A substring the final message must contain. */
  message?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

async function run(ruleId: string, rule: Rule, item: ValidCase): Promise<{ ruleMessages: LintMessage[]; text: string }> {
  const config = { ...emptyConfig(), settings: item.settings ?? {}, rules: { [ruleId]: { severity: 2 as const, ...(item.options ? { options: item.options } : {}) } } };
  const result = await lintText(item.text, { filePath: item.filename ?? "call.txt", config, rules: { [ruleId]: rule } });
  const others = result.messages.filter((m) => m.ruleId !== ruleId);
  expect(others, "de testtekst moet zonder parserwaarschuwingen gelezen worden").toEqual([]);
  return { ruleMessages: result.messages, text: item.text.replace(/^\uFEFF/, "") };
}

function title(item: ValidCase): string {
  return item.name ?? item.text.replace(/\s+/g, " ").slice(0, 90);
}

export function runRuleTests(ruleId: string, rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    describe("valid", () => {
      for (const item of cases.valid) {
        it(title(item), async () => {
          const { ruleMessages } = await run(ruleId, rule, item);
          expect(ruleMessages.map((m) => `${m.line}:${m.column} ${m.messageId}: ${m.message}`)).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const item of cases.invalid) {
        it(title(item), async () => {
          const { ruleMessages, text } = await run(ruleId, rule, item);
          expect(ruleMessages.map((m) => m.messageId)).toEqual(item.errors.map((e) => e.messageId));
          item.errors.forEach((expected, i) => {
            const actual = ruleMessages[i]!;
            if (expected.line !== undefined) expect(actual.line, `regel van melding ${i + 1}`).toBe(expected.line);
            if (expected.column !== undefined) expect(actual.column, `kolom van melding ${i + 1}`).toBe(expected.column);
            if (expected.endColumn !== undefined) expect(actual.endColumn).toBe(expected.endColumn);
            if (expected.text !== undefined) expect(text.slice(actual.span[0], actual.span[1])).toBe(expected.text);
            if (expected.message !== undefined) expect(actual.message).toContain(expected.message);
            if (expected.data) {
              for (const value of Object.values(expected.data)) expect(actual.message).toContain(value);
            }
            expect(actual.message, "geen lege {{placeholder}} in de tekst").not.toMatch(/\{\{/);
          });
        });
      }
    });
  });
}
