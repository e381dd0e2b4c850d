// `beleefd grade` and the html format end to end, through the built CLI.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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
    // zoe-claes.txt cannot be graded: the run says so with exit code 1.
    expect(run.code, run.stderr).toBe(1);
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
    const klas = join(temp, "klas-opnieuw");
    cpSync("fixtures/klas", klas, { recursive: true });
    writeFileSync(join(klas, "vertrokken-student.md"), "---\nstudent: Vertrokken Student\n---\n**Agent:** Goedemiddag, u spreekt met Kim van Enerva.\n");
    expect(beleefd("grade", klas, "--out", out).code).toBe(1);
    expect(existsSync(join(out, "vertrokken-student.html"))).toBe(true);
    rmSync(join(klas, "vertrokken-student.md"));
    expect(beleefd("grade", klas, "--out", out).code).toBe(1);
    expect(existsSync(join(out, "vertrokken-student.html"))).toBe(false);
    expect(existsSync(join(out, "sanne-de-vries.html"))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, ".beleefd-grade.json"), "utf8")).files).toContain("sanne-de-vries.html");
  });

  it("laat bij opnieuw beoordelen de eigen bestanden en mappen van de docent staan", () => {
    const out = join(temp, "met-eigen-werk");
    expect(beleefd("grade", "fixtures/klas", "--out", out).code).toBe(1);
    writeFileSync(join(out, "aantekeningen-docent.html"), "<p>mijn aantekeningen</p>");
    writeFileSync(join(out, "cijfers-2024-periode1.csv"), "oud;cijfer\r\n");
    mkdirSync(join(out, "archief.html"));
    writeFileSync(join(out, "archief.html", "periode1.html"), "<p>archief</p>");
    const run = beleefd("grade", "fixtures/klas", "--out", out);
    expect(run.code, run.stderr).toBe(1);
    expect(readFileSync(join(out, "aantekeningen-docent.html"), "utf8")).toBe("<p>mijn aantekeningen</p>");
    expect(readFileSync(join(out, "cijfers-2024-periode1.csv"), "utf8")).toBe("oud;cijfer\r\n");
    expect(readFileSync(join(out, "archief.html", "periode1.html"), "utf8")).toBe("<p>archief</p>");
    expect(readFileSync(join(out, "cijfers.csv"), "utf8")).toContain("Sanne de Vries;100;10,0;ja;");
    expect(readdirSync(temp).filter((name) => name.includes("beleefd-"))).toEqual([]);
  });

  it("slaagt na een afgebroken run, waar die ook stopte", () => {
    const out = join(temp, "afgebroken");
    expect(beleefd("grade", "fixtures/klas", "--out", out).code).toBe(1);
    const before = readFileSync(join(out, "cijfers.csv"), "utf8");
    // Killed while writing the new folder: the old output is still in place.
    mkdirSync(join(temp, ".afgebroken.beleefd-nieuw"));
    writeFileSync(join(temp, ".afgebroken.beleefd-nieuw", ".beleefd-grade.json"), JSON.stringify({ beleefd: "grade", files: ["cijfers.csv"] }));
    writeFileSync(join(temp, ".afgebroken.beleefd-nieuw", "cijfers.csv"), "half");
    expect(readFileSync(join(out, "cijfers.csv"), "utf8")).toBe(before);
    expect(beleefd("grade", "fixtures/klas", "--out", out).code).toBe(1);
    expect(readFileSync(join(out, "cijfers.csv"), "utf8")).toBe(before);
    // Killed between the two renames of the swap: the old output waits beside it and comes back.
    renameSync(out, join(temp, ".afgebroken.beleefd-oud"));
    const run = beleefd("grade", "fixtures/klas", "--out", out);
    expect(run.code, run.stderr).toBe(1);
    expect(readFileSync(join(out, "cijfers.csv"), "utf8")).toBe(before);
    expect(readdirSync(temp).filter((name) => name.startsWith(".afgebroken"))).toEqual([]);
  });

  it("geeft een klasbestand dat beleefd niet kan lezen geen cijfer", () => {
    const klas = join(temp, "klas-kees");
    mkdirSync(klas);
    writeFileSync(join(klas, "kees.txt"), "Kees: Hoi, met Kees. Wat kan ik voor je doen?\nMevrouw De Vries: Goedemiddag, ik bel over mijn rekening.\nKees: Oké, ik regel het voor je. Doei!\n");
    const out = join(temp, "kees-uit");
    const run = beleefd("grade", klas, "--out", out);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("1 scripts beoordeeld: 0 voldoende, 0 onvoldoende, 1 niet te beoordelen.");
    expect(run.stderr).toContain("kees.txt: niet te beoordelen: beleefd herkent in dit gesprek geen beurt van de agent");
    const row = readFileSync(join(out, "cijfers.csv"), "utf8").split("\r\n")[1]!;
    expect(row).toMatch(/kees\.txt;kees;;;nee;/);
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
    expect(forced.code).toBe(1);
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
    expect(beleefd("grade", "fixtures/klas", "--out", out, "--no-decimal-comma").code).toBe(1);
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
