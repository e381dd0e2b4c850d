#!/usr/bin/env node
// `npm run bench [-- --quick]`: every figure next to a reference measured in the same run, taking
// turns with it: start-up against a bare `node -e 0`, throughput against a naive one-regex script
// and textlint, workers against one thread, peak memory at 2,000 against 20,000 files and on one
// 50 MB file, and a 1 MB line in every format against the plain-text one. It never fails on a
// timing (machines differ), only when the CLI is missing or crashes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCorpus, writeMultiCallFile } from "./corpus.mjs";
import { FORMATS, writeLongLines } from "./long-inputs.mjs";
import { alternate, GNU_TIME, PIN, runMeasured, runWithLimit } from "./measure.mjs";
import { prepareTextlint, textlintRan } from "./textlint.mjs";

const USAGE = `Gebruik: npm run bench [-- --quick]

  --quick   alleen het starten, de doorvoer tegen het naïeve script en de regels van 1 MB
            (zonder textlint, workers, 20.000 bestanden en het bestand van 50 MB)
`;
const args = process.argv.slice(2);
if (args.includes("--help")) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const unknown = args.filter((arg) => arg !== "--quick");
if (unknown.length) {
  process.stderr.write(`bench: onbekende optie ${unknown.join(", ")}\n${USAGE}`);
  process.exit(2);
}
const quick = args.includes("--quick");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli.js");
const naive = join(root, "bench", "naive.mjs");
const corpus = join(root, "bench", ".corpus");
const bigCorpus = join(root, "bench", ".corpus-20k");
const bigFile = join(root, "bench", ".corpus-groot", "dag-50mb.txt");
const smallFile = join(root, "fixtures", "examples", "transcripts", "energie-storing-inbound-goed.txt");
const TARGET = { startup: 1.5, naive: 4, textlint: 1, workers: 1.6, memoryGrowth: 1.2, bigFileMb: 500, longLine: 3 };
const BIG_FILE_BYTES = 50_000_000;
// The 50 MB file once ran for minutes at several GB: stopped after this, it counts as missed.
const BIG_FILE_LIMIT_S = 300;
const LONG_LINE_BYTES = 1_000_000;

if (!existsSync(cli)) {
  console.error("bench: dist/cli.js bestaat niet. Bouw eerst met `npm run build`.");
  process.exit(2);
}

/** A crash of the CLI (exit 2 or a signal) makes its timings meaningless: stop. */
function mustLint(run, argv) {
  if (argv[1] !== cli || run.status === 0 || run.status === 1) return;
  console.error(`bench: \`beleefd ${argv.slice(2).join(" ")}\` stopte met code ${run.status}. Draai het commando zelf om de uitvoer te zien.\n${run.stderr.slice(0, 2000)}`);
  process.exit(2);
}
const beleefd = (...rest) => ["node", cli, ...rest];
const ms = (value) => `${Math.round(value)} ms`;
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const times = (value) => `${value.toFixed(2)}×`;
const verdict = (ok, miss) => (ok ? "gehaald" : `NIET gehaald (${miss})`);
const cpuPart = (m) => (Number.isNaN(m.cpuMs) ? "" : `, CPU ${ms(m.cpuMs)}`);

console.log("beleefd bench" + (quick ? " (--quick)" : ""));
console.log(
  `node ${process.version}, ${availableParallelism()} cores, belasting ${loadavg().map((l) => l.toFixed(1)).join(" / ")}; ` +
    `${PIN.length ? "doorvoer vastgezet op één core (taskset -c 0)" : "zonder taskset (niet vastgezet op één core)"}; ` +
    `geheugen en CPU-tijd via ${GNU_TIME ? "/usr/bin/time" : "process.resourceUsage()"}`,
);
console.log("Tijden: mediaan, om en om gemeten met hun referentie; CPU-tijd = user + system.\n");

// (1) Start-up: one small file against Node doing nothing.
{
  const runs = 15;
  const [floor, one] = alternate([["node", "-e", "0"], beleefd(smallFile)], runs, { cwd: root, check: mustLint });
  const ratio = one.ms / floor.ms;
  console.log(`(1) starten: één klein bestand (${readFileSync(smallFile).length} bytes) tegen \`node -e 0\`, ${runs} keer:`);
  console.log(`    node -e 0 ${ms(floor.ms)}${cpuPart(floor)}   beleefd ${ms(one.ms)}${cpuPart(one)}   piekgeheugen ${mb(one.rssKb)}`);
  console.log(`    factor ${times(ratio)} (CPU ${times(one.cpuMs / floor.cpuMs)})   doel ≤ ${TARGET.startup}×: ${verdict(ratio <= TARGET.startup, `${times(ratio / TARGET.startup)} van het doel`)}`);
}

