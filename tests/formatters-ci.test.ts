// The CI formatters (sarif, junit, github) on sample results: golden files, the SARIF schema,
// the JUnit XML read back by a real XML parser, and GitHub's escaping.
// `UPDATE_GOLDEN=1 npx vitest run tests/formatters-ci.test.ts` rewrites the golden files (review the diff!).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { summarize } from "../src/engine/linter.js";
import { formatters } from "../src/formatters/all.js";
import { TOOL } from "../src/formatters/tool.js";
import { ciContext, ciResults } from "./support/ci-results.js";
import { sarifValidator } from "./support/sarif-schema.js";

const GOLDEN = resolve(import.meta.dirname, "../fixtures/expected/formatters");

/** Compares with a golden file; the tool's version is a placeholder there, so a release does not break it. */
function expectGolden(name: string, actual: string): void {
  const path = resolve(GOLDEN, name);
  const normalized = actual.replaceAll(`"${TOOL.version}"`, '"<versie>"');
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, normalized);
  expect(existsSync(path), `${path} ontbreekt: draai met UPDATE_GOLDEN=1`).toBe(true);
  expect(normalized).toBe(readFileSync(path, "utf8"));
}

describe("sarif", () => {
  const output = formatters.sarif(ciResults, ciContext);
  const log = JSON.parse(output);
  const run = log.runs[0];

  it("komt overeen met de gouden uitvoer", () => {
    expectGolden("sarif.json", output);
  });

  it("is geldig volgens het officiële SARIF 2.1.0-schema", () => {
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The validator does reject a broken log (a driver without a name, a column of 0).
    const broken = structuredClone(log);
    delete broken.runs[0].tool.driver.name;
    broken.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((error) => error.instancePath)).toEqual(
      expect.arrayContaining(["/runs/0/tool/driver", "/runs/0/results/0/locations/0/physicalLocation/region/startColumn"]),
    );
  });

  it("beschrijft elke regel die draaide of meldde, met ruleIndex naar de juiste regel", () => {
    const ids = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(ids).toEqual(["acme/geen-vakjargon", "closing", "greeting", "no-tutoyeren"]);
    for (const result of run.results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
  });

  it("neemt uitleg en hulp van de regelpagina over, en valt voor plugins terug op meta", () => {
    const [plugin, , greeting] = run.tool.driver.rules;
    expect(greeting.shortDescription.text).toBe("Open het gesprek met een begroeting, je naam en de organisatie.");
    expect(greeting.fullDescription.text).toBe("De eerste beurten van de medewerker moeten een begroeting en je naam bevatten.");
    expect(greeting.help.markdown).toContain("## Goed\n\n```txt\nAgent: Goedemiddag, Sigrid van Enerva.\n```");
    expect(greeting.helpUri).toBe(`${TOOL.informationUri}/blob/main/rules/greeting.md`);
    expect(greeting.defaultConfiguration).toEqual({ level: "error" });
    expect(plugin.helpUri).toBe("https://acme.example/regels/geen-vakjargon");
    expect(plugin.help.text).toBe("Geen vakjargon tegen klanten.");
    expect(plugin.defaultConfiguration).toEqual({ level: "warning" });
  });

  it("geeft plaatsen relatief aan %SRCROOT% met voorwaartse schuine strepen", () => {
    const [first, ...rest] = run.results;
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "gesprekken/klachten.txt", uriBaseId: "%SRCROOT%", index: 0 },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 6 },
    });
    expect(rest.at(-1).locations[0].physicalLocation.artifactLocation.uri).toBe("scripts/100%25%20klant%2C%20zakelijk%3A%20%3Cscript%3E.md");
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toBe("file:///project/");
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toContain("file:///elders/kapot.txt");
  });

  it("meldt onleesbare bestanden en vastgelopen regels als notificaties, niet als resultaten", () => {
    expect(run.results.every((r: { ruleId?: string }) => r.ruleId)).toBe(true);
    expect(run.results).toHaveLength(4);
    const notifications = run.invocations[0].toolExecutionNotifications;
    expect(notifications.map((n: { message: { text: string } }) => n.message.text)).toEqual([
      "Overbodige beleefd-disable-opmerking: werd hier niets gemeld.",
      'De regel "closing" liep vast op dit bestand: kapot',
      "Dit bestand is geen geldige UTF-8.",
    ]);
    expect(notifications[1].associatedRule).toEqual({ id: "closing", index: 1 });
    expect(run.invocations[0].executionSuccessful).toBe(false);
  });

  it("windows-paden worden file-URI's", () => {
    const windows = formatters.sarif([summarize("C:\\werk\\gesprek.txt", [])], { ...ciContext, cwd: "C:\\project" });
    const parsed = JSON.parse(windows).runs[0];
    expect(parsed.artifacts[0].location).toEqual({ uri: "file:///C:/werk/gesprek.txt" });
    expect(parsed.originalUriBaseIds["%SRCROOT%"].uri).toBe("file:///C:/project/");
  });
});

