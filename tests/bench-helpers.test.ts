// The bench's inputs and reference are what its report says they are: a corpus of the given size
// that is the same on every machine, a multi-call file of calls between `===` lines, and a naive
// script that finds the informal words on letter boundaries in every .txt file.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureCorpus, writeCorpus, writeMultiCallFile } from "../bench/corpus.mjs";
import { naiveLint } from "../bench/naive.mjs";
import { lint } from "../src/index.js";

const temp = mkdtempSync(join(tmpdir(), "beleefd-bench-hulp-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const filesBelow = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesBelow(join(dir, entry.name)) : [join(dir, entry.name)]));

describe("het corpus", () => {
  it("schrijft het gevraagde aantal transcripten in deelmappen, elke keer dezelfde bytes", () => {
    const bytes = writeCorpus(join(temp, "a"), { count: 30, perFolder: 12 });
    writeCorpus(join(temp, "b"), { count: 30, perFolder: 12 });
    const files = filesBelow(join(temp, "a"));
    expect(files).toHaveLength(30);
    expect(readdirSync(join(temp, "a")).sort()).toEqual(["deel-1", "deel-2", "deel-3"]);
    expect(files.reduce((sum, file) => sum + statSync(file).size, 0)).toBe(bytes);
    for (const file of files) expect(readFileSync(file, "utf8")).toBe(readFileSync(file.replace(join(temp, "a"), join(temp, "b")), "utf8"));
  });

  it("bevat gesprekken die de klant met u aanspreken en gesprekken die tutoyeren", async () => {
    writeCorpus(join(temp, "mix"), { count: 20, perFolder: 20 });
    const results = await Promise.all(filesBelow(join(temp, "mix")).map(async (file) => lint(readFileSync(file, "utf8"), { filePath: file })));
    const tutoyeert = results.map((result) => result.messages.some((m) => m.ruleId === "no-tutoyeren"));
    expect(results.every((result) => result.fatalErrorCount === 0)).toBe(true);
    expect(tutoyeert.filter(Boolean).length).toBeGreaterThan(0);
    expect(tutoyeert.filter((t) => !t).length).toBeGreaterThan(0);
  });

  it("hergebruikt een corpus met dezelfde instellingen en maakt het opnieuw bij andere", () => {
    const dir = join(temp, "eenmalig");
    expect(ensureCorpus(dir, { count: 5 }).reused).toBe(false);
    expect(ensureCorpus(dir, { count: 5 })).toMatchObject({ reused: true });
    expect(ensureCorpus(dir, { count: 6 }).reused).toBe(false);
    expect(filesBelow(dir).filter((file) => file.endsWith(".txt"))).toHaveLength(6);
  });
});

describe("het bestand met veel gesprekken", () => {
  it("zet gesprekken zonder front matter tussen ===-regels tot de gevraagde grootte", async () => {
    const path = join(temp, "dag.txt");
    const { bytes, calls } = writeMultiCallFile(path, 60_000);
    const text = readFileSync(path, "utf8");
    expect(bytes).toBeGreaterThanOrEqual(60_000);
    expect(statSync(path).size).toBe(bytes);
    expect(text.split("\n").filter((line) => line === "===")).toHaveLength(calls - 1);
    expect(text).not.toMatch(/^---$/m);
    const result = await lint(text, { filePath: path });
    expect(result.fatalErrorCount).toBe(0);
    expect(result.messages.length).toBeGreaterThan(0);
  });
});

describe("het naïeve script", () => {
  it("vindt je, jij, jou en jouw als heel woord, ook naast é, in alle .txt-bestanden", () => {
    const dir = join(temp, "naief");
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(join(dir, "b.txt"), "Agent: Heb je jouw pas? Majestueus, jeugd.\nKlant: Jij ook, café-jou.\n");
    writeFileSync(join(dir, "sub", "a.txt"), "Agent: Kunt u even wachten?\n");
    writeFileSync(join(dir, "c.md"), "**Agent:** Heb je even?\n");
    const results = naiveLint([dir]);
    expect(results.map((r) => r.filePath)).toEqual([join(dir, "b.txt"), join(dir, "sub", "a.txt")]);
    const text = readFileSync(join(dir, "b.txt"), "utf8");
    expect(results[0]!.hits.map((at) => /^\p{L}+/u.exec(text.slice(at))?.[0])).toEqual(["je", "jouw", "Jij", "jou"]);
    expect(results[1]!.hits).toEqual([]);
  });
});
