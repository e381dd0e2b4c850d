// `beleefd grade` and the html format end to end, through the built CLI.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, ensureBuilt } from "./support/build.js";
import { runCli } from "./support/cli.js";

let temp: string;
beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "beleefd-grade-"));
}, 60_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function beleefd(...args: string[]) {
  return runCli(args, { cwd: ROOT, env: { NO_COLOR: "1" } });
}

describe("beleefd grade", () => {
  it("beoordeelt de voorbeeldklas: cijfers.csv, overzicht.html en een pagina per student", () => {
    const out = join(temp, "beoordeling");
    const run = beleefd("grade", "fixtures/klas", "--out", out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^11 scripts beoordeeld: \d+ voldoende, \d+ onvoldoende, 1 niet te beoordelen\./);
    expect(run.stderr).toContain("fixtures/klas/zoe-claes.txt: niet te beoordelen: De front matter");
    const files = readdirSync(out);
    expect(files).toContain("cijfers.csv");
    expect(files).toContain("overzicht.html");
    expect(files).toContain("ahmed-yilmaz.html");
    expect(files.filter((f) => f.endsWith(".html"))).toHaveLength(12);
    const overview = readFileSync(join(out, "overzicht.html"), "utf8");
    expect(overview).toContain('<a href="sanne-de-vries.html">Sanne de Vries</a>');
  });

  it("schrijft opnieuw in een eerdere uitvoermap en ruimt oude pagina's op", () => {
    const out = join(temp, "opnieuw");
    expect(beleefd("grade", "fixtures/klas", "--out", out).code).toBe(0);
    writeFileSync(join(out, "vertrokken-student.html"), "<p>oud</p>");
    expect(beleefd("grade", "fixtures/klas", "--out", out).code).toBe(0);
    expect(existsSync(join(out, "vertrokken-student.html"))).toBe(false);
    expect(existsSync(join(out, "sanne-de-vries.html"))).toBe(true);
  });

  it("weigert een map met ander werk erin, tenzij --force", () => {
    const out = join(temp, "eigen-werk");
    mkdirSync(out);
    writeFileSync(join(out, "aantekeningen.docx"), "mijn aantekeningen");
    const refused = beleefd("grade", "fixtures/klas", "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("is niet leeg en lijkt niet op een eerdere beoordeling");
    expect(readdirSync(out)).toEqual(["aantekeningen.docx"]);
    const forced = beleefd("grade", "fixtures/klas", "--out", out, "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, "aantekeningen.docx"), "utf8")).toBe("mijn aantekeningen");
    expect(existsSync(join(out, "cijfers.csv"))).toBe(true);
  });

  it("meldt een fout in de rubric met bestand en pad, en een ontbrekende map", () => {
    const klas = join(temp, "klas-met-fout");
    mkdirSync(klas);
    writeFileSync(join(klas, ".beleefdrc.json"), JSON.stringify({ extends: "beleefd:recommended", rubric: { criteria: { greting: { points: 5 } } } }));
    writeFileSync(join(klas, "a.txt"), "Agent: Goedemiddag, u spreekt met Kim van Enerva.\n");
    const run = beleefd("grade", klas, "--out", join(temp, "niet-gemaakt"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/configuratiefout: .*\.beleefdrc\.json: rubric\.criteria\.greting: onbekende regel 'greting'\. Bedoelde je 'greeting'\?/);
    expect(existsSync(join(temp, "niet-gemaakt"))).toBe(false);
    const missing = beleefd("grade", "bestaat-niet");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("de map 'bestaat-niet' bestaat niet");
  });

  it("schrijft de cijfers met --no-decimal-comma met een punt", () => {
    const out = join(temp, "punt");
    expect(beleefd("grade", "fixtures/klas", "--out", out, "--no-decimal-comma").code).toBe(0);
    expect(readFileSync(join(out, "cijfers.csv"), "utf8")).toContain("Sanne de Vries;100;10.0;ja;");
  });
});

describe("--format html en --format grade", () => {
  it("geeft één HTML-pagina met de tekst van elk bestand", () => {
    const run = beleefd("--format", "html", "fixtures/klas/daan-bos.md", "fixtures/klas/sanne-de-vries.md");
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(run.stdout).toContain("<h2 id=\"bestand-1-h\">fixtures/klas/daan-bos.md</h2>");
    expect(run.stdout).toContain("<strong>Waarom:</strong>");
  });

  it("drukt de cijferlijst af met de rubric uit de configuratie", () => {
    const run = beleefd("--format", "grade", "fixtures/klas");
    expect(run.stdout).toMatch(/Fleur Smit +fixtures\/klas\/fleur-smit\.txt +70 +5,4 +onvoldoende +knock-out: Klant hangt eerst op/);
    expect(run.stdout).toContain("11 scripts, 7 voldoende (vanaf 5,5).");
  });
});
