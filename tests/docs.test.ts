// Every rule's Dutch doc page has the same sections, and its "Fout" and "Goed" examples are run.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { lintText } from "../src/engine/linter.js";
import { presetConfig } from "../src/config/presets.js";
import { validatorFor } from "../src/shared/ajv.js";
import { checkRules, validateShape } from "../src/config/validate.js";
import { parseRuleDoc, plainText } from "../src/docs/rule-doc.js";
import { loadRuleDoc } from "../src/docs/load.js";

const SECTIONS = ["## Wat controleert deze regel?", "## Waarom", "## Fout", "## Goed", "## Opties"];

interface Example {
  section: "Fout" | "Goed";
  lang: string;
  code: string;
}

function examples(page: string): Example[] {
  const doc = parseRuleDoc(page);
  return [
    ...doc.fout.map((e) => ({ section: "Fout" as const, ...e })),
    ...doc.goed.map((e) => ({ section: "Goed" as const, ...e })),
  ];
}

const config = presetConfig("beleefd:all", builtinRules);

for (const [id, rule] of Object.entries(builtinRules)) {
  describe(`rules/${id}.md`, () => {
    const page = readFileSync(new URL(`../rules/${id}.md`, import.meta.url), "utf8");

    it("heeft de vaste opbouw", () => {
      expect(page.startsWith(`# ${id}\n`)).toBe(true);
      let last = -1;
      for (const section of SECTIONS) {
        const at = page.indexOf(`\n${section}\n`);
        expect(at, `sectie "${section}"`).toBeGreaterThan(last);
        last = at;
      }
      expect(page, "de beschrijving uit meta staat bovenaan").toContain(rule.meta.docs.description);
    });

    it("zegt of en hoe de regel oplost, en het voorbeeld klopt met --fix", async () => {
      const solves = Boolean(rule.meta.fixable || rule.meta.hasSuggestions);
      expect(page.includes("\n## Oplossen\n"), "sectie Oplossen precies bij regels met fix of suggesties").toBe(solves);
      if (!rule.meta.fixable) return;
      const blocks = [...page.slice(page.indexOf("\n## Oplossen\n")).matchAll(/```md\n([\s\S]*?)```/g)].map((m) => m[1]!);
      expect(blocks).toHaveLength(2);
      const fixConfig = { ...config, rules: { [id]: { severity: 2 as const } } };
      const result = await lintText(blocks[0]!, { filePath: "voorbeeld.md", config: fixConfig, rules: builtinRules, fix: true });
      expect(result.output).toBe(blocks[1]);
    });

    it("standaardopties voldoen aan het optieschema", () => {
      if (rule.meta.schema && rule.meta.defaultOptions) {
        const validate = validatorFor(rule.meta.schema);
        expect(validate(rule.meta.defaultOptions), JSON.stringify(validate.errors)).toBe(true);
      }
    });

    it("leest in delen: samenvatting, waarom en voorbeelden", () => {
      const doc = loadRuleDoc(id);
      expect(doc?.id).toBe(id);
      expect(doc?.summary).toBe(rule.meta.docs.description);
      expect(plainText(doc!.why).length).toBeGreaterThan(40);
      expect(plainText(doc!.why)).not.toMatch(/\n|```/);
    });

    it("configuratievoorbeelden op de pagina zijn geldige configuratie", () => {
      const blocks = [...page.matchAll(/^```json\n([\s\S]*?)^```/gm)].map((m) => JSON.parse(m[1]!) as unknown);
      for (const block of blocks) {
        const config = validateShape(block, `rules/${id}.md`);
        expect(checkRules(config.rules ?? {}, builtinRules, `rules/${id}.md`)).toEqual([]);
      }
    });

    const cases = examples(page);
    it("heeft minstens één Fout- en één Goed-voorbeeld", () => {
      expect(cases.some((c) => c.section === "Fout")).toBe(true);
      expect(cases.some((c) => c.section === "Goed")).toBe(true);
    });

    cases.forEach((example, n) => {
      it(`${example.section}-voorbeeld ${n + 1}`, async () => {
        const filePath = example.lang === "md" ? "voorbeeld.md" : "voorbeeld.txt";
        const result = await lintText(example.code, { filePath, config, rules: builtinRules });
        expect(result.messages.filter((m) => m.ruleId === null), "geen parserwaarschuwingen").toEqual([]);
        const own = result.messages.filter((m) => m.ruleId === id);
        if (example.section === "Fout") expect(own.length).toBeGreaterThan(0);
        else expect(own.map((m) => `${m.line}: ${m.message}`)).toEqual([]);
      });
    });
  });
}
