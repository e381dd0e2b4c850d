// English calls through the built CLI: every input format and every output format carries the
// English wording, and a Dutch run never loads compromise (the English pack's grammar).
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI, ensureBuilt, ROOT } from "./support/build.js";

const FIXTURES = join(ROOT, "fixtures", "lang-en");

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => ensureBuilt());

describe("Engelse gesprekken in elk invoerformaat", () => {
  const expected: Record<string, string[]> = {
    "broadband-no-signal.txt": ["greeting", "show-empathy", "summarize-before-offer", "no-informal-phrases", "hold-ask-permission", "hold-return-name-thanks", "closing", "customer-hangs-up-first"],
    "boiler-repair-script.md": ["closing"],
    "parcel-late.vtt": ["no-informal-phrases", "max-silence", "closing"],
    "parcel-late.srt": ["no-informal-phrases", "max-silence", "closing"],
    "card-blocked.json": ["show-empathy", "summarize-before-offer", "closing"],
  };
  for (const [file, rules] of Object.entries(expected)) {
    it(`${file}: de regels die horen te melden, in het Engels`, () => {
      const { stdout } = run(join(FIXTURES, file), "--format", "json");
      const [result] = JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
      expect(result!.messages.filter((m) => m.ruleId === null)).toEqual([]);
      expect([...new Set(result!.messages.map((m) => m.ruleId))].sort()).toEqual([...rules].sort());
      // English wording throughout: no message starts with the Dutch "Je " or "De klant".
      for (const m of result!.messages) expect(m.message).not.toMatch(/^(?:Je |De klant|Het gesprek)/);
    });
  }
});

describe("Engelse meldingen in elk uitvoerformaat", () => {
  const file = join(FIXTURES, "broadband-no-signal.txt");
  const phrase = "You put the customer on hold without asking first.";
  for (const format of ["stylish", "compact", "json", "sarif", "junit", "html"]) {
    it(format, () => {
      const { stdout, status } = run(file, "--format", format);
      expect(status).toBe(1);
      expect(stdout).toContain(format === "html" ? "You put the customer on hold without asking first." : phrase);
    });
  }

  it("--explain toont de Engelse pagina bij settings.language en, en de Nederlandse zonder", () => {
    const dir = join(FIXTURES, "config-en");
    const english = execFileSync(process.execPath, [CLI, "--explain", "closing"], { cwd: dir, encoding: "utf8" });
    expect(english).toContain("What it checks");
    expect(english).toContain("Is there anything else I can help you with?");
    const dutch = execFileSync(process.execPath, [CLI, "--explain", "closing"], { cwd: ROOT, encoding: "utf8" });
    expect(dutch).toContain("Wat controleert deze regel?");
  });
});

describe("opstarten van een Nederlandse run", () => {
  it("laadt compromise niet: alleen een dynamische import leidt naar het Engelse pakket", () => {
    // Follow the static imports from the CLI entry through the bundle's chunks.
    const seen = new Set<string>();
    const queue = ["cli.js"];
    while (queue.length) {
      const name = queue.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const code = readFileSync(join(ROOT, "dist", name), "utf8");
      expect(code, name).not.toMatch(/\bfrom\s*["']compromise["']/);
      for (const [, target] of code.matchAll(/(?:^|[;\n])\s*import\s*(?:[^"'()]*?\bfrom\s*)?["']\.\/((?:chunks\/)?[^"']+\.js)["']/g)) {
        queue.push(name.startsWith("chunks/") && !target!.startsWith("chunks/") ? `chunks/${target}` : target!);
      }
    }
    expect(seen.size).toBeGreaterThan(1);
    // The English pack is in the bundle, behind a dynamic import.
    const all = execFileSync("grep", ["-rl", "compromise", join(ROOT, "dist", "chunks")], { encoding: "utf8" });
    expect(all.trim().length).toBeGreaterThan(0);
  });

  it("een CPU-profiel van een Nederlandse run noemt compromise niet, dat van een Engelse wel", () => {
    const dutch = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", join(ROOT, "node_modules", ".cache", "beleefd-prof-nl"), CLI, join(ROOT, "fixtures", "examples", "transcripts")], { cwd: ROOT, encoding: "utf8" });
    expect(dutch.status).not.toBeNull();
    const profiles = execFileSync("sh", ["-c", `cat ${join(ROOT, "node_modules", ".cache", "beleefd-prof-nl")}/*.cpuprofile; rm -rf ${join(ROOT, "node_modules", ".cache", "beleefd-prof-nl")}`], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(profiles).not.toContain("node_modules/compromise");
    const english = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", join(ROOT, "node_modules", ".cache", "beleefd-prof-en"), CLI, join(FIXTURES, "broadband-no-signal.txt")], { cwd: ROOT, encoding: "utf8" });
    expect(english.status).toBe(1);
    const englishProfiles = execFileSync("sh", ["-c", `cat ${join(ROOT, "node_modules", ".cache", "beleefd-prof-en")}/*.cpuprofile; rm -rf ${join(ROOT, "node_modules", ".cache", "beleefd-prof-en")}`], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(englishProfiles).toContain("node_modules/compromise");
  });
});
