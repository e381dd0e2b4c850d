// The English pack's doc pages (src/lang/en/docs/) have the Dutch pages' sections in English, and
// their "Wrong" and "Right" examples are run on an English setting, as the Dutch pages' are.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { presetConfig } from "../src/config/presets.js";
import { lintText } from "../src/engine/linter.js";
import { parseRuleDoc } from "../src/docs/rule-doc.js";
import { loadRuleDoc } from "../src/docs/load.js";
import { loadLanguage } from "../src/lang/index.js";
import type { ResolvedConfig } from "../src/types.js";

const SECTIONS = ["## What it checks", "## Why", "## Wrong", "## Right", "## Options"];
const DOCS = new URL("../src/lang/en/docs/", import.meta.url);
const english = await loadLanguage("en");
const config: ResolvedConfig = { ...presetConfig("beleefd:all", builtinRules), settings: { language: "en" } };

describe("het Engelse pakket is compleet", () => {
  const running = Object.keys(builtinRules).filter((id) => !english.skipRules.includes(id));

  it("elke regel die op Engelse gesprekken draait, heeft een Engelse pagina, beschrijving en alle meldingen", () => {
    for (const id of running) {
      expect(existsSync(new URL(`${id}.md`, DOCS)), `${id}.md`).toBe(true);
      expect(english.rules[id]?.description, id).toBeTruthy();
      expect(Object.keys(english.rules[id]?.messages ?? {}).sort(), id).toEqual(Object.keys(builtinRules[id]!.meta.messages).sort());
    }
    expect(readdirSync(DOCS).map((name) => name.replace(/\.md$/, "")).sort()).toEqual([...running].sort());
  });

  it("slaat alleen bestaande regels over", () => {
    for (const id of english.skipRules) expect(builtinRules[id], id).toBeDefined();
    expect(english.skipRules).toContain("no-tutoyeren");
    expect(english.skipRules).toContain("consistent-address");
  });

  it("--explain leest de Engelse pagina bij een Engelse instelling, en de Nederlandse anders", () => {
    expect(loadRuleDoc("closing", "en")?.why).toMatch(/^A complete close gives the customer/);
    expect(loadRuleDoc("closing")?.fout.length).toBeGreaterThan(0);
    expect(loadRuleDoc("closing")?.summary).toBe(builtinRules.closing!.meta.docs.description);
    // A rule without an English page (it does not run on English calls) keeps its Dutch page.
    expect(loadRuleDoc("no-tutoyeren", "en")?.summary).toBe(builtinRules["no-tutoyeren"]!.meta.docs.description);
  });
});

for (const name of existsSync(DOCS) ? readdirSync(DOCS) : []) {
  const id = name.replace(/\.md$/, "");
  describe(`src/lang/en/docs/${name}`, () => {
    const page = readFileSync(new URL(name, DOCS), "utf8");
    const doc = parseRuleDoc(page);

    it("heeft de vaste opbouw, met de Engelse beschrijving bovenaan", () => {
      expect(page.startsWith(`# ${id}\n`)).toBe(true);
      let last = -1;
      for (const section of SECTIONS) {
        const at = page.indexOf(`\n${section}\n`);
        expect(at, section).toBeGreaterThan(last);
        last = at;
      }
      expect(doc.summary).toBe(english.rules[id]?.description);
      expect(doc.fout.length).toBeGreaterThan(0);
      expect(doc.goed.length).toBeGreaterThan(0);
    });

    const cases = [...doc.fout.map((e) => ({ wrong: true, ...e })), ...doc.goed.map((e) => ({ wrong: false, ...e }))];
    cases.forEach((example, n) => {
      it(`${example.wrong ? "Wrong" : "Right"}-voorbeeld ${n + 1}`, async () => {
        const result = await lintText(example.code, { filePath: example.lang === "md" ? "example.md" : "example.txt", config, rules: builtinRules });
        expect(result.messages.filter((m) => m.ruleId === null), "geen parserwaarschuwingen").toEqual([]);
        const own = result.messages.filter((m) => m.ruleId === id);
        if (example.wrong) {
          expect(own.length).toBeGreaterThan(0);
          // In English: no Dutch wording from the rule's meta.
          for (const m of own) expect(english.rules[id]!.messages![m.messageId!]).toBeDefined();
        } else {
          expect(own.map((m) => `${m.line}: ${m.message}`)).toEqual([]);
        }
      });
    });
  });
}
