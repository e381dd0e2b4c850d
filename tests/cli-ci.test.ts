// The CI side of the command line, end to end on the built dist/cli.js: --format sarif|junit|github
// with real rules and doc pages, --output-file, and --explain.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { ROOT, ensureBuilt } from "./support/build.js";
import { runCli } from "./support/cli.js";
import { sarifValidator } from "./support/sarif-schema.js";

const FIXTURES = join(ROOT, "fixtures/cli");
const EXAMPLES = ["fixtures/examples/transcripts", "fixtures/examples/scripts"];
let temp: string;

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "beleefd-cli-ci-"));
}, 60_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function beleefd(args: string[], cwd = FIXTURES, env: Record<string, string> = {}) {
  const run = runCli(args, { cwd, env });
  expect(run.stderr, "geen stacktrace").not.toMatch(/^\s+at /m);
  return run;
}

/** A project with the demo plugin installed in its node_modules, as npm would. */
function pluginProject(): string {
  const dir = join(temp, "plugin-project");
  if (!existsSync(dir)) {
    cpSync(join(ROOT, "fixtures/config/plugins"), dir, { recursive: true });
    cpSync(join(ROOT, "fixtures/config/plugin-demo"), join(dir, "node_modules/beleefd-plugin-demo"), { recursive: true });
  }
  return dir;
}

describe("--format sarif", () => {
  it("geeft voor de voorbeelden een geldig SARIF-log met elke regel en haar pagina", () => {
    const run = beleefd(["--format", "sarif", ...EXAMPLES], ROOT);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string; help: { markdown: string }; helpUri: string }>;
    expect(rules.map((r) => r.id)).toEqual(Object.keys(builtinRules).filter((id) => builtinRules[id]!.meta.docs.recommended).sort());
    for (const rule of rules) {
      expect(rule.help.markdown).toContain("## Waarom");
      expect(rule.helpUri).toMatch(new RegExp(`/rules/${rule.id}\\.md$`));
    }
    expect(log.runs[0].results.length).toBeGreaterThan(10);
    expect(log.runs[0].artifacts[0].location).toEqual({ uri: "fixtures/examples/scripts/bank-fraudecheck-outbound.md", uriBaseId: "%SRCROOT%" });
  });

  it("beschrijft plugin-regels met wat hun meta zegt", () => {
    const log = JSON.parse(beleefd(["--format", "sarif", "gesprek.txt"], pluginProject()).stdout);
    const plugin = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === "demo/no-hallo");
    expect(plugin).toEqual({
      id: "demo/no-hallo",
      name: "DemoNoHallo",
      shortDescription: { text: "Begin niet met 'hallo'." },
      fullDescription: { text: "Begin niet met 'hallo'." },
      help: { text: "Begin niet met 'hallo'." },
      defaultConfiguration: { level: "warning" },
    });
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain("demo/no-hallo");
  });
});

describe("--format junit", () => {
  it("heeft per bestand een testcase voor elke regel die aan staat, en een error voor kapotte invoer", () => {
    const run = beleefd(["--format", "junit", "."]);
    expect(run.code).toBe(2);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["testsuite", "testcase"].includes(name) }).parse(run.stdout);
    const suites = parsed.testsuites.testsuite as Array<{ name: string; testcase: Array<{ name: string; failure?: unknown; error?: unknown }> }>;
    const byName = Object.fromEntries(suites.map((s) => [s.name, s.testcase]));
    // fixtures/cli/.beleefdrc.json turns on customer-hangs-up-first only.
    expect(byName["goed.txt"]).toEqual([{ classname: "goed.txt", name: "customer-hangs-up-first" }]);
    expect(byName["agent-hangt-op.txt"]![0]!.failure).toBeDefined();
    expect(byName["kapotte-front-matter.txt"]!.map((c) => [c.name, Boolean(c.error)])).toEqual([["(bestand)", true]]);
  });

  it("een bestand dat ignorePatterns overslaat heeft alleen de testcase (bestand)", () => {
    const run = beleefd(["-f", "junit", "team/concepten/gesprek.txt", "team/avond/gesprek.txt"], join(ROOT, "fixtures/config/nested"));
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "testcase" });
    const suites = parser.parse(run.stdout).testsuites.testsuite as Array<{ name: string; testcase: Array<{ name: string }> }>;
    expect(suites.map((s) => s.name)).toEqual(["team/avond/gesprek.txt", "team/concepten/gesprek.txt"]);
    // The nested configs turn greeting on and closing off.
    const ran = suites[0]!.testcase.map((c) => c.name);
    expect(ran).toContain("greeting");
    expect(ran).not.toContain("closing");
    expect(suites[1]!.testcase.map((c) => c.name)).toEqual(["(bestand)"]);
  });
});

