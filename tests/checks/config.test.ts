// House rules in the config chain: extends and overrides, --rule, disable comments, rulesMeta.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../rules/index.js";
import { lint } from "../../src/api.js";
import { ConfigError } from "../../src/config/errors.js";
import type { UserConfig } from "../../src/config/validate.js";
import { ConfigLoader } from "../../src/config/load.js";
import { lintFiles } from "../../src/files.js";

const DIR = resolve(import.meta.dirname, "../../fixtures/config/checks-extends");

function loader(extra: Partial<ConstructorParameters<typeof ConfigLoader>[0]> = {}): ConfigLoader {
  return new ConfigLoader({ cwd: DIR, builtinRules, ...extra });
}

describe("extends", () => {
  it("erft de checks van basis.json; een eigen check met dezelfde id vervangt de geërfde", async () => {
    const config = await loader().forFile(join(DIR, "gesprek.txt"));
    expect(Object.keys(config.checks).sort()).toEqual(["huis/geen-doei", "huis/geen-joh", "huis/opnamemelding", "huis/vraag-niet-probleem"]);
    expect(config.checks["huis/opnamemelding"]!.message).toMatch(/^Team Zuid/);
    expect(config.rules["huis/opnamemelding"]).toEqual({ severity: 1 });
    expect(config.rules["huis/geen-doei"]).toEqual({ severity: 0 });
    expect(config.rules["huis/vraag-niet-probleem"]).toEqual({ severity: 2 });
    expect(config.houseRules["huis/opnamemelding"]!.meta.messages.require).toMatch(/^Team Zuid/);
  });

  it("meldt met de regels van de hele keten; uitgezet en onderdrukt blijft stil", async () => {
    const [result] = await lintFiles(["gesprek.txt"], { cwd: DIR });
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.column, m.severity])).toEqual([
      ["huis/opnamemelding", 1, 8, 1],
      ["huis/geen-joh", 3, 12, 2],
      ["huis/vraag-niet-probleem", 3, 21, 2],
    ]);
  });
});

describe("--rule", () => {
  it("verandert de ernst van een huisregel", async () => {
    const config = await loader({ overrideRules: { "huis/geen-joh": "warn", "huis/geen-doei": "error" } }).forFile(join(DIR, "gesprek.txt"));
    expect(config.rules["huis/geen-joh"]).toEqual({ severity: 1 });
    expect(config.rules["huis/geen-doei"]).toEqual({ severity: 2 });
  });

  it("een verschreven huisregel is een configuratiefout met een suggestie", async () => {
    const error = await loader({ overrideRules: { "huis/geen-jo": "warn" } }).forFile(join(DIR, "gesprek.txt")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      "--rule: Onbekende regel 'huis/geen-jo' in rules. Bedoelde je 'huis/geen-joh'? Huisregels komen uit \"checks\", in dit bestand of een bestand uit extends.",
    ]);
  });
});

describe("rulesMeta", () => {
  it("kent na een run de huisregels met hun beschrijving naast de ingebouwde regels", async () => {
    const configs = loader();
    await configs.forFile(join(DIR, "gesprek.txt"));
    const rules = await configs.knownRules();
    expect(rules.greeting).toBe(builtinRules.greeting);
    expect(rules["huis/geen-joh"]!.meta.docs.description).toBe("Huisregel: \"joh\" mag niet gezegd worden.");
    expect(rules["huis/vraag-niet-probleem"]!.meta.type).toBe("suggestion");
  });
});

describe("beleefd-disable in een belscript", () => {
  it("zet een huisregel uit tot beleefd-enable", async () => {
    const script = `## Analyse

<!-- beleefd-disable huis/vraag-niet-probleem -- de klant noemt het zelf zo -->

- **Agent:** U zegt dat er een probleem is met de meter?

<!-- beleefd-enable huis/vraag-niet-probleem -->

- **Agent:** Dat probleem los ik op.
`;
    const config = { checks: [{ id: "huis/vraag-niet-probleem", kind: "substitute" as const, replace: { probleem: "vraag" }, message: "Zeg \"{{preferred}}\"." }] };
    const result = await lint(script, { config, filePath: "script.md" });
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([["huis/vraag-niet-probleem", 9]]);
  });
});

describe("de voorbeeldconfiguraties", () => {
  for (const name of ["school", "bedrijf"]) {
    it(`fixtures/house-rules/${name} is geldig en heeft huisregels`, async () => {
      const dir = resolve(import.meta.dirname, `../../fixtures/house-rules/${name}`);
      const config = await new ConfigLoader({ cwd: dir, builtinRules }).forDirectory(dir);
      expect(Object.keys(config.houseRules).length).toBeGreaterThan(1);
      expect(config.rules.greeting).toBeDefined();
    });
  }
});

describe("het voorbeeld in de README", () => {
  it("is een geldige configuratie en meldt wat het belooft", async () => {
    const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Huisregels (`checks`)"));
    const json = /```json\n([\s\S]*?)```/.exec(section)![1]!;
    const config = JSON.parse(json) as UserConfig;
    const text = `Agent: Goedemiddag, u spreekt met Sanne van Telnet. Wat kan ik voor u doen?
Klant: Ik wil mijn abonnement opzeggen, ik heb een probleem met de prijs.
Agent: Dat probleem begrijp ik. Ik regel het voor u. Doei!
`;
    const result = await lint(text, { config });
    const ours = result.messages.filter((m) => m.ruleId?.startsWith("huis/")).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(ours).toEqual([
      "1:8 huis/opnamemelding",
      "1:8 huis/volgorde-opening",
      "2:31 huis/opzegtermijn",
      "3:12 huis/vraag-niet-probleem",
      "3:54 huis/geen-doei",
    ]);
  });
});
