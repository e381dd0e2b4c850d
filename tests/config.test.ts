import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { lint, resolveConfig } from "../src/api.js";
import { defineRule } from "../src/rule.js";
import { ajv } from "../src/shared/ajv.js";
import schema from "../src/config/config.schema.json" with { type: "json" };
import { configLoader, configProblems } from "./support/config.js";
import { lintFiles } from "../src/files.js";

const FIXTURES = resolve(import.meta.dirname, "../fixtures/config");

const loader = configLoader;
const problemsOf = configProblems;

describe("config.schema.json", () => {
  it("is een geldig JSON Schema (draft-07) en beschrijft elke sleutel voor editors", () => {
    expect(ajv().validateSchema(schema), JSON.stringify(ajv().errors)).toBe(true);
    for (const [key, property] of Object.entries(schema.properties)) expect(property.description, key).toBeTruthy();
  });
});

describe("geldige configuraties", () => {
  const dir = join(FIXTURES, "valid");
  for (const name of readdirSync(dir)) {
    it(name, async () => {
      const config = await loader(dir).loadFile(join(dir, name));
      expect(config.files).toEqual([join(dir, name)]);
      expect(Object.keys(config.rules).length).toBeGreaterThan(0);
    });
  }

  it("full.yaml zet elke sleutel om", async () => {
    const config = await loader(join(FIXTURES, "valid")).loadFile(join(FIXTURES, "valid/full.yaml"));
    expect(config.rules.greeting).toEqual({ severity: 1, options: { requireOfferHelp: "always" } });
    expect(config.rules["no-tutoyeren"]).toEqual({ severity: 0 });
    expect(config.rules["customer-hangs-up-first"]).toEqual({ severity: 2 });
    expect(config.settings).toEqual({ tutoyeren: false, direction: "inbound", organization: "Enerva" });
    expect(config.phrases).toEqual({ greeting: ["goeiedag"] });
    expect(config.speakers).toEqual({ Sigrid: "agent", "Beller 1": "customer" });
    expect(config.reportUnusedDisableDirectives).toBe(2);
    expect(config.ignorePatterns.map((p) => p.pattern)).toEqual(["concepten/**"]);
  });

  it("beleefd:all zet elke ingebouwde regel aan; getallen zijn ernsten", async () => {
    const config = await loader(FIXTURES).loadFile(join(FIXTURES, "valid/all-numbers.json"));
    expect(Object.keys(config.rules).sort()).toEqual(Object.keys(builtinRules).sort());
    expect(config.rules.closing).toEqual({ severity: 1 });
    expect(config.rules.greeting).toEqual({ severity: 0 });
    expect(config.reportUnusedDisableDirectives).toBe(0);
  });
});

describe("ongeldige configuraties geven de verwachte melding", () => {
  const dir = join(FIXTURES, "invalid");
  for (const expectedFile of readdirSync(dir).filter((f) => f.endsWith(".expected.txt"))) {
    const stem = expectedFile.replace(".expected.txt", "");
    const configFile = readdirSync(dir).find((f) => f.startsWith(`${stem}.`) && !f.endsWith(".expected.txt"))!;
    it(configFile, async () => {
      const expected = readFileSync(join(dir, expectedFile), "utf8").trimEnd().split("\n");
      const problems = await problemsOf(loader(dir).loadFile(join(dir, configFile)));
      expect(problems).toHaveLength(expected.length);
      expected.forEach((line, i) => {
        // A line ending in "..." gives only the start: the rest comes from the JSON/YAML parser.
        if (line.endsWith("...")) expect(problems[i]!.startsWith(line.slice(0, -3))).toBe(true);
        else expect(problems[i]).toBe(line);
      });
    });
  }
});

