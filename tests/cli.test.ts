// The `beleefd` command end to end: spawns the built dist/cli.js like a user would.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, ensureBuilt } from "./support/build.js";
import { runCli, type Run, type RunOptions } from "./support/cli.js";

const FIXTURES = join(ROOT, "fixtures/cli");
let temp: string;

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "beleefd-cli-"));
}, 60_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function beleefd(args: string[], options: Partial<RunOptions> = {}): Run {
  return runCli(args, { ...options, cwd: options.cwd ?? FIXTURES });
}

function tempDir(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(temp, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

function noStackTrace(run: Run): void {
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stdout).not.toMatch(/^\s+at /m);
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; severity: number; message: string; line: number; column: number; fatal?: boolean }>;
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
}

describe("exitcodes", () => {
  it("0 zonder problemen, zonder uitvoer", () => {
    const run = beleefd(["goed.txt"]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("1 bij fouten, met ESLint-achtige uitvoer", () => {
    const run = beleefd(["agent-hangt-op.txt"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("agent-hangt-op.txt\n");
    expect(run.stdout).toMatch(/ {2}4:1 {2}fout {2}afsluiting {2}Je verbreekt zelf de verbinding\..*customer-hangs-up-first\n/);
    expect(run.stdout).toContain("✖ 1 probleem (1 fout, 0 waarschuwingen)");
  });

  it("leest ook Markdown-scripts", () => {
    const run = beleefd(["script.md", "--format", "compact"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^script\.md: line 9, col 1, Error - Je verbreekt zelf .* \(customer-hangs-up-first\)$/m);
  });

  it("2 voor kapotte front matter, met regel en uitleg", () => {
    const run = beleefd(["kapotte-front-matter.txt", "--format", "compact"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^kapotte-front-matter\.txt: line 3, col \d+, Error - Ongeldige YAML in de front matter/m);
    noStackTrace(run);
  });
});

describe("--rule, --max-warnings en --quiet", () => {
  const asWarning = ["--rule", "customer-hangs-up-first: warn"];

  it("--rule maakt van de fout een waarschuwing: exit 0", () => {
    const run = beleefd(["agent-hangt-op.txt", ...asWarning]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("waarschuwing");
    expect(run.stdout).toContain("✖ 1 probleem (0 fouten, 1 waarschuwing)");
  });

  it("--rule met JSON-object", () => {
    const run = beleefd(["agent-hangt-op.txt", "--rule", 'customer-hangs-up-first: {"severity":"off"}']);
    expect(run).toMatchObject({ code: 0, stdout: "" });
  });

  it("--max-warnings 0 met één waarschuwing: exit 1", () => {
    const run = beleefd(["agent-hangt-op.txt", ...asWarning, "--max-warnings", "0"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("te veel waarschuwingen: 1 (maximaal 0)");
  });

  it("--max-warnings 1 met één waarschuwing: exit 0", () => {
    expect(beleefd(["agent-hangt-op.txt", ...asWarning, "--max-warnings", "1"]).code).toBe(0);
  });

  it("--quiet verbergt waarschuwingen", () => {
    const run = beleefd(["agent-hangt-op.txt", ...asWarning, "--quiet"]);
    expect(run).toMatchObject({ code: 0, stdout: "" });
  });

  it("een onbekende regel in --rule is een configuratiefout", () => {
    const run = beleefd(["goed.txt", "--rule", "customer-hangs-up-frist: warn"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "beleefd: configuratiefout: --rule: Onbekende regel 'customer-hangs-up-frist' in rules. Bedoelde je 'customer-hangs-up-first'?\n",
    );
  });

  it("--rule zonder dubbele punt", () => {
    const run = beleefd(["goed.txt", "--rule", "greeting"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("schrijf 'regel: ernst'");
  });
});

describe("--format json", () => {
  it("is terug te lezen en ESLint-vormig", () => {
    const run = beleefd(["agent-hangt-op.txt", "goed.txt", "--format", "json"]);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results.map((r) => r.filePath)).toEqual([join(FIXTURES, "agent-hangt-op.txt"), join(FIXTURES, "goed.txt")]);
    expect(results[0]).toMatchObject({ errorCount: 1, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
    expect(results[0]!.messages[0]).toMatchObject({
      ruleId: "customer-hangs-up-first",
      severity: 2,
      line: 4,
      column: 1,
      endLine: 4,
      endColumn: 18,
      messageId: "agentHungUp",
    });
    expect(results[1]!.messages).toEqual([]);
  });
});

describe("--stdin", () => {
  it("leest standaardinvoer, met --stdin-filename voor naam en parser", () => {
    const input = readFileSync(join(FIXTURES, "agent-hangt-op.txt"), "utf8");
    const run = beleefd(["--stdin", "--stdin-filename", "telefoon.txt", "--format", "compact"], { input });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^telefoon\.txt: line 4, col 1, Error/m);
  });

  it("zonder bestandsnaam heet de invoer <stdin>", () => {
    const run = beleefd(["--stdin", "--format", "json"], { input: "Agent: Fijne dag!\n[klant hangt op]\n" });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonResult[])[0]!.filePath).toBe("<stdin>");
  });
});

describe("slechte invoer", () => {
  it("een ontbrekend pad en een goed bestand: beide gemeld, exit 2", () => {
    const run = beleefd(["bestaat-niet.txt", "agent-hangt-op.txt", "--format", "json"]);
    expect(run.code).toBe(2);
    const results = JSON.parse(run.stdout) as JsonResult[];
    expect(results.map((r) => [r.filePath, r.fatalErrorCount])).toEqual([
      [join(FIXTURES, "agent-hangt-op.txt"), 0],
      [join(FIXTURES, "bestaat-niet.txt"), 1],
    ]);
    expect(results[1]!.messages[0]!.message).toBe("Bestand of map niet gevonden: 'bestaat-niet.txt'.");
    expect(results[0]!.errorCount).toBe(1);
  });

  it("een glob zonder treffers is een fout", () => {
    const run = beleefd(["nergens/*.txt"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("Geen bestanden gevonden voor het patroon 'nergens/*.txt'.");
  });

  it("een binair bestand: exit 2, de andere bestanden gaan door", () => {
    const dir = tempDir("binair", {
      "opname.txt": Buffer.from([0x41, 0x67, 0x65, 0x6e, 0x74, 0x3a, 0x0a, 0x00, 0x01, 0x02]),
      "gesprek.txt": "Agent: Tot ziens!\n[agent hangt op]\n",
    });
    const run = beleefd([".", "--format", "compact"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("opname.txt: line 2, col 1, Error - Dit is een binair bestand");
    expect(run.stdout).toContain("gesprek.txt: line 2, col 1, Error - Je verbreekt zelf");
    noStackTrace(run);
  });

  it("een Latin-1-bestand: exit 2 met regel en kolom van de eerste foute byte", () => {
    const latin1 = Buffer.from("Agent: Goedemiddag.\nKlant: Ik bel over mijn caf\u00e9 en de rekening.\n", "latin1");
    const dir = tempDir("latin1", { "oud.txt": latin1 });
    const run = beleefd(["oud.txt", "--format", "compact"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("oud.txt: line 2, col 28, Error - Dit bestand is geen geldige UTF-8 (byte 0xE9 op regel 2, kolom 28)");
  });

  it("een kapotte configuratie: exit 2, bestand en sleutel genoemd, geen stack trace", () => {
    const dir = tempDir("kapotte-config", {
      ".beleefdrc.json": JSON.stringify({ rules: { greeting: { severity: "error", options: { requireOfferHelp: "soms" } } } }),
      "gesprek.txt": "Agent: Goedemiddag.\n",
    });
    const run = beleefd(["gesprek.txt"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      'beleefd: configuratiefout: .beleefdrc.json: rules.greeting.options.requireOfferHelp: moet een van deze waarden zijn: "inbound", "always", "never"\n',
    );
  });

  it("--config naar een ontbrekend bestand", () => {
    const run = beleefd(["goed.txt", "--config", "weg.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("beleefd: configuratiefout: weg.json: configbestand niet gevonden\n");
  });

  it("een onbekende optie: Nederlandse melding, exit 2", () => {
    const run = beleefd(["goed.txt", "--formaat", "json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Onbekende optie");
    expect(run.stderr).toContain("beleefd --help");
  });
});

describe("mappen en globs", () => {
  it("een map wordt .txt/.md/.markdown, zonder node_modules en verborgen mappen", () => {
    const call = "Agent: Tot ziens!\n[agent hangt op]\n";
    const dir = tempDir("map", {
      "a.txt": call,
      "sub/b.md": "## Afsluiting\n\nAgent: Tot ziens!\n\n[agent hangt op]\n",
      "sub/c.markdown": "Agent: Fijne dag.\n",
      "notities.docx": "geen tekst",
      "node_modules/x/d.txt": call,
      ".git/e.txt": call,
    });
    const run = beleefd([".", "--format", "json"], { cwd: dir });
    const files = (JSON.parse(run.stdout) as JsonResult[]).map((r) => r.filePath);
    expect(files).toEqual([join(dir, "a.txt"), join(dir, "sub/b.md"), join(dir, "sub/c.markdown")]);
  });

  it("zonder argumenten de huidige map", () => {
    const dir = tempDir("huidige-map", { "gesprek.txt": "Agent: Tot ziens!\n[agent hangt op]\n" });
    const run = beleefd(["--format", "compact"], { cwd: dir });
    expect(run.stdout).toContain("gesprek.txt: line 2");
  });

  it("een glob", () => {
    const run = beleefd(["*.txt", "--format", "json", "--rule", "customer-hangs-up-first: off"]);
    const files = (JSON.parse(run.stdout) as JsonResult[]).map((r) => r.filePath.slice(FIXTURES.length + 1));
    expect(files).toEqual(["agent-hangt-op.txt", "goed.txt", "kapotte-front-matter.txt"]);
  });
});

describe("--print-config en --print-model", () => {
  it("--print-config toont de configuratie van het bestand", () => {
    const run = beleefd(["--print-config", "goed.txt"]);
    expect(run.code).toBe(0);
    const config = JSON.parse(run.stdout) as { configFiles: string[]; rules: Record<string, unknown> };
    expect(config.configFiles).toEqual([".beleefdrc.json"]);
    expect(config.rules).toEqual({ "customer-hangs-up-first": "error" });
  });

  it("zonder configbestand geldt beleefd:recommended", () => {
    const dir = tempDir("zonder-config", { "gesprek.txt": "Agent: Goedemiddag.\n" });
    const config = JSON.parse(beleefd(["--print-config", "gesprek.txt"], { cwd: dir }).stdout) as { configFiles: string[]; rules: Record<string, string> };
    expect(config.configFiles).toEqual([]);
    expect(config.rules["customer-hangs-up-first"]).toBe("error");
    expect(Object.keys(config.rules).length).toBeGreaterThan(1);
  });

  it("--print-model toont het gesprek als JSON", () => {
    const run = beleefd(["--print-model", "agent-hangt-op.txt"]);
    expect(run.code).toBe(0);
    const model = JSON.parse(run.stdout) as { kind: string; format: string; calls: Array<{ items: Array<{ kind: string; role?: string; event?: string; by?: string }> }> };
    expect(model.kind).toBe("conversation");
    expect(model.format).toBe("transcript");
    expect(model.calls[0]!.items.map((i) => i.role ?? `${i.event}:${i.by}`)).toEqual(["agent", "customer", "agent", "hangup:agent", "customer"]);
  });

  it("--print-model toont de afgeleide fasen van een transcript", () => {
    const model = JSON.parse(beleefd(["--print-model", "agent-hangt-op.txt"]).stdout) as { calls: Array<{ meta: { phaseSource?: string }; items: Array<{ phase?: string }> }> };
    expect(model.calls[0]!.meta.phaseSource).toBe("inferred");
    expect(model.calls[0]!.items.every((i) => i.phase !== undefined)).toBe(true);
  });

  it("--print-model toont per zin wat die doet, zoals de regels het zien", () => {
    type Printed = { calls: Array<{ items: Array<{ kind: string; sentences?: Array<{ text: string; acts: string[]; question?: string }> }> }> };
    const model = JSON.parse(beleefd(["--print-model", "agent-hangt-op.txt"]).stdout) as Printed;
    const [opening] = model.calls[0]!.items.filter((item) => item.kind === "turn");
    expect(opening!.sentences).toEqual([
      { text: "Goedemorgen, met Joris van Zonnedak, waarmee kan ik u helpen", acts: ["question", "greeting", "introduction", "offerHelp"], question: "open" },
    ]);
  });

  it("--print-model van kapotte front matter: exit 2 met plaats", () => {
    const run = beleefd(["--print-model", "kapotte-front-matter.txt"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^beleefd: kapotte-front-matter\.txt:3:\d+: Ongeldige YAML in de front matter/);
  });
});

describe("hulp, versie en kleur", () => {
  it("--help in het Nederlands", () => {
    const run = beleefd(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Gebruik: beleefd [bestanden|mappen|globs...] [opties]");
    expect(run.stdout).toContain("Opties:");
    expect(run.stdout).toContain("--max-warnings");
  });

  it("--version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(beleefd(["--version"]).stdout.trim()).toBe(version);
  });

  it("kleur met FORCE_COLOR, niet met --no-color of NO_COLOR", () => {
    expect(beleefd(["agent-hangt-op.txt"], { env: { FORCE_COLOR: "1" } }).stdout).toContain("\u001b[31m");
    expect(beleefd(["agent-hangt-op.txt", "--no-color"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain("\u001b[");
    expect(beleefd(["agent-hangt-op.txt"], { env: { NO_COLOR: "1" } }).stdout).not.toContain("\u001b[");
    // Not a terminal (a pipe): no colour.
    expect(beleefd(["agent-hangt-op.txt"]).stdout).not.toContain("\u001b[");
  });
});

describe("huisregels (checks)", () => {
  const HOUSE = join(ROOT, "fixtures/house-rules");
  // The house rules' own findings; the built-in rules are tested elsewhere.
  const found = (run: Run) =>
    (JSON.parse(run.stdout) as JsonResult[]).map((r) => [
      r.filePath.slice(HOUSE.length + 1),
      r.messages.filter((m) => m.ruleId?.startsWith("huis/")).map((m) => `${m.line}:${m.column} ${m.ruleId}`),
    ]);

  it("de bedrijfsconfiguratie: opnamemelding, vraag in plaats van probleem, opzegtermijn", () => {
    const run = beleefd(["fixtures/house-rules/bedrijf", "--format", "json"], { cwd: ROOT });
    expect(run.code).toBe(1);
    const goodCall = (JSON.parse(run.stdout) as JsonResult[]).find((r) => r.filePath.endsWith("opzeggen-goed.txt"));
    expect(goodCall?.messages, "het goede gesprek is helemaal goed").toEqual([]);
    expect(found(run)).toEqual([
      ["bedrijf/belscript-opzeggen.md", ["10:14 huis/opnamemelding", "11:50 huis/opzegtermijn", "15:91 huis/vraag-niet-probleem"]],
      ["bedrijf/opzeggen-goed.txt", []],
      ["bedrijf/storing-fout.txt", ["6:8 huis/opnamemelding", "8:54 huis/vraag-niet-probleem", "10:8 huis/vraag-niet-probleem"]],
    ]);
  });

  it("de schoolconfiguratie: slotzin met de organisatie en de volgorde van de opening", () => {
    const run = beleefd(["fixtures/house-rules/school", "--format", "compact"], { cwd: ROOT });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "gesprek-fout.txt: line 6, col 31, Warning - Je opening volgt niet de volgorde van de beoordelingslijst: eerst de groet, dan je naam en organisatie, dan het hulpaanbod. \"wat kan ik voor u doen\" komt vóór \"u spreekt met\".",
    );
    expect(run.stdout).toMatch(/gesprek-fout\.txt: line 14, col 8, Error - Je bedankt de klant bij het afscheid niet .* \(huis\/afsluiting-organisatie\)/);
    expect(run.stdout).not.toContain("gesprek-goed.txt");
  });

  it("--rule zet een huisregel uit", () => {
    const file = "fixtures/house-rules/bedrijf/storing-fout.txt";
    const run = beleefd([file, "-f", "json", "--rule", "huis/opnamemelding: off", "--rule", "huis/vraag-niet-probleem: off"], { cwd: ROOT });
    expect(found(run)).toEqual([["bedrijf/storing-fout.txt", []]]);
    expect(found(beleefd([file, "-f", "json"], { cwd: ROOT }))[0]![1]).not.toEqual([]);
  });

  it("--print-config toont de checks", () => {
    const run = beleefd(["--print-config", "fixtures/house-rules/bedrijf/storing-fout.txt"], { cwd: ROOT });
    const config = JSON.parse(run.stdout) as { rules: Record<string, string>; checks: Array<{ id: string }> };
    expect(config.checks.map((c) => c.id)).toEqual(["huis/opnamemelding", "huis/vraag-niet-probleem", "huis/opzegtermijn"]);
    expect(config.rules["huis/vraag-niet-probleem"]).toBe("warn");
  });

  it("een fout in checks: exit 2, pad van de sleutel, geen stack trace", () => {
    const dir = tempDir("kapotte-checks", {
      ".beleefdrc.json": JSON.stringify({
        checks: [{ id: "huis/opname", kind: "require", phrases: ["dit gesprek ... opgenomen"], scope: { phase: "opening" }, message: "Meld de opname." }],
      }),
      "gesprek.txt": "Agent: Goedemorgen.\n",
    });
    const run = beleefd(["gesprek.txt"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "beleefd: configuratiefout: .beleefdrc.json: checks.0.scope.phase: \"opening\" kan niet; kies uit \"alertheid\", \"aanvang\", \"analyse\", \"aanbod\", \"afsluiting\". Bedoelde je 'aanvang'?\n",
    );
    noStackTrace(run);
  });
});
