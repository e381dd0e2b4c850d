// Option parsing and ignoring through the built CLI: an option takes exactly one value and never
// the file names after it; .beleefdignore, --ignore-pattern, --no-ignore and ignorePatterns at depth.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, ensureBuilt } from "./support/build.js";
import { runCli, type Run } from "./support/cli.js";

const FIXTURES = join(ROOT, "fixtures/cli");
const HANGS_UP = "Agent: Goedemiddag, u spreekt met Sigrid van Enerva.\nKlant: Dag, ik bel over mijn rekening.\nAgent: Tot ziens!\n[agent hangt op]\n";
let temp: string;

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "beleefd-opties-"));
}, 60_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function beleefd(args: string[], cwd = FIXTURES): Run {
  return runCli(args, { cwd, env: { NO_COLOR: "1" } });
}

function tempDir(name: string, files: Record<string, string>): string {
  const dir = join(temp, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

function linted(run: Run): string[] {
  return (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath);
}

describe("opties met een waarde nemen er precies één", () => {
  it("--rule 'customer-hangs-up-first: warn' agent-hangt-op.txt controleert het bestand", () => {
    const run = beleefd(["--rule", "customer-hangs-up-first: warn", "agent-hangt-op.txt"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("agent-hangt-op.txt\n");
    expect(run.stdout).toMatch(/waarschuwing {2}afsluiting {2}Je verbreekt zelf de verbinding/);
  });

  it("--speaker neemt de bestandsnamen erna niet mee", () => {
    const run = beleefd(["--speaker", "Noor=agent", "goed.txt", "agent-hangt-op.txt", "--format", "json"]);
    expect(linted(run)).toEqual([join(FIXTURES, "agent-hangt-op.txt"), join(FIXTURES, "goed.txt")]);
  });

  it("herhaalbaar: --rule twee keer, ook als --rule=...", () => {
    const run = beleefd(["agent-hangt-op.txt", "--rule", "customer-hangs-up-first: off", "--rule=greeting: warn", "-f", "json"]);
    expect(run.code, run.stderr).toBe(0);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(result!.messages.map((m) => m.ruleId)).not.toContain("customer-hangs-up-first");
  });

  it("--rule neemt een lijst zoals ESLint", () => {
    const run = beleefd(["agent-hangt-op.txt", "--rule", 'customer-hangs-up-first: ["warn"]']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("waarschuwing");
  });

  it("een optie zonder waarde of twee keer een enkele optie: duidelijke melding, exit 2", () => {
    const missing = beleefd(["goed.txt", "--rule"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("beleefd: --rule verwacht een waarde, bijv. --rule 'greeting: warn'\nZie 'beleefd --help' voor de opties.\n");
    const twice = beleefd(["goed.txt", "--format", "json", "-f", "compact"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("beleefd: --format mag maar één keer gegeven worden (nu 2 keer)");
  });

  it("een onbekende optie wordt één keer genoemd", () => {
    const run = beleefd(["goed.txt", "--config-lookup", "--max-warnigs", "0"]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("beleefd: Onbekende opties: config-lookup, max-warnigs");
  });
});

describe("negeren", () => {
  const project = () =>
    tempDir(`project-${Math.random().toString(36).slice(2)}`, {
      ".beleefdrc.json": JSON.stringify({ extends: "beleefd:recommended", ignorePatterns: ["concepten/**"] }),
      ".beleefdignore": "# oude jaargangen\narchief/*\n!archief/bewaren.txt\n",
      "gesprekken/concepten/x.txt": HANGS_UP,
      "gesprekken/klaar.txt": HANGS_UP,
      "gesprekken/oefening.txt": HANGS_UP,
      "archief/2023.txt": HANGS_UP,
      "archief/bewaren.txt": HANGS_UP,
    });

  it("ignorePatterns past op elke diepte; .beleefdignore in gitignore-stijl met !", () => {
    const dir = project();
    expect(linted(beleefd([".", "-f", "json"], dir))).toEqual(
      ["archief/bewaren.txt", "gesprekken/klaar.txt", "gesprekken/oefening.txt"].map((f) => join(dir, f)),
    );
  });

  it("--ignore-pattern (herhaalbaar) komt erbij; --no-ignore controleert alles", () => {
    const dir = project();
    expect(linted(beleefd([".", "-f", "json", "--ignore-pattern", "oefening.txt", "--ignore-pattern", "/archief/bewaren.txt"], dir))).toEqual([
      join(dir, "gesprekken/klaar.txt"),
    ]);
    expect(linted(beleefd([".", "-f", "json", "--no-ignore"], dir))).toHaveLength(5);
  });

  it(".beleefdignore naast de configuratie van een submap", () => {
    const dir = tempDir("submap", {
      "team/.beleefdrc.json": JSON.stringify({ extends: "beleefd:recommended" }),
      "team/.beleefdignore": "*.concept.txt\n",
      "team/a.concept.txt": HANGS_UP,
      "team/b.txt": HANGS_UP,
    });
    expect(linted(beleefd([".", "-f", "json"], dir))).toEqual([join(dir, "team/b.txt")]);
  });

  it("een genoemd bestand dat genegeerd wordt: waarschuwing met de uitweg", () => {
    const dir = project();
    const run = beleefd(["gesprekken/concepten/x.txt"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Bestand overgeslagen: het past bij een negeerpatroon (ignorePatterns, .beleefdignore of --ignore-pattern). Gebruik --no-ignore");
    expect(beleefd(["gesprekken/concepten/x.txt", "--no-ignore"], dir).code).toBe(1);
  });
});
