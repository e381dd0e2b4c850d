// Config as ESLint users write it: ["error", {options}] entries, shared config packages in extends,
// a note for `rules` without `extends`, and `.beleefdrc` without extension.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lint, resolveConfig } from "../src/api.js";
import { parseRuleFlags } from "../src/cli/rule-flag.js";
import { configLoader, configProblems } from "./support/config.js";

const CALL = "Agent: Hoi, met Bram.\nKlant: Ik heb een vraag over mijn rekening.\nAgent: Tot ziens!\n[agent hangt op]\n";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "beleefd-conventies-"));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}


describe("regels als lijst, zoals in ESLint", () => {
  it('["error", {opties}], [2, {opties}] en ["warn"] naast de bestaande vormen', async () => {
    const config = await resolveConfig({
      rules: {
        greeting: ["error", { requireOfferHelp: "always" }],
        "no-tutoyeren": [2, {}],
        closing: ["warn"],
        "customer-hangs-up-first": { severity: "error" },
        "phase-order": 1,
      },
    });
    expect(config.rules.greeting).toEqual({ severity: 2, options: { requireOfferHelp: "always" } });
    expect(config.rules["no-tutoyeren"]).toEqual({ severity: 2, options: {} });
    expect(config.rules.closing).toEqual({ severity: 1 });
    expect(config.rules["customer-hangs-up-first"]).toEqual({ severity: 2 });
    expect(config.rules["phase-order"]).toEqual({ severity: 1 });
  });

  it("de opties in de lijst gelden echt: greeting vraagt om hulp aanbieden", async () => {
    const strict = await lint(CALL, { config: { rules: { greeting: ["error", { requireOfferHelp: "always" }] } } });
    const loose = await lint(CALL, { config: { rules: { greeting: ["error", { requireOfferHelp: "never" }] } } });
    expect(strict.messages.filter((m) => m.ruleId === "greeting").length).toBeGreaterThan(loose.messages.filter((m) => m.ruleId === "greeting").length);
  });

  it("--rule neemt ook een lijst", () => {
    expect(parseRuleFlags(['greeting: ["warn", {"requireOfferHelp":"never"}]'])).toEqual({ greeting: ["warn", { requireOfferHelp: "never" }] });
  });

  it("foute opties in een lijst noemen de plaats in de lijst", async () => {
    const problems = await configProblems(resolveConfig({ rules: { greeting: ["error", { requireOfferHelp: "soms" }] } }));
    expect(problems).toEqual(['config: rules.greeting[1].requireOfferHelp: moet een van deze waarden zijn: "inbound", "always", "never"']);
  });
});