describe("junit", () => {
  const output = formatters.junit(ciResults, ciContext);
  const parser = new XMLParser({ ignoreAttributes: false, htmlEntities: true, attributeNamePrefix: "", textNodeName: "text", isArray: (name) => ["testsuite", "testcase"].includes(name) });
  const parsed = parser.parse(output);
  const suites = parsed.testsuites.testsuite as Array<Record<string, any>>;

  it("komt overeen met de gouden uitvoer", () => {
    expectGolden("junit.xml", output);
  });

  it("is welgevormde XML 1.0 zonder verboden tekens", () => {
    expect(output.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(XMLValidator.validate(output)).toBe(true);
    expect(output).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it("heeft per bestand een testsuite en per regel die draaide een testcase", () => {
    expect(suites.map((s) => s.name)).toEqual([
      "gesprekken/klachten.txt",
      "scripts/100% klant, zakelijk: <script>.md",
      "scripts/goed.md",
      "scripts/vastgelopen.txt",
      "/elders/kapot.txt",
    ]);
    const klachten = suites[0]!;
    expect(klachten.testcase.map((c: { name: string }) => c.name)).toEqual(["(bestand)", "closing", "greeting", "no-tutoyeren"]);
    expect(klachten.testcase.every((c: { classname: string }) => c.classname === "gesprekken/klachten.txt")).toBe(true);
    expect(suites[2]!.testcase.map((c: { name: string; failure?: unknown }) => [c.name, c.failure])).toEqual([
      ["closing", undefined],
      ["greeting", undefined],
    ]);
  });

  it("telt tests, failures en errors per testsuite en in totaal", () => {
    const counts = suites.map((s) => [s.tests, s.failures, s.errors].map(Number));
    expect(counts).toEqual([[4, 3, 0], [2, 1, 0], [2, 0, 0], [2, 0, 1], [1, 0, 1]]);
    expect([parsed.testsuites.tests, parsed.testsuites.failures, parsed.testsuites.errors].map(Number)).toEqual([11, 4, 2]);
  });

  it("zet alle meldingen van een regel met plaats in één failure", () => {
    const greeting = suites[0]!.testcase.find((c: { name: string }) => c.name === "greeting");
    expect(greeting.failure.type).toBe("fout");
    expect(greeting.failure.message).toBe("2 meldingen, de eerste op regel 1: Je begroeting is te informeel: 'Hoi'.");
    expect(greeting.failure.text.split("\n")).toEqual([
      "gesprekken/klachten.txt:1:1: fout: Je begroeting is te informeel: 'Hoi'. (greeting)",
      "gesprekken/klachten.txt:1:8: fout: Je noemt de organisatie niet. Bijvoorbeeld: 'Goedemiddag, u spreekt met Sigrid van Enerva.' (greeting)",
    ]);
  });

  it("geeft onleesbare bestanden en vastgelopen regels als error", () => {
    expect(suites[4]!.testcase[0]).toMatchObject({ name: "(bestand)", error: { message: "Dit bestand is geen geldige UTF-8." } });
    expect(suites[3]!.testcase.find((c: { name: string }) => c.name === "closing").error.text).toContain("vastgelopen.txt:1:1: fout:");
  });

  it("ontsnapt tekst en attributen zodat ze ongeschonden terugkomen", () => {
    const testCase = suites[1]!.testcase.find((c: { name: string }) => c.name === "acme/geen-vakjargon");
    expect(testCase.classname).toBe("scripts/100% klant, zakelijk: <script>.md");
    expect(testCase.failure.message).toBe('Vakjargon "<script>alert(1)</script>" & 50% korting\r\nzeg het eenvoudiger; teken \uFFFD weg.');
    expect(testCase.failure.text).toContain('Vakjargon "<script>alert(1)</script>" & 50% korting zeg het eenvoudiger');
  });
});

describe("github", () => {
  const output = formatters.github(ciResults, ciContext);

  it("komt overeen met de gouden uitvoer", () => {
    expectGolden("github.txt", output);
  });

  it("geeft één workflow-opdracht per melding, fouten als error en waarschuwingen als warning", () => {
    const lines = output.trimEnd().split("\n");
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe(
      "::error file=gesprekken/klachten.txt,line=1,col=1,endLine=1,endColumn=6,title=beleefd (greeting)::Je begroeting is te informeel: 'Hoi'.",
    );
    expect(lines.filter((l) => l.startsWith("::warning "))).toHaveLength(3);
  });

  it("ontsnapt %, regeleinden en in eigenschappen ook : en ,; andere stuurtekens worden zichtbaar", () => {
    const line = output.split("\n").find((l) => l.includes("acme"))!;
    expect(line).toBe(
      "::warning file=scripts/100%25 klant%2C zakelijk%3A <script>.md,line=3,col=2,endLine=3,endColumn=9,title=beleefd (acme/geen-vakjargon)::" +
        'Vakjargon "<script>alert(1)</script>" & 50%25 korting%0D%0Azeg het eenvoudiger; teken \\x07 weg.',
    );
  });

  it("geeft een eindkolom alleen als het einde op dezelfde regel ligt", () => {
    expect(output).toContain("::warning file=gesprekken/klachten.txt,line=12,col=15,endLine=13,title=beleefd (no-tutoyeren)::");
  });

  it("geeft niets uit zonder problemen", () => {
    expect(formatters.github([summarize("/project/a.txt", [])], ciContext)).toBe("");
  });
});
