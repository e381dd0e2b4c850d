#!/usr/bin/env node
// `npm run bench`: wall time and peak memory of the built CLI on one small file and on a generated
// corpus of 2,000 transcripts (~10 MB), pinned to one core when `taskset` exists, and on a 1 MB
// opening turn in every format. Prints the figures next to the targets; it never fails on timings
// (machines differ), only when the CLI is missing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeCorpus } from "./corpus.mjs";
import { FORMATS, writeLongLines } from "./long-inputs.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli.js");
const corpus = join(root, "bench", ".corpus");
const smallFile = join(root, "fixtures", "examples", "transcripts", "energie-storing-inbound-goed.txt");
const TARGET_ONE_MS = 150;
const TARGET_CORPUS_MS = 1000;
const LONG_LINE_BYTES = 1_000_000;
// A 1 MB line may take at most this many times the plain-text one: the same order of speed.
const LONG_LINE_FACTOR = 3;

if (!existsSync(cli)) {
  console.error("bench: dist/cli.js bestaat niet. Bouw eerst met `npm run build`.");
  process.exit(2);
}

const works = (cmd, args) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
const pin = works("taskset", ["-c", "0", "true"]) ? ["taskset", "-c", "0"] : [];
const gnuTime = existsSync("/usr/bin/time") && works("/usr/bin/time", ["-f", "%M", "true"]);

// Without GNU time, a preloaded module reports the child's own peak RSS on stderr at exit.
let rssHook;
if (!gnuTime) {
  const dir = mkdtempSync(join(tmpdir(), "beleefd-bench-"));
  rssHook = join(dir, "maxrss.mjs");
  writeFileSync(rssHook, 'process.on("exit", () => process.stderr.write(`\\nBELEEFD_MAXRSS_KB=${process.resourceUsage().maxRSS}\\n`));\n');
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
}

/** Runs the CLI once with stdout to /dev/null; returns wall time (ms) and peak RSS (KB). */
function runCli(args) {
  const node = [process.execPath, ...(rssHook ? ["--import", rssHook] : []), cli, ...args];
  const command = [...pin, ...(gnuTime ? ["/usr/bin/time", "-f", "BELEEFD_MAXRSS_KB=%M"] : []), ...node];
  const devNull = openSync("/dev/null", "w");
  const start = process.hrtime.bigint();
  const child = spawnSync(command[0], command.slice(1), { cwd: root, stdio: ["ignore", devNull, "pipe"], encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0 && child.status !== 1) {
    // 2 means the CLI could not lint (a broken build, a crash): timing that would be meaningless.
    console.error(`bench: \`beleefd ${args.join(" ")}\` stopte met code ${child.status}. Draai het commando zelf om de uitvoer te zien.\n${String(child.stderr).slice(0, 2000)}`);
    process.exit(2);
  }
  const rss = /BELEEFD_MAXRSS_KB=(\d+)/.exec(child.stderr ?? "");
  return { ms, rssKb: rss ? Number(rss[1]) : NaN };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;
const verdict = (ok) => (ok ? "gehaald" : "NIET gehaald");

function measure(args, runs) {
  runCli(args); // warm the file cache; not counted
  const results = Array.from({ length: runs }, () => runCli(args));
  return { ms: median(results.map((r) => r.ms)), rssKb: Math.max(...results.map((r) => r.rssKb)) };
}

console.log("beleefd bench");
console.log(`node ${process.version}, ${pin.length ? "vastgezet op één core (taskset -c 0)" : "zonder taskset (niet vastgezet op één core)"}, geheugen via ${gnuTime ? "/usr/bin/time" : "process.resourceUsage()"}`);

const started = process.hrtime.bigint();
const bytes = writeCorpus(corpus, { count: 2000, perFolder: 500 });
const genMs = Number(process.hrtime.bigint() - started) / 1e6;
console.log(`corpus: 2000 transcripten, ${(bytes / 1e6).toFixed(1)} MB in bench/.corpus (gemaakt in ${Math.round(genMs)} ms)\n`);

// Sanity check, untimed: the JSON covers every file.
const check = spawnSync(process.execPath, [cli, corpus, "--format", "json"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
let messageCount = 0;
try {
  const results = JSON.parse(check.stdout);
  messageCount = results.reduce((n, r) => n + r.messages.length, 0);
  if (results.length !== 2000) console.log(`let op: de JSON-uitvoer bevat ${results.length} resultaten in plaats van 2000`);
} catch {
  console.log(`let op: de JSON-uitvoer is niet te lezen (exitcode ${check.status}): ${String(check.stderr).slice(0, 300)}`);
}

const one = measure([smallFile], 10);
const all = measure([corpus, "--format", "json"], 5);
const part = measure([join(corpus, "deel-1"), "--format", "json"], 3);

console.log(`(a) één klein bestand (${readFileSync(smallFile).length} bytes), inclusief het starten van Node, mediaan van 10:`);
console.log(`    ${one.ms.toFixed(0)} ms   doel < ${TARGET_ONE_MS} ms: ${verdict(one.ms < TARGET_ONE_MS)}   piekgeheugen ${mb(one.rssKb)}`);
console.log(`(b) hele corpus (2000 bestanden, ${messageCount} meldingen), --format json > /dev/null, mediaan van 5:`);
console.log(`    ${all.ms.toFixed(0)} ms   doel < ${TARGET_CORPUS_MS} ms: ${verdict(all.ms < TARGET_CORPUS_MS)}   piekgeheugen ${mb(all.rssKb)}`);
const growth = all.rssKb / part.rssKb;
console.log("(c) piekgeheugen bij meer bestanden:");
console.log(`     500 bestanden: ${mb(part.rssKb)} (${part.ms.toFixed(0)} ms)`);
console.log(`    2000 bestanden: ${mb(all.rssKb)} (${all.ms.toFixed(0)} ms)`);
console.log(`    factor ${growth.toFixed(2)} bij 4x zoveel bestanden   doel: vlak (< 1.5x): ${verdict(growth < 1.5)}`);

// (d) One opening turn of 1 MB in every format: work linear in the line, Markdown no slower in kind
// than plain text. The plain-text file, measured in this same run, is the reference.
const longDir = join(corpus, "lange-regel");
const longFiles = writeLongLines(longDir, LONG_LINE_BYTES);
const long = Object.fromEntries(FORMATS.map((format) => [format, measure([longFiles[format]], 3)]));
const reference = long.txt.ms;
console.log(`(d) één openingsbeurt van ${LONG_LINE_BYTES / 1e6} MB op één regel, per formaat, mediaan van 3 (referentie: .txt, ${reference.toFixed(0)} ms):`);
for (const format of FORMATS) {
  const { ms, rssKb } = long[format];
  const factor = ms / reference;
  console.log(`    .${format.padEnd(16)} ${ms.toFixed(0).padStart(6)} ms   ${factor.toFixed(2)}x .txt   doel < ${LONG_LINE_FACTOR}x: ${verdict(factor < LONG_LINE_FACTOR)}   piekgeheugen ${mb(rssKb)}`);
}