describe("extends met een gedeelde configuratie als npm-pakket", () => {
  const dir = project({
    ".beleefdrc.json": JSON.stringify({ extends: ["beleefd-config-school", "@acme/beleefd-config", "@acme/beleefd-config-strikt"] }),
    "node_modules/beleefd-config-school/package.json": JSON.stringify({ name: "beleefd-config-school", main: "config.json" }),
    "node_modules/beleefd-config-school/config.json": JSON.stringify({ extends: "beleefd:recommended", rules: { closing: "warn" } }),
    "node_modules/@acme/beleefd-config/package.json": JSON.stringify({ name: "@acme/beleefd-config", beleefd: { settings: { organization: "Acme" } } }),
    "node_modules/@acme/beleefd-config-strikt/package.json": JSON.stringify({ name: "@acme/beleefd-config-strikt", main: "strikt.yaml" }),
    "node_modules/@acme/beleefd-config-strikt/strikt.yaml": "rules:\n  greeting: [error, { requireOfferHelp: always }]\n",
    "gesprek.txt": CALL,
  });

  it("beleefd-config-<naam>, @scope/beleefd-config en @scope/beleefd-config-<naam>, gevonden vanuit de map van het configbestand", async () => {
    const config = await configLoader(dir).forFile(join(dir, "gesprek.txt"));
    expect(config.rules.closing).toEqual({ severity: 1 });
    expect(config.rules["customer-hangs-up-first"]).toEqual({ severity: 2 });
    expect(config.settings.organization).toBe("Acme");
    expect(config.rules.greeting).toEqual({ severity: 2, options: { requireOfferHelp: "always" } });
    expect(config.files.at(-1)).toBe(join(dir, ".beleefdrc.json"));
  });

  it("een pakket dat er niet is: installeer-hint", async () => {
    const other = project({ ".beleefdrc.yaml": "extends: '@school/beleefd-config-les3'\n" });
    expect(await configProblems(configLoader(other).forFile(join(other, "a.txt")))).toEqual([
      ".beleefdrc.yaml: extends: gedeelde configuratie '@school/beleefd-config-les3' niet gevonden vanuit de map van dit bestand. Installeer hem met 'npm install --save-dev @school/beleefd-config-les3'.",
    ]);
  });

  it("een JavaScript-pakket laadt alleen vanuit de startmap, niet vanuit een submap", async () => {
    const js = project({
      "node_modules/beleefd-config-js/package.json": JSON.stringify({ name: "beleefd-config-js", type: "module", main: "index.js" }),
      "node_modules/beleefd-config-js/index.js": `import { writeFileSync } from "node:fs";\nwriteFileSync(new URL("./geladen", import.meta.url), "ja");\nexport default { rules: { closing: "off" } };\n`,
      "team/.beleefdrc.json": JSON.stringify({ extends: "beleefd-config-js" }),
    });
    const marker = join(js, "node_modules/beleefd-config-js/geladen");
    expect(await configProblems(configLoader(js).forFile(join(js, "team/a.txt")))).toEqual([
      expect.stringMatching(/^team\/\.beleefdrc\.json: extends: 'beleefd-config-js' wordt niet geladen/),
    ]);
    expect(existsSync(marker)).toBe(false);
    const trusted = await configLoader(join(js, "team")).forFile(join(js, "team/a.txt"));
    expect(trusted.rules.closing).toEqual({ severity: 0 });
    expect(existsSync(marker)).toBe(true);
  });

  it('"recommended" en een tikfout in een preset: Bedoelde je ...?', async () => {
    expect(await configProblems(resolveConfig({ extends: "recommended" }))).toEqual([
      "config: extends: onbekende configuratie 'recommended'. Bedoelde je 'beleefd:recommended'?",
    ]);
    expect(await configProblems(resolveConfig({ extends: ["beleefd:al"] }))).toEqual(["config: extends: onbekende configuratie 'beleefd:al'. Bedoelde je 'beleefd:all'?"]);
    const [unknown] = await configProblems(resolveConfig({ extends: "huisstijl" }));
    expect(unknown).toContain("een pakket beleefd-config-<naam>");
  });
});

describe("een notitie bij rules zonder extends", () => {
  it("één keer per configbestand, geen fout", async () => {
    const dir = project({ ".beleefdrc.json": JSON.stringify({ rules: { greeting: "warn" } }) });
    const notes: string[] = [];
    const configs = configLoader(dir, { onNote: (note) => notes.push(note) });
    await configs.forFile(join(dir, "a.txt"));
    await configs.forFile(join(dir, "sub/b.txt"));
    expect(notes).toEqual([
      '.beleefdrc.json heeft "rules" maar geen "extends": alleen de regels die het noemt staan aan. Schrijf "extends": "beleefd:recommended" om de aanbevolen regels erbij te nemen, of "extends": [] als dit zo bedoeld is.',
    ]);
  });

  it('niet met extends, ook niet met "extends": []', async () => {
    for (const config of [{ extends: "beleefd:recommended", rules: { greeting: "warn" } }, { extends: [], rules: { greeting: "warn" } }]) {
      const dir = project({ ".beleefdrc.json": JSON.stringify(config) });
      const notes: string[] = [];
      await configLoader(dir, { onNote: (note) => notes.push(note) }).forFile(join(dir, "a.txt"));
      expect(notes).toEqual([]);
    }
  });
});

describe(".beleefdrc zonder extensie", () => {
  it("als JSON en als YAML", async () => {
    const json = project({ ".beleefdrc": '{ "extends": "beleefd:recommended", "rules": { "closing": "off" } }\n' });
    const yaml = project({ ".beleefdrc": "extends: beleefd:recommended\nrules:\n  closing: warn\n" });
    expect(configLoader(json).nearestConfigFile(join(json, "map"))).toBe(join(json, ".beleefdrc"));
    expect((await configLoader(json).forFile(join(json, "a.txt"))).rules.closing).toEqual({ severity: 0 });
    expect((await configLoader(yaml).forFile(join(yaml, "a.txt"))).rules.closing).toEqual({ severity: 1 });
  });

  it("een kapotte .beleefdrc noemt het bestand", async () => {
    const dir = project({ ".beleefdrc": "rules:\n  closing: [warn\n" });
    const [problem] = await configProblems(configLoader(dir).forFile(join(dir, "a.txt")));
    expect(problem).toMatch(/^\.beleefdrc: ongeldige YAML op regel \d/);
  });
});