describe("dichtstbijzijnde configuratie", () => {
  const nested = join(FIXTURES, "nested");

  it("zoekt omhoog vanaf de map van het bestand en volgt de extends-keten", async () => {
    const configs = loader(FIXTURES);
    const deep = await configs.forFile(join(nested, "team/avond/gesprek.txt"));
    expect(deep.files).toEqual([join(nested, "gedeeld/basis.json"), join(nested, ".beleefdrc.json"), join(nested, "team/.beleefdrc.yaml")]);
    // Only a severity keeps the options from further down the chain.
    expect(deep.rules.greeting).toEqual({ severity: 2, options: { requireOfferHelp: "always" } });
    expect(deep.rules.closing).toEqual({ severity: 0 });
    expect(deep.rules["customer-hangs-up-first"]).toEqual({ severity: 2 });
    expect(deep.settings).toEqual({ organization: "Enerva", tutoyeren: true });
    expect(deep.phrases).toEqual({ greeting: ["goeiedag", "dagdag"] });

    const upper = await configs.forFile(join(nested, "gesprek.txt"));
    expect(upper.files.at(-1)).toBe(join(nested, ".beleefdrc.json"));
    expect(upper.settings.tutoyeren).toBeUndefined();
  });

  it("neemt per map dezelfde configuratie (cache)", async () => {
    const configs = loader(FIXTURES);
    const a = await configs.forFile(join(nested, "team/avond/gesprek.txt"));
    const b = await configs.forFile(join(nested, "team/avond/ander.txt"));
    expect(a).toBe(b);
  });

  it("--config gaat voor het dichtstbijzijnde bestand", async () => {
    const config = await loader(FIXTURES, { configFile: "valid/all-numbers.json" }).forFile(join(nested, "gesprek.txt"));
    expect(config.files).toEqual([join(FIXTURES, "valid/all-numbers.json")]);
  });

  it("leest de sleutel beleefd uit package.json", async () => {
    const config = await loader(FIXTURES).forFile(join(FIXTURES, "package-json/gesprek.txt"));
    expect(config.rules).toEqual({ "customer-hangs-up-first": { severity: 1 } });
    expect(config.settings.direction).toBe("outbound");
  });

  it("zonder configbestand geldt beleefd:recommended", async () => {
    const configs = loader("/");
    expect(configs.nearestConfigFile("/")).toBeUndefined();
    const config = await configs.forDirectory("/");
    const recommended = Object.entries(builtinRules).filter(([, rule]) => rule.meta.docs.recommended).map(([id]) => id);
    expect(Object.keys(config.rules).sort()).toEqual(recommended.sort());
    expect(config.files).toEqual([]);
  });

  it("ignorePatterns slaat bestanden over bij het uitvouwen van een map", async () => {
    const results = await lintFiles(["nested/team"], { cwd: FIXTURES });
    expect(results.map((r) => r.filePath)).toEqual([join(nested, "team/avond/gesprek.txt")]);
  });

  it("ignorePatterns: een mapnaam, map/** en een bestandspatroon, op elke diepte, zonder de schijf af te lopen", async () => {
    const root = resolve("/project");
    const config = {
      ...(await loader(FIXTURES).forFile(join(nested, "gesprek.txt"))),
      ignorePatterns: ["concepten", "archief/**", "**/*.concept.txt", "/oud"].map((pattern) => ({ pattern, configPath: join(root, ".beleefdrc.json") })),
    };
    const configs = loader(root);
    const ignored = (path: string) => configs.isIgnored(join(root, path), config);
    expect(await ignored("concepten/gesprek.txt")).toBe(true);
    // As the README says: a pattern matches at any depth below the config's folder.
    expect(await ignored("team/archief/2024/gesprek.txt")).toBe(true);
    expect(await ignored("archief/2024/gesprek.txt")).toBe(true);
    expect(await ignored("team/gesprek.concept.txt")).toBe(true);
    expect(await ignored("team/gesprek.txt")).toBe(false);
    // A leading "/" ties the pattern to the config's folder.
    expect(await ignored("oud/gesprek.txt")).toBe(true);
    expect(await ignored("team/oud/gesprek.txt")).toBe(false);
    expect(await configs.isIgnored(resolve("/elders/concepten/gesprek.txt"), config)).toBe(false);
  });

  it("--rule wordt één keer per configbestand toegepast: mappen delen hetzelfde resultaat", async () => {
    const configs = loader(FIXTURES, { overrideRules: { closing: "warn" } });
    expect(await configs.forFile(join(nested, "team/avond/gesprek.txt"))).toBe(await configs.forFile(join(nested, "team/concepten/gesprek.txt")));
  });

  it("--rule-instellingen komen bovenop de configuratie en worden gecontroleerd", async () => {
    const config = await loader(FIXTURES, { overrideRules: { closing: "warn" } }).forFile(join(nested, "gesprek.txt"));
    expect(config.rules.closing).toEqual({ severity: 1 });
    const problems = await problemsOf(loader(FIXTURES, { overrideRules: { clossing: "warn" } }).forFile(join(nested, "gesprek.txt")));
    expect(problems).toEqual(["--rule: Onbekende regel 'clossing' in rules. Bedoelde je 'closing'?"]);
  });
});

