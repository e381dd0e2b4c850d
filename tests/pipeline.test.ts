// Results stream out in a stable order, with or without worker threads, through the built CLI: the
// same bytes and exit code in every streaming format, JSON Lines in and out, a file that kills its
// worker, and the checks on the new options.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../bench/corpus.mjs";
import { lintFiles, lintFileStream } from "../src/files.js";
import { CLI, ensureBuilt } from "./support/build.js";
import type { Run } from "./support/cli.js";

let temp: string;
let corpus: string;

// A plugin rule, loaded from the config in every worker: it objects to "hallo" as a greeting.
const PLUGIN = `export default { rules: { "hallo": { meta: { type: "suggestion", docs: { description: "Geen hallo." }, messages: { hallo: "Begroet de klant niet met 'hallo'." } },
  create(context) { return { Turn(turn) { if (turn.role === "agent" && /^hallo/i.test(turn.text)) context.report({ node: turn, messageId: "hallo" }); } }; } } } };
`;
// A rule that takes its whole thread down on one word: the file it reads must get a fatal result, not a hang.
const KILLER = `export default { rules: { "stop": { meta: { type: "problem", docs: { description: "Stopt." }, messages: { stop: "stop" } },
  create() { return { Turn(turn) { if (turn.text.includes("Storingsnummer 999")) process.exit(7); } }; } } } };
`;

