// The example plugin in examples/plugin/, installed into a project as npm would, loaded through
// that project's config, and run on a transcript and a script.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintFiles } from "../src/files.js";
import { ensureBuilt, ROOT } from "./support/build.js";

const RULE = "acme/reference-before-goodbye";
const project = mkdtempSync(join(tmpdir(), "beleefd-acme-"));

const storing = `Agent: Goedemiddag, u spreekt met Sanne van Energie Zuid. Waarmee kan ik u helpen?
Klant: Goedemiddag, met mevrouw Bakker. Mijn stroom is sinds vanochtend uitgevallen.
Agent: Wat vervelend voor u, mevrouw Bakker. Ik heb een storingsmelding gemaakt; de monteur komt morgen tussen acht en twaalf.
Klant: Fijn, dank u wel.
Agent: Kan ik verder nog iets voor u doen?
Klant: Nee, dat was het.
Agent: Bedankt voor het bellen. Nog een fijne dag, mevrouw Bakker. Tot ziens.
Klant: Dag.
[klant hangt op]
`;

const script = `---
richting: inbound
organisatie: Energie Zuid
---

# Storing melden

## Afsluiting

- **Agent:** Bedankt voor het bellen, {naam}. Nog een fijne dag!
`;

beforeAll(() => {
  // dist/rule.js is what "beleefd/rule" resolves to.
  ensureBuilt();
  mkdirSync(join(project, "node_modules"));
  cpSync(join(ROOT, "examples/plugin"), join(project, "node_modules/beleefd-plugin-acme"), { recursive: true });
  symlinkSync(ROOT, join(project, "node_modules/beleefd"), "dir");
  writeFileSync(join(project, ".beleefdrc.json"), JSON.stringify({ plugins: ["beleefd-plugin-acme"], rules: { [RULE]: "warn" } }));
  writeFileSync(join(project, "storing.txt"), storing);
  writeFileSync(join(project, "storing-met-nummer.txt"), storing.replace("tussen acht en twaalf.", "tussen acht en twaalf. Uw dossiernummer is ST-48213."));
  writeFileSync(join(project, "storing.md"), script);
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("the example plugin", () => {
  it("reports a farewell without a case number, at the farewell, and accepts a call that gives one", async () => {
    const results = await lintFiles(["storing.txt", "storing-met-nummer.txt"], { cwd: project });
    const found = Object.fromEntries(
      results.map((result) => [basename(result.filePath), result.messages.filter((m) => m.ruleId === RULE).map((m) => [m.line, m.column, m.severity, m.message])]),
    );
    expect(found).toEqual({
      "storing.txt": [
        [
          7,
          33,
          1,
          "Je neemt afscheid zonder de klant een dossiernummer te geven. Met dat nummer hoeft de klant zijn verhaal niet opnieuw te doen als hij terugbelt. Bijvoorbeeld: 'Uw dossiernummer is {dossiernummer}.'",
        ],
      ],
      "storing-met-nummer.txt": [],
    });
  });

  it("puts the case number before the farewell when fixing a script", async () => {
    const [result] = await lintFiles(["storing.md"], { cwd: project, fix: true });
    expect(result!.output).toContain("- **Agent:** Bedankt voor het bellen, {naam}. Uw dossiernummer is {dossiernummer}. Nog een fijne dag!\n");
  });

  it("takes its reference words from the rule's options", async () => {
    writeFileSync(join(project, ".beleefdrc.json"), JSON.stringify({ plugins: ["beleefd-plugin-acme"], rules: { [RULE]: ["warn", { words: ["klantnummer"] }] } }));
    const [result] = await lintFiles(["storing.txt"], { cwd: project });
    expect(result!.messages.find((m) => m.ruleId === RULE)?.message).toContain("'Uw klantnummer is {klantnummer}.'");
  });
});