// (2) Throughput on one core: the 2,000-call corpus against the naive script and textlint.
const made = ensureCorpus(corpus);
console.log(`\ncorpus: 2000 transcripten, ${(made.bytes / 1e6).toFixed(1)} MB in bench/.corpus${made.reused ? " (van een eerdere run)" : ""}`);
{
  const check = spawnSync(process.execPath, [cli, corpus, "--format", "json"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 30 });
  try {
    const results = JSON.parse(check.stdout);
    const count = results.reduce((n, r) => n + r.messages.length, 0);
    console.log(`    controle: ${results.length} resultaten, ${count} meldingen${results.length === 2000 ? "" : " — let op: niet 2000 resultaten"}`);
  } catch {
    console.log(`    let op: de JSON-uitvoer is niet te lezen (exitcode ${check.status}): ${String(check.stderr).slice(0, 300)}`);
  }
}
const corpusRun = beleefd(corpus, "--format", "json");
let corpusRss = NaN;
{
  const runs = quick ? 3 : 5;
  const [ref, all] = alternate([["node", naive, corpus], corpusRun], runs, { cwd: root, pin: true, check: mustLint });
  corpusRss = all.rssKb;
  const ratio = all.ms / ref.ms;
  console.log(`(2) doorvoer: het corpus, --format json, tegen een naïef script met één regex (bench/naive.mjs), ${runs} keer:`);
  console.log(`    naïef ${ms(ref.ms)}${cpuPart(ref)}   beleefd ${ms(all.ms)}${cpuPart(all)}   piekgeheugen ${mb(all.rssKb)}`);
  console.log(`    factor ${times(ratio)} (CPU ${times(all.cpuMs / ref.cpuMs)})   doel ≤ ${TARGET.naive}×: ${verdict(ratio <= TARGET.naive, `${times(ratio / TARGET.naive)} van het doel`)}`);
}
if (!quick) {
  const textlint = prepareTextlint();
  if (textlint.missing) {
    console.log(`    textlint: referentie ontbreekt: ${textlint.missing}`);
  } else {
    let crashed = "";
    const [ref, all] = alternate([[...textlint.argv, corpus], corpusRun], 3, {
      cwd: root,
      pin: true,
      check: (run, argv) => {
        if (argv === corpusRun) mustLint(run, argv);
        else if (!textlintRan(run)) crashed ||= run.stderr.trim().split("\n").find((line) => /Error/.test(line)) ?? `exitcode ${run.status}`;
      },
    });
    if (crashed) {
      console.log(`    textlint ${textlint.version}: liep niet door het corpus: ${crashed.slice(0, 200)}`);
    } else {
      const ratio = all.ms / ref.ms;
      console.log(`    textlint ${textlint.version} met één regel van tien regels ${ms(ref.ms)}${cpuPart(ref)}   beleefd ${ms(all.ms)}${cpuPart(all)}`);
      console.log(`    factor ${times(ratio)} (CPU ${times(all.cpuMs / ref.cpuMs)})   doel < ${TARGET.textlint}× (sneller dan textlint): ${verdict(ratio < TARGET.textlint, `${times(ratio)} van textlints tijd`)}`);
    }
  }
}

// (3) Workers on all cores, when this build has --concurrency.
if (!quick) {
  const help = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" }).stdout ?? "";
  if (!help.includes("--concurrency")) {
    console.log(`(3) workers: niet beschikbaar (deze build kent --concurrency niet)`);
  } else {
    // A thread per core, named: `auto` leaves one core to the main thread and starts no pool on 2 cores.
    const threads = String(Math.max(2, availableParallelism()));
    const [off, auto] = alternate([[...corpusRun, "--concurrency", "off"], [...corpusRun, "--concurrency", threads]], 3, { cwd: root, check: mustLint });
    const speedup = off.ms / auto.ms;
    console.log(`(3) workers: het corpus op alle ${availableParallelism()} cores, 3 keer:`);
    console.log(`    --concurrency off ${ms(off.ms)}   --concurrency ${threads} ${ms(auto.ms)}   piekgeheugen ${mb(off.rssKb)} / ${mb(auto.rssKb)}`);
    const target = availableParallelism() >= 2 ? TARGET.workers : 1;
    console.log(`    versnelling ${times(speedup)}   doel ≥ ${target}×${availableParallelism() >= 2 ? " op 2 cores" : " (één core)"}: ${verdict(speedup >= target, `${times(speedup)} in plaats van ${target}×`)}`);
  }
}