describe("--format github", () => {
  it("geeft workflow-opdrachten met paden relatief aan de werkmap", () => {
    const run = beleefd(["--format", "github", "agent-hangt-op.txt", "script.md"]);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^::error file=agent-hangt-op\.txt,line=4,col=1,endLine=4,endColumn=18,title=beleefd \(customer-hangs-up-first\)::Je verbreekt zelf/),
      expect.stringMatching(/^::error file=script\.md,line=9,col=1,.*::Je verbreekt zelf/),
    ]);
  });
});

describe("--output-file", () => {
  it("schrijft de uitvoer naar het bestand, maakt de map aan en toont niets", () => {
    const target = join(temp, "rapporten/ci/beleefd.sarif");
    const run = beleefd(["-f", "sarif", "--output-file", target, "agent-hangt-op.txt"]);
    expect(run).toEqual({ code: 1, stdout: "", stderr: "" });
    expect(readFileSync(target, "utf8")).toBe(beleefd(["-f", "sarif", "agent-hangt-op.txt"]).stdout);
  });

  it("schrijft ook zonder problemen (een leeg rapport), zodat er geen oud rapport blijft staan", () => {
    const target = join(temp, "leeg.txt");
    writeFileSync(target, "oud rapport\n");
    expect(beleefd(["-o", target, "goed.txt"])).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(target, "utf8")).toBe("");
  });

  it("zet geen kleuren in het bestand, ook niet met FORCE_COLOR", () => {
    const target = join(temp, "kleur.txt");
    beleefd(["-o", target, "agent-hangt-op.txt"], FIXTURES, { FORCE_COLOR: "1" });
    expect(readFileSync(target, "utf8")).not.toContain("\u001b[");
    expect(readFileSync(target, "utf8")).toContain("agent-hangt-op.txt");
  });

  it("weigert een map, met exitcode 2", () => {
    const run = beleefd(["-o", temp, "goed.txt"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`beleefd: --output-file '${temp}' is een map; geef een bestandsnaam, bijv. '${join(temp, "beleefd.sarif")}'.\n`);
  });

  it("overschrijft nooit een bestand dat gecontroleerd wordt", () => {
    const dir = join(temp, "eigen");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "gesprek.txt");
    const text = readFileSync(join(FIXTURES, "agent-hangt-op.txt"), "utf8");
    writeFileSync(file, text);
    const run = beleefd(["-o", "gesprek.txt", "gesprek.txt"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--output-file 'gesprek.txt' is een bestand dat beleefd controleert");
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("meldt in het Nederlands als het pad niet te schrijven is", () => {
    const blocker = join(temp, "geen-map");
    writeFileSync(blocker, "");
    const run = beleefd(["-o", join(blocker, "rapport.xml"), "goed.txt"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`beleefd: Kan de uitvoer niet schrijven naar '${join(blocker, "rapport.xml")}': een deel van het pad is een bestand, geen map.\n`);
  });
});

describe("--explain", () => {
  it("toont de Nederlandse pagina van een regel, leesbaar en zonder kleur in een pijp", () => {
    const run = beleefd(["--explain", "closing"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("closing");
    expect(lines).toContain("Wat controleert deze regel?");
    expect(lines).toContain("Waarom");
    expect(lines).toContain("    Agent: Dan bedankt voor uw telefoontje en nog een fijne dag!");
    expect(run.stdout).toContain("  - de vraag of de klant nog andere vragen heeft (noFurtherQuestions):");
    expect(run.stdout).toMatch(/Meer: https:\/\/\S+\/rules\/closing\.md\n$/);
    expect(run.stdout).not.toContain("\u001b[");
    expect(run.stdout).not.toContain("**");
    // Prose is wrapped to 80 columns; only example lines keep their own length.
    const prose = lines.filter((line) => !line.startsWith("    ") && !line.startsWith("Meer: "));
    expect(Math.max(...prose.map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it("kleurt de koppen met --color", () => {
    expect(beleefd(["--explain", "greeting", "--color"]).stdout).toContain("\u001b[1m\u001b[4mWaarom\u001b[24m\u001b[22m");
  });

  it("stelt bij een tikfout een regel voor, met exitcode 2", () => {
    const run = beleefd(["--explain", "gretting"]);
    expect(run).toEqual({ code: 2, stdout: "", stderr: "beleefd: Onbekende regel 'gretting'. Bedoelde je 'greeting'?\n" });
  });

  it("noemt alle regels als er geen lijkt", () => {
    const run = beleefd(["--explain", "wachtmuziek"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("beleefd: Onbekende regel 'wachtmuziek'. De regels zijn: ");
    for (const id of Object.keys(builtinRules)) expect(run.stderr).toContain(id);
  });

  it("toont voor een plugin-regel wat haar meta zegt", () => {
    const run = beleefd(["--explain", "demo/no-hallo"], pluginProject());
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "demo/no-hallo",
        "Begin niet met 'hallo'.",
        "",
        "Over deze regel",
        "  - Soort: suggestie",
        "  - Aanbevolen: nee",
        "",
        "Meldingen",
        "  - hallo: Je begroet de klant met 'hallo'. Zeg liever: 'Goedemiddag, u spreekt",
        "    met ...'.",
        "",
      ].join("\n"),
    );
  });
});