const CALL = (opening: string) =>
  `Agent: ${opening}, u spreekt met Sigrid van Enerva. Waarmee kan ik u helpen?\nKlant: Goedemiddag, ik bel over mijn jaarafrekening.\nAgent: Dat zoek ik voor u op. Heeft u verder nog vragen?\nKlant: Nee, dank u wel.\nAgent: Graag gedaan, nog een fijne dag!\n[klant hangt op]\n`;

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "beleefd-stroom-"));
  corpus = join(temp, "gesprekken");
  writeCorpus(corpus, { count: 200, perFolder: 80 });
  // Only a config in the folder beleefd starts in (or above it) may load code.
  writeFileSync(join(temp, ".beleefdrc.json"), JSON.stringify({ extends: "beleefd:recommended", plugins: ["beleefd-plugin-groet"], rules: { "groet/hallo": "warn" } }));
  plugin("groet", PLUGIN);
  writeFileSync(join(corpus, "deel-2", "hallo.txt"), CALL("Hallo"));
}, 120_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A plugin package in the temp folder's node_modules, where its config finds it. */
function plugin(name: string, code: string): void {
  const dir = join(temp, "node_modules", `beleefd-plugin-${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `beleefd-plugin-${name}`, version: "1.0.0", type: "module", main: "index.js" }));
  writeFileSync(join(dir, "index.js"), code);
}

/** The built CLI in the temp folder; reports of a few hundred calls pass spawnSync's 1 MiB default. */
function beleefd(args: string[], input = ""): Run {
  const { FORCE_COLOR: _force, ...env } = process.env;
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: temp, input, env: { ...env, NO_COLOR: "1" }, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("dezelfde uitvoer met en zonder werkthreads", () => {
  for (const format of ["json", "jsonl", "stylish", "compact", "sarif", "junit", "github"]) {
    it(`--format ${format}: dezelfde bytes en exitcode met --concurrency off en 2`, () => {
      const alone = beleefd(["--concurrency", "off", "--format", format, "gesprekken"]);
      const pooled = beleefd(["--concurrency", "2", "--format", format, "gesprekken"]);
      expect(alone.stderr).toBe("");
      expect(pooled.stderr).toBe("");
      expect(pooled.code).toBe(alone.code);
      expect(pooled.stdout).toBe(alone.stdout);
    }, 120_000);
  }

  it("de resultaten staan op pad-volgorde, de pluginregel uit de config werkt ook in de werkthreads", () => {
    const run = beleefd(["--concurrency", "2", "--format", "json", "gesprekken"]);
    const paths = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath);
    expect(paths).toHaveLength(201);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const hallo = (JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>).find((r) => r.filePath.endsWith("hallo.txt"))!;
    expect(hallo.messages.map((m) => m.ruleId)).toContain("groet/hallo");
  }, 120_000);

  it("--format jsonl geeft per regel hetzelfde object als één element van --format json", () => {
    const json = JSON.parse(beleefd(["--format", "json", "gesprekken/deel-1"]).stdout) as unknown[];
    const lines = beleefd(["--format", "jsonl", "gesprekken/deel-1"]).stdout.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => JSON.parse(line))).toEqual(json);
  }, 60_000);
});

describe("lintFileStream", () => {
  it("geeft de resultaten één voor één in de volgorde van lintFiles, een ontbrekend pad op zijn plaats ('-' voor '.')", async () => {
    const patterns = ["gesprekken/deel-2", "gesprekken/deel-1/gesprek-0042.txt", "gesprekken/deel-2/gesprek-0100-weg.txt"];
    const streamed: string[] = [];
    for await (const result of lintFileStream(patterns, { cwd: temp })) streamed.push(result.filePath.slice(temp.length + 1));
    expect(streamed).toEqual((await lintFiles(patterns, { cwd: temp })).map((r) => r.filePath.slice(temp.length + 1)));
    expect(streamed.slice(0, 3)).toEqual(["gesprekken/deel-1/gesprek-0042.txt", "gesprekken/deel-2/gesprek-0081.txt", "gesprekken/deel-2/gesprek-0082.txt"]);
    const missing = streamed.indexOf("gesprekken/deel-2/gesprek-0100-weg.txt");
    expect(streamed.slice(missing - 1, missing + 2)).toEqual(["gesprekken/deel-2/gesprek-0099.txt", "gesprekken/deel-2/gesprek-0100-weg.txt", "gesprekken/deel-2/gesprek-0100.txt"]);
  }, 60_000);
});

describe("een bestand dat zijn werkthread laat stoppen", () => {
  it("krijgt een fatale melding; de andere bestanden worden gewoon gecontroleerd en beleefd stopt", () => {
    const dir = join(temp, "stopt");
    mkdirSync(dir);
    writeFileSync(join(temp, "stop.json"), JSON.stringify({ extends: "beleefd:recommended", plugins: ["beleefd-plugin-stop"], rules: { "stop/stop": "error" } }));
    plugin("stop", KILLER);
    writeFileSync(join(dir, "a-gewoon.txt"), CALL("Goedemiddag"));
    writeFileSync(join(dir, "b-storing.txt"), CALL("Goedemiddag").replace("mijn jaarafrekening", "Storingsnummer 999"));
    writeFileSync(join(dir, "c-gewoon.txt"), CALL("Goedemorgen"));
    const run = beleefd(["--concurrency", "2", "--config", "stop.json", "--format", "json", "stopt"]);
    expect(run.code).toBe(2);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; fatalErrorCount: number; messages: Array<{ message: string }> }>;
    expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(["a-gewoon.txt", "b-storing.txt", "c-gewoon.txt"]);
    expect(results.map((r) => r.fatalErrorCount)).toEqual([0, 1, 0]);
    expect(results[1]!.messages[0]!.message).toBe("beleefd kon dit bestand niet controleren: de werkthread stopte onverwacht (exitcode 7)");
  }, 60_000);
});

const line = (opening: string) =>
  JSON.stringify({
    beleefd: 1,
    call: { direction: "inbound", organisation: "Enerva" },
    items: [
      { role: "agent", speaker: "Sigrid", text: `${opening}, Enerva, u spreekt met Sigrid. Waarmee kan ik u helpen?` },
      { role: "customer", text: "Goedemiddag, ik heb een vraag over mijn voorschot." },
      { role: "agent", text: "Wat ik voor u kan doen, is uw voorschot vanaf volgende maand verlagen naar tachtig euro. Is dat goed?" },
      { role: "customer", text: "Ja, graag." },
      { role: "agent", text: "Dat is geregeld. Heeft u verder nog vragen?" },
      { role: "customer", text: "Nee, dank u wel." },
      { role: "agent", text: "Bedankt voor uw telefoontje en nog een fijne dag!" },
      { event: "hangup", by: "customer" },
    ],
  });

describe("--stdin --stdin-format jsonl", () => {
  it("geeft elke regel een eigen resultaat; een kapotte regel in het midden stopt de rest niet", () => {
    const input = `${line("Goedemiddag")}\n{"beleefd": 1, "items": [\n\n${line("Hallo")}\r\n`;
    const run = beleefd(["--stdin", "--stdin-format", "jsonl", "--format", "jsonl"], input);
    expect(run.code).toBe(2);
    const results = run.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { filePath: string; fatalErrorCount: number; messages: Array<{ message: string }> });
    expect(results.map((r) => r.filePath)).toEqual(["<stdin>:1", "<stdin>:2", "<stdin>:4"]);
    expect(results.map((r) => r.fatalErrorCount)).toEqual([0, 1, 0]);
    expect(results[1]!.messages[0]!.message).toMatch(/^Ongeldige JSON/);
  });

  it("werkt als filter: het resultaat van een regel komt voordat de volgende regel gestuurd is", async () => {
    const child = spawn(process.execPath, [CLI, "--stdin", "--stdin-format", "jsonl", "--format", "jsonl"], { cwd: temp, env: { ...process.env, NO_COLOR: "1" } });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    child.stdin.write(`${line("Goedemiddag")}\n`);
    const first = JSON.parse((await lines.next()).value as string) as { filePath: string };
    expect(first.filePath).toBe("<stdin>:1");
    child.stdin.end(`${line("Goedemorgen")}\n`);
    const second = JSON.parse((await lines.next()).value as string) as { filePath: string };
    expect(second.filePath).toBe("<stdin>:2");
    const code = await new Promise((resolve) => child.on("close", resolve));
    // 1: the rules found something in these calls; 2 would mean a fatal problem.
    expect(code).toBe(1);
  }, 60_000);
});

describe("de nieuwe opties controleren hun waarde", () => {
  it.each([
    [["--concurrency", "0", "gesprekken"], "--concurrency verwacht 'auto', 'off' of een aantal threads vanaf 1, niet '0'; bijv. --concurrency 4"],
    [["--concurrency", "veel", "gesprekken"], "--concurrency verwacht 'auto', 'off' of een aantal threads vanaf 1, niet 'veel'; bijv. --concurrency 4"],
    [["--concurrency=", "gesprekken"], "--concurrency verwacht een waarde, bijv. --concurrency auto"],
    [["--stdin-format", "jsonl", "gesprekken"], "--stdin-format werkt alleen met --stdin, bijv. --stdin --stdin-format jsonl"],
  ])("beleefd %j", (args, message) => {
    const run = beleefd(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`beleefd: ${message}\nZie 'beleefd --help' voor de opties.\n`);
  });
});