// (4) Peak memory: ten times the files, and one file of 50 MB.
if (!quick) {
  const started = process.hrtime.bigint();
  const big = ensureCorpus(bigCorpus, { count: 20000 });
  const made = big.reused ? "van een eerdere run" : `gemaakt in ${Math.round(Number(process.hrtime.bigint() - started) / 1e9)} s`;
  // One thread, as the 2,000-file run on one core: what grows with the number of files, not with threads.
  const run = runMeasured(beleefd(bigCorpus, "--format", "json", "--concurrency", "off"), { cwd: root });
  mustLint(run, beleefd(bigCorpus));
  const growth = run.rssKb / corpusRss;
  console.log(`(4) piekgeheugen bij 20.000 bestanden (${(big.bytes / 1e6).toFixed(0)} MB in bench/.corpus-20k, ${made}), --format json --concurrency off:`);
  console.log(`    2.000 bestanden ${mb(corpusRss)}   20.000 bestanden ${mb(run.rssKb)} (${(run.ms / 1000).toFixed(1)} s${cpuPart(run)})`);
  console.log(`    factor ${times(growth)}   doel ≤ ${TARGET.memoryGrowth}×: ${verdict(growth <= TARGET.memoryGrowth, `${times(growth)} in plaats van ${TARGET.memoryGrowth}×`)}`);

  mkdirSync(dirname(bigFile), { recursive: true });
  const calls = existsSync(bigFile) && statSync(bigFile).size >= BIG_FILE_BYTES ? undefined : writeMultiCallFile(bigFile, BIG_FILE_BYTES).calls;
  const size = statSync(bigFile).size;
  const one = await runWithLimit(beleefd(bigFile, "--format", "json"), { cwd: root, limitMs: BIG_FILE_LIMIT_S * 1000 });
  if (!one.timedOut) mustLint({ ...one, stderr: "" }, beleefd(bigFile));
  const peakMb = one.rssKb / 1024;
  const ran = one.timedOut ? `afgebroken na ${BIG_FILE_LIMIT_S} s, piek tot dan` : `${(one.ms / 1000).toFixed(1)} s, piek`;
  console.log(`    één bestand van ${(size / 1e6).toFixed(0)} MB met gesprekken tussen \`===\`${calls ? ` (${calls} gesprekken)` : ""}: ${ran} ${mb(one.rssKb)}, ${((one.rssKb * 1024) / size).toFixed(0)} bytes geheugen per byte invoer`);
  const miss = one.timedOut ? `niet klaar binnen ${BIG_FILE_LIMIT_S} s, al ${(peakMb / TARGET.bigFileMb).toFixed(1)}× het doel` : `${(peakMb / TARGET.bigFileMb).toFixed(1)}× het doel`;
  console.log(`    doel < ${TARGET.bigFileMb} MB: ${verdict(!one.timedOut && peakMb < TARGET.bigFileMb, miss)}`);
}

// (5) One opening turn of 1 MB in every format: work linear in the line, Markdown no slower in kind
// than plain text. The plain-text file, measured in this same run, is the reference.
{
  const longFiles = writeLongLines(join(corpus, "..", ".corpus-lange-regel"), LONG_LINE_BYTES);
  const measured = alternate(FORMATS.map((format) => beleefd(longFiles[format])), 3, { cwd: root, check: mustLint });
  const long = Object.fromEntries(FORMATS.map((format, i) => [format, measured[i]]));
  const reference = long.txt.ms;
  console.log(`(5) één openingsbeurt van ${LONG_LINE_BYTES / 1e6} MB op één regel, per formaat, 3 keer (referentie: .txt, ${ms(reference)}):`);
  for (const format of FORMATS) {
    const { ms: time, rssKb } = long[format];
    const factor = time / reference;
    console.log(`    .${format.padEnd(16)} ${ms(time).padStart(8)}   ${times(factor)} .txt   doel < ${TARGET.longLine}×: ${verdict(factor < TARGET.longLine, times(factor))}   piekgeheugen ${mb(rssKb)}`);
  }
}