describe("plugins", () => {
  // The project under test gets the demo plugin installed in its own node_modules, as npm would.
  const dir = mkdtempSync(join(tmpdir(), "beleefd-plugins-"));
  cpSync(join(FIXTURES, "plugins"), dir, { recursive: true });
  cpSync(join(FIXTURES, "plugin-demo"), join(dir, "node_modules/beleefd-plugin-demo"), { recursive: true });

  it("laadt de plugin vanuit de map van het configbestand; regels heten demo/<id>", async () => {
    const config = await loader(dir).forFile(join(dir, "gesprek.txt"));
    expect(Object.keys(config.pluginRules)).toEqual(["demo/no-hallo"]);
    expect(config.plugins).toEqual(["beleefd-plugin-demo"]);
    const [result] = await lintFiles(["gesprek.txt"], { cwd: dir });
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([["demo/no-hallo", 1, 8]]);
  });

  it("een ontbrekende plugin is een duidelijke fout", async () => {
    // Named with --config: a config below the working directory may not load plugins at all.
    const problems = await problemsOf(loader(dir, { configFile: "missing/.beleefdrc.json" }).forFile(join(dir, "missing/gesprek.txt")));
    expect(problems).toEqual([
      "missing/.beleefdrc.json: plugins: plugin 'beleefd-plugin-bestaat-niet' niet gevonden vanuit missing. Installeer hem met 'npm install --save-dev beleefd-plugin-bestaat-niet'.",
    ]);
  });

  it("een plugin-regel zonder de plugin in plugins wordt als onbekend gemeld", async () => {
    const problems = await problemsOf(resolveConfig({ rules: { "demo/no-hallo": "warn" } }));
    expect(problems[0]).toContain("Onbekende regel 'demo/no-hallo' in rules.");
    expect(problems[0]).toContain("staat die plugin in \"plugins\"?");
  });
});

describe("lint() met een configobject", () => {
  const call = "Agent: Tot ziens!\n[agent hangt op]\n";

  it("past extends en eigen regels toe zonder bestandssysteem", async () => {
    const result = await lint(call, { config: { extends: "beleefd:recommended", rules: { "customer-hangs-up-first": "warn" } } });
    const message = result.messages.find((m) => m.ruleId === "customer-hangs-up-first");
    expect(message?.severity).toBe(1);
    expect(message?.line).toBe(2);
  });

  it("zonder config geldt beleefd:recommended", async () => {
    const result = await lint(call);
    expect(result.messages.some((m) => m.ruleId === "customer-hangs-up-first" && m.severity === 2)).toBe(true);
  });

  it("een pad in extends kan niet zonder bestanden", async () => {
    const problems = await problemsOf(lint(call, { config: { extends: "./basis.json" } }));
    expect(problems[0]).toMatch(/^config: extends: '.\/basis.json' is een pad/);
  });

  it("foute regelopties worden in de config gemeld, met hun plaats, voor er iets gelint wordt", async () => {
    const problems = await problemsOf(lint(call, { config: { rules: { greeting: ["warn", { requireOfferHelp: "soms" }] } } }));
    expect(problems).toEqual(['config: rules.greeting[1].requireOfferHelp: moet een van deze waarden zijn: "inbound", "always", "never"']);
  });

  it("opties van een pluginregel worden net zo tegen zijn schema gehouden", async () => {
    const rule = defineRule({
      meta: {
        type: "suggestion",
        docs: { description: "Noem het woord niet.", recommended: false },
        messages: { said: "Zeg '{{word}}' niet." },
        schema: { type: "object", properties: { word: { type: "string" } }, additionalProperties: false },
      },
      create: () => ({}),
    });
    const problems = await problemsOf(
      lint(call, { config: { plugins: ["huis"], rules: { "huis/woord": ["error", { woord: "hallo" }] } }, plugins: { huis: { rules: { woord: rule } } } }),
    );
    expect(problems).toEqual(['config: rules.huis/woord[1]: onbekende sleutel "woord"']);
  });

  it("plugins kunnen als module meegegeven worden", async () => {
    const plugin = await import(join(FIXTURES, "plugin-demo/index.js"));
    const result = await lint("Agent: Hallo, met Bram.\n", {
      config: { plugins: ["beleefd-plugin-demo"], rules: { "demo/no-hallo": "error" } },
      plugins: { "beleefd-plugin-demo": plugin },
    });
    expect(result.messages.map((m) => m.ruleId)).toEqual(["demo/no-hallo"]);
  });
});
