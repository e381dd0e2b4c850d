#!/usr/bin/env node
// `node scripts/measure-compromise.mjs [sentences.json]`: what compromise (an English part-of-speech
// tagger) brings the English pack. Labels the sentences of an English set (default
// fixtures/eval-en/dev/sentences.json) twice, with word order alone and with compromise deciding
// the questions word order misses, and prints per act and for questions precision and recall, the
// question kinds, the time per sentence, and what loading compromise costs in a fresh process.
// A report, not a test: exit 0; 2 when the set or esbuild is missing. The pack is compiled from
// src/ into a temporary directory. Also: compromise alone deciding every sentence without "?".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const setPath = process.argv[2] ?? join(root, "fixtures", "eval-en", "dev", "sentences.json");

function fail(message) {
  console.error(`measure-compromise: ${message}`);
  process.exit(2);
}

if (!existsSync(setPath)) fail(`${setPath} bestaat niet; geef het pad van een sentences.json.`);
if (/heldout/.test(setPath)) fail("het achtergehouden deel wordt alleen met `npm run accuracy` gemeten.");
const sentences = JSON.parse(readFileSync(setPath, "utf8"));

/** The pack's labeller, tokenizer and phrase book, compiled from src/ with compromise left external. */
async function compiled() {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    fail("esbuild ontbreekt (npm ci).");
  }
  // Inside node_modules/.cache, so the bundle finds compromise in the project's node_modules.
  const cache = join(root, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, "measure-compromise-"));
  const entry = `
    export { english } from "${root}/src/lang/en/index.ts";
    export { englishLabeller } from "${root}/src/lang/en/sentences/label.ts";
    export { tokenize } from "${root}/src/text/tokens.ts";
    export { phraseBookOf } from "${root}/src/text/phrases.ts";`;
  await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: "ts" }, bundle: true, format: "esm", platform: "node", outfile: join(dir, "pack.mjs"), external: ["compromise"], logLevel: "error" });
  const module = await import(pathToFileURL(join(dir, "pack.mjs")).href);
  return { module, dir };
}

function score(label, book, tokenize) {
  const perAct = {};
  const kinds = { agreed: 0, total: 0 };
  const start = performance.now();
  for (const sentence of sentences) {
    const tokenized = tokenize(sentence.text);
    const labelled = label(sentence.text, tokenized, sentence.speaker, book);
    const found = new Set(labelled.flatMap((s) => [...s.acts]));
    const expected = new Set(sentence.acts);
    for (const act of new Set([...found, ...expected])) {
      const s = (perAct[act] ??= { tp: 0, fp: 0, fn: 0 });
      if (found.has(act) && expected.has(act)) s.tp++;
      else if (found.has(act)) s.fp++;
      else s.fn++;
    }
    if (sentence.question && found.has("question")) {
      kinds.total++;
      if (labelled.some((s) => s.question === sentence.question)) kinds.agreed++;
    }
  }
  return { perAct, kinds, msPerSentence: (performance.now() - start) / sentences.length };
}

const ratio = (a, b) => (b === 0 ? "–" : (a / b).toFixed(2));
const pr = (s) => `${ratio(s.tp, s.tp + s.fp)} / ${ratio(s.tp, s.tp + s.fn)}`;
function total(perAct) {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const s of Object.values(perAct)) for (const k of ["tp", "fp", "fn"]) t[k] += s[k];
  return t;
}

/** Milliseconds to import compromise and tag one sentence, in a fresh process (median of 5). */
function loadCost() {
  const script = `const t=performance.now();const {default:nlp}=await import("compromise");nlp("can you hold for a moment").questions().found;console.log(performance.now()-t)`;
  const times = [];
  for (let i = 0; i < 5; i++) {
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    times.push(Number(run.stdout.trim()));
  }
  return times.sort((a, b) => a - b)[2];
}

/** Questions as compromise alone sees them (a question mark, or its grammar), against the labels. */
async function compromiseAlone() {
  const { default: nlp } = await import(pathToFileURL(join(root, "node_modules", "compromise", "src", "three.js")).href);
  const s = { tp: 0, fp: 0, fn: 0 };
  for (const sentence of sentences) {
    const found = /\?\s*$/.test(sentence.text) || nlp(sentence.text).questions().found;
    const expected = sentence.acts.includes("question");
    if (found && expected) s.tp++;
    else if (found) s.fp++;
    else if (expected) s.fn++;
  }
  return s;
}

const { module, dir } = await compiled();
try {
  const { english, englishLabeller, tokenize, phraseBookOf } = module;
  const book = phraseBookOf(english);
  // Warm both once, so the first measured sentence does not pay for compiling the phrase lists.
  for (const label of [englishLabeller(), english.labelSentences]) score(label, book, tokenize);
  const plain = score(englishLabeller(), book, tokenize);
  const grammar = score(english.labelSentences, book, tokenize);
  console.log(`Engelse zinnen: ${setPath.replace(root + "/", "")} (${sentences.length} zinnen)\n`);
  console.log("| | woordvolgorde | met compromise |");
  console.log("|---|---|---|");
  console.log(`| vraag (precisie / recall) | ${pr(plain.perAct.question ?? { tp: 0, fp: 0, fn: 0 })} | ${pr(grammar.perAct.question ?? { tp: 0, fp: 0, fn: 0 })} |`);
  console.log(`| soort vraag goed | ${plain.kinds.agreed}/${plain.kinds.total} | ${grammar.kinds.agreed}/${grammar.kinds.total} |`);
  console.log(`| alle handelingen (precisie / recall) | ${pr(total(plain.perAct))} | ${pr(total(grammar.perAct))} |`);
  console.log(`| tijd per zin | ${plain.msPerSentence.toFixed(3)} ms | ${grammar.msPerSentence.toFixed(3)} ms |`);
  console.log(`| compromise alleen: vraag zonder "?" (precisie / recall) | – | ${pr(await compromiseAlone())} |`);
  console.log(`| compromise laden en één zin taggen (vers proces, mediaan van 5) | – | ${loadCost().toFixed(0)} ms |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
