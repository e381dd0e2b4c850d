#!/usr/bin/env node
// `node scripts/measure-natural.mjs`: what the `natural` package's Dutch tools (Brill tagger,
// Porter stemmer, Jaro-Winkler) would cost and bring for beleefd. Measures load time and memory in
// fresh processes, tagging throughput next to beleefd's own tokenizer, two question/commitment
// detectors (tagger tags vs a hand word list) on the labelled sentences in
// measure-natural.data.json, the stemmer on inflected verb forms and Jaro-Winkler on name pairs.
// A report, not a test: it prints Markdown tables and exits 0; 2 when natural or esbuild is missing.
// Installs nothing: beleefd does not depend on natural, so run `npm install --no-save natural` first.
// The tokenizer is compiled from src/ into a temporary directory.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const NATURAL = "natural/lib/natural";
const BRILL = `${NATURAL}/brill_pos_tagger`;
// Unknown words get these tags, so that the context rules (written for this tag set) still apply.
const DEFAULT_TAG = "N(soort,ev,neut)";
const DEFAULT_TAG_CAPITALISED = "N(eigen,ev,neut)";

function fail(message) {
  console.error(`measure-natural: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Loading. Each variant is what a rule module would have to run before it can tag or stem.

/**
 * The Dutch tagger without natural's Lexicon class: Lexicon.js requires the 4 MB English lexicon
 * at module load, whatever language is asked for. The object below does what Lexicon#tagWord does.
 */
function loadDutchTaggerOnly() {
  const BrillPOSTagger = require(`${BRILL}/lib/Brill_POS_Tagger.js`);
  const RuleSet = require(`${BRILL}/lib/RuleSet.js`);
  const entries = require(`${BRILL}/data/Dutch/brill_Lexicon.json`);
  const lookup = (word) => (Object.hasOwn(entries, word) ? entries[word] : undefined);
  const lexicon = {
    tagWord: (word) =>
      lookup(word) ?? lookup(word.toLowerCase()) ?? [/[A-Z]/.test(word[0]) ? DEFAULT_TAG_CAPITALISED : DEFAULT_TAG],
  };
  return { tagger: new BrillPOSTagger(lexicon, new RuleSet("DU")), known: (word) => lookup(word) !== undefined || lookup(word.toLowerCase()) !== undefined };
}

/** The documented way through natural's own classes, deep-imported. */
function loadBrillModule() {
  const { BrillPOSTagger, Lexicon, RuleSet } = require(BRILL);
  return { tagger: new BrillPOSTagger(new Lexicon("DU", DEFAULT_TAG, DEFAULT_TAG_CAPITALISED), new RuleSet("DU")) };
}

const LOADERS = {
  "natural (hele pakket, import)": async () => {
    const { default: natural } = await import("natural"); // CommonJS: its exports are the default
    return new natural.BrillPOSTagger(new natural.Lexicon("DU", DEFAULT_TAG, DEFAULT_TAG_CAPITALISED), new natural.RuleSet("DU"));
  },
  "brill_pos_tagger (diepe import, Lexicon+RuleSet)": async () => loadBrillModule(),
  "alleen Nederlandse tagger (lexicon+regels)": async () => loadDutchTaggerOnly(),
  "waarvan: lexicon (JSON, 588 kB)": async () => require(`${BRILL}/data/Dutch/brill_Lexicon.json`),
  "waarvan: 285 regels (new RuleSet(\"DU\"))": async () => new (require(`${BRILL}/lib/RuleSet.js`))("DU"),
  "PorterStemmerNl (diepe import)": async () => require(`${NATURAL}/stemmers/porter_stemmer_nl.js`),
  "JaroWinklerDistance (diepe import)": async () => require(`${NATURAL}/distance/jaro-winkler_distance.js`),
  "beleefd tokenizer (src/text/tokens.ts)": async (tokenizerFile) => import(pathToFileURL(tokenizerFile).href),
};

/** Child mode: load one variant, print its time and the memory it keeps. */
async function runLoader(name, tokenizerFile) {
  globalThis.gc();
  const before = process.memoryUsage();
  const start = performance.now();
  globalThis.kept = await LOADERS[name](tokenizerFile);
  const ms = performance.now() - start;
  globalThis.gc();
  const after = process.memoryUsage();
  process.stdout.write(JSON.stringify({ ms, heapMb: (after.heapUsed - before.heapUsed) / 2 ** 20, rssMb: (after.rss - before.rss) / 2 ** 20 }));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Every loader 10 times, each in a fresh Node process (cold module cache), median of each figure. */
function measureLoads(tokenizerFile) {
  const rows = [];
  for (const name of Object.keys(LOADERS)) {
    const runs = [];
    for (let i = 0; i < 10; i++) {
      const child = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--load", name, tokenizerFile], { cwd: root, encoding: "utf8" });
      if (child.status !== 0) fail(`laden van "${name}" mislukte:\n${child.stderr.slice(0, 2000)}`);
      runs.push(JSON.parse(child.stdout));
    }
    rows.push({ name, ms: median(runs.map((r) => r.ms)), heapMb: median(runs.map((r) => r.heapMb)), rssMb: median(runs.map((r) => r.rssMb)) });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Text.

/** src/text/tokens.ts bundled with esbuild into a temporary .mjs; returns its path. */
async function compileTokenizer(dir) {
  const { build } = await import("esbuild");
  const out = join(dir, "tokens.mjs");
  await build({ entryPoints: [join(root, "src", "text", "tokens.ts")], bundle: true, format: "esm", platform: "node", outfile: out, logLevel: "silent" });
  return out;
}

const AGENT_LINE = /^\**(?:Agent|Medewerker|Medewerkster)\**:\**\s*(.+)$/;

/** The agent's turns in the example transcripts, per file. */
function agentTurnsPerFile() {
  const dir = join(root, "fixtures", "examples", "transcripts");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(join(dir, name), "utf8").split(/\r?\n/).map((line) => AGENT_LINE.exec(line)?.[1]).filter(Boolean));
}

/** What speech-to-text output looks like: lower case, no punctuation. */
const asSpeechToText = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}\s'-]/gu, " ").replace(/\s+/g, " ").trim();

/** Word arrays per sentence, as the tagger takes them. */
function sentenceWords(tokenize, text) {
  const { tokens, sentences } = tokenize(text);
  return sentences.map((s) => tokens.slice(s.from, s.to));
}

/** Tokens per second of `work` over `tokenCount` tokens: repeated for at least 400 ms, median of 5 rounds. */
function throughput(work, tokenCount) {
  work();
  const rounds = [];
  for (let r = 0; r < 5; r++) {
    let done = 0;
    const start = performance.now();
    while (performance.now() - start < 400) {
      work();
      done += tokenCount;
    }
    rounds.push(done / ((performance.now() - start) / 1000));
  }
  return median(rounds);
}

// ---------------------------------------------------------------------------------------------
// Detectors. Both share every rule; they differ only in how they recognise a finite verb, a
// subject pronoun and a first-person pronoun: from the tagger's tags, or from the word lists.

const FINITE_TAG = /^V\([^)]*,(?:ott|ovt),/;
const PRESENT_FIRST_PERSON_TAG = /^V\([^)]*,ott,(?:1,ev|1_of_2_of_3,mv)\)$/;
const PRESENT_TAG = /^V\([^)]*,ott,/;
const PRONOUN_TAG = /^(?:Pron\(|Adv\(\w+,er\))/;
const FIRST_PERSON_TAG = /^Pron\(per,1,(?:ev|mv),nom\)$/;

function taggerFeatures(tagger, { strictPerson }) {
  return (words) => {
    const tags = tagger.tag(words.map((w) => w.value)).taggedWords.map((w) => w.tag);
    const commitVerb = strictPerson ? PRESENT_FIRST_PERSON_TAG : PRESENT_TAG;
    return {
      finite: (i) => FINITE_TAG.test(tags[i] ?? ""),
      pronoun: (i) => PRONOUN_TAG.test(tags[i] ?? ""),
      firstPerson: (i) => FIRST_PERSON_TAG.test(tags[i] ?? ""),
      commitVerb: (i) => commitVerb.test(tags[i] ?? ""),
    };
  };
}

function wordListFeatures(lexicon) {
  const finite = new Set(lexicon.presentFiniteVerbs);
  const pronouns = new Set(lexicon.subjectPronouns);
  const firstPerson = new Set(lexicon.firstPersonPronouns);
  return (words) => ({
    finite: (i) => finite.has(words[i]?.norm),
    pronoun: (i) => pronouns.has(words[i]?.norm),
    firstPerson: (i) => firstPerson.has(words[i]?.norm),
    commitVerb: (i) => finite.has(words[i]?.norm),
  });
}

function makeDetector(tokenize, lexicon, features) {
  const markers = new Set(lexicon.discourseMarkers);
  const questionWords = new Set(lexicon.questionWords);
  const notCommitting = new Set(lexicon.notCommitting);
  const clauseStart = (words) => {
    let i = 0;
    while (i < words.length && markers.has(words[i].norm)) i++;
    return i;
  };
  const isQuestion = (words, f, endsWithQuestionMark) => {
    if (endsWithQuestionMark) return true;
    const s = clauseStart(words);
    if (f.finite(s) && f.pronoun(s + 1)) return true; // Kunt u ..., hebt ge ...
    return questionWords.has(words[s]?.norm) && (f.finite(s + 1) || f.finite(s + 2)); // wat kan ..., hoe laat schikt ...
  };
  // ik/we followed within two words by a present-tense verb that promises something, or preceded
  // by one that is not the first word of the clause (dan stuur ik).
  const isCommitment = (words, f) => {
    const s = clauseStart(words);
    const promises = (j) => f.commitVerb(j) && !notCommitting.has(words[j].norm);
    for (let i = 0; i < words.length; i++) {
      if (!f.firstPerson(i)) continue;
      const next = [i + 1, i + 2].find((j) => j < words.length && f.commitVerb(j));
      if (next !== undefined && promises(next)) return true;
      if (i - 1 > s && promises(i - 1)) return true;
    }
    return false;
  };
  return (item) => {
    const { tokens, sentences } = tokenize(item.text);
    let question = false;
    let commitment = false;
    for (const sentence of sentences) {
      const words = tokens.slice(sentence.from, sentence.to);
      const f = features(words);
      const q = isQuestion(words, f, sentence.question);
      question ||= q;
      commitment ||= item.speaker === "agent" && !q && isCommitment(words, f);
    }
    return { question, commitment };
  };
}

function score(items, predictions, label) {
  let tp = 0, fp = 0, fn = 0;
  const misses = [];
  items.forEach((item, i) => {
    const got = predictions[i][label];
    if (got && item[label]) {
      tp++;
    } else if (got) {
      fp++;
      misses.push(`FP "${item.text}"`);
    } else if (item[label]) {
      fn++;
      misses.push(`FN "${item.text}"`);
    }
  });
  return { tp, fp, fn, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), misses };
}

// ---------------------------------------------------------------------------------------------
// Output.

const pct = (x) => `${(100 * x).toFixed(0)}%`;
const table = (head, rows) => [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");

async function main() {
  if (!existsSync(join(root, "node_modules", "natural", "package.json"))) fail("natural is niet geïnstalleerd: beleefd gebruikt het niet (zie de README, \"natural\"). Installeer het alleen voor deze meting: `npm install --no-save natural`.");
  if (!existsSync(join(root, "node_modules", "esbuild"))) fail("esbuild ontbreekt. Draai eerst `npm ci`.");
  let data;
  try {
    data = JSON.parse(readFileSync(join(root, "scripts", "measure-natural.data.json"), "utf8"));
  } catch (error) {
    fail(`scripts/measure-natural.data.json is niet te lezen: ${error.message}`);
  }
  const dir = mkdtempSync(join(tmpdir(), "beleefd-natural-"));
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  const tokenizerFile = await compileTokenizer(dir);
  const { tokenize } = await import(pathToFileURL(tokenizerFile).href);
  const naturalVersion = JSON.parse(readFileSync(join(root, "node_modules", "natural", "package.json"), "utf8")).version;
  console.log(`# natural ${naturalVersion} voor beleefd (node ${process.version})\n`);
  // Timings on a busy machine are slower and noisier: the load average says how busy it was.
  console.log(`Belasting van de machine bij de start: ${loadavg()[0].toFixed(1)} (1 min) op ${availableParallelism()} cores\n`);

  // 1. Loading.
  console.log("## Laden: koud, in een vers proces, mediaan van 10\n");
  const loads = measureLoads(tokenizerFile);
  console.log(table(["wat", "ms", "heap MB", "RSS MB"], loads.map((r) => [r.name, r.ms.toFixed(1), r.heapMb.toFixed(1), r.rssMb.toFixed(1)])));

  // The Dutch-only loader must tag exactly as natural's own classes do.
  const { tagger, known } = loadDutchTaggerOnly();
  const reference = loadBrillModule().tagger;
  const allWords = data.sentences.flatMap((s) => sentenceWords(tokenize, s.text)).map((ws) => ws.map((w) => w.value));
  const same = allWords.every((ws) => JSON.stringify(tagger.tag(ws).taggedWords) === JSON.stringify(reference.tag(ws).taggedWords));
  console.log(`\nAlleen-Nederlands taggen geeft dezelfde tags als natural's Lexicon/RuleSet: ${same ? "ja" : "NEE"}`);
  console.log(`Lexicon: ${Object.keys(require(`${BRILL}/data/Dutch/brill_Lexicon.json`)).length} woorden, ${reference.ruleSet.nrRules()} contextregels`);

  // 2. Throughput on the agent turns of the example transcripts.
  const files = agentTurnsPerFile();
  const turns = files.flat();
  const sentences = turns.flatMap((t) => sentenceWords(tokenize, t)).map((ws) => ws.map((w) => w.value));
  const tokenCount = sentences.reduce((n, s) => n + s.length, 0);
  const tokenizeRate = throughput(() => turns.forEach((t) => tokenize(t)), tokenCount);
  const tagRate = throughput(() => sentences.forEach((s) => tagger.tag(s)), tokenCount);
  const tokensPerFile = tokenCount / files.length;
  const tokensPerMb = tokenCount / (Buffer.byteLength(turns.join("\n")) / 1e6);
  console.log(`\n## Doorvoer: ${turns.length} medewerkerbeurten uit ${files.length} voorbeeldtranscripten, ${tokenCount} tokens\n`);
  const rateRow = (name, rate) => [name, rate.toFixed(0), (1e6 / rate).toFixed(3), ((1000 * tokensPerFile) / rate).toFixed(3), (tokensPerMb / rate).toFixed(2)];
  console.log(table(["wat", "tokens/s", "ms per 1000 tokens", `ms per bestand (${tokensPerFile.toFixed(0)} tokens)`, "s per MB medewerkertekst"], [
    rateRow("beleefd tokenize()", tokenizeRate),
    rateRow("natural Brill tag() (zonder tokenizen)", tagRate),
  ]));

  // 3. Detectors.
  const detectors = {
    "tagger (ott,1 na ik/we)": makeDetector(tokenize, data.lexicon, taggerFeatures(tagger, { strictPerson: true })),
    "tagger (elke ott na ik/we)": makeDetector(tokenize, data.lexicon, taggerFeatures(tagger, { strictPerson: false })),
    woordenlijst: makeDetector(tokenize, data.lexicon, wordListFeatures(data.lexicon)),
  };
  const items = data.sentences;
  const subsets = {
    "alle 120": () => true,
    "zonder ?": (s) => !s.text.includes("?"),
    "spraak-naar-tekst": (s) => s.register === "stt",
  };
  console.log(`\n## Detectoren op ${items.length} gelabelde zinnen (${items.filter((s) => s.question).length} vragen, ${items.filter((s) => s.commitment).length} toezeggingen)\n`);
  const rows = [];
  const allMisses = [];
  for (const [name, detect] of Object.entries(detectors)) {
    const predictions = items.map(detect);
    for (const [subset, keep] of Object.entries(subsets)) {
      const idx = items.map((s, i) => (keep(s) ? i : -1)).filter((i) => i >= 0);
      const q = score(idx.map((i) => items[i]), idx.map((i) => predictions[i]), "question");
      const c = score(idx.map((i) => items[i]), idx.map((i) => predictions[i]), "commitment");
      rows.push([name, `${subset} (${idx.length})`, `${pct(q.precision)} / ${pct(q.recall)} (fp ${q.fp}, fn ${q.fn})`, `${pct(c.precision)} / ${pct(c.recall)} (fp ${c.fp}, fn ${c.fn})`]);
      if (subset === "alle 120") allMisses.push(`${name}\n  vraag: ${q.misses.join("\n         ") || "-"}\n  toezegging: ${c.misses.join("\n              ") || "-"}`);
    }
  }
  console.log(table(["detector", "zinnen", "vraag precisie / recall", "toezegging precisie / recall"], rows));
  console.log(`\nFouten per detector:\n${allMisses.join("\n")}`);

  // The word list was written from these sentences' vocabulary, so its scores above flatter it.
  // Held out: a list with only the verb forms seen in the even-numbered sentences, scored on the
  // odd-numbered ones (the tagger on the same half for comparison).
  const even = items.filter((_, i) => i % 2 === 0);
  const odd = items.filter((_, i) => i % 2 === 1);
  const seen = new Set(even.flatMap((s) => tokenize(s.text).tokens.map((t) => t.norm)));
  const heldOut = { ...data.lexicon, presentFiniteVerbs: data.lexicon.presentFiniteVerbs.filter((v) => seen.has(v)) };
  const heldOutDetectors = {
    ...detectors,
    [`woordenlijst, alleen de ${heldOut.presentFiniteVerbs.length} vormen uit de even zinnen`]: makeDetector(tokenize, heldOut, wordListFeatures(heldOut)),
  };
  const heldOutRows = Object.entries(heldOutDetectors).map(([name, detect]) => {
    const predictions = odd.map(detect);
    const q = score(odd, predictions, "question");
    const c = score(odd, predictions, "commitment");
    return [name, `${pct(q.precision)} / ${pct(q.recall)} (fp ${q.fp}, fn ${q.fn})`, `${pct(c.precision)} / ${pct(c.recall)} (fp ${c.fp}, fn ${c.fn})`];
  });
  console.log(`\n### Uitgehouden: de ${odd.length} oneven zinnen (${odd.filter((s) => s.question).length} vragen, ${odd.filter((s) => s.commitment).length} toezeggingen)\n`);
  console.log(table(["detector", "vraag precisie / recall", "toezegging precisie / recall"], heldOutRows));

  // Unknown words: the tagger gives them the default noun tag.
  const unknownRate = (texts) => {
    const words = texts.flatMap((t) => sentenceWords(tokenize, t).flat()).filter((w) => /\p{L}/u.test(w.value));
    const unknown = words.filter((w) => !known(w.value));
    return { total: words.length, unknown: unknown.length, examples: [...new Set(unknown.map((w) => w.norm))] };
  };
  const unknownRows = [
    ["gelabelde zinnen, spraak-naar-tekst", unknownRate(items.filter((s) => s.register === "stt").map((s) => s.text))],
    ["gelabelde zinnen, alle registers", unknownRate(items.map((s) => s.text))],
    ["medewerkerbeurten voorbeelden", unknownRate(turns)],
    ["idem, als spraak-naar-tekst", unknownRate(turns.map(asSpeechToText))],
  ];
  console.log("\n## Onbekende woorden (niet in het lexicon, dus standaard N)\n");
  console.log(table(["tekst", "woorden", "onbekend", "aandeel"], unknownRows.map(([name, r]) => [name, r.total, r.unknown, pct(r.unknown / r.total)])));
  console.log(`\nOnbekend in de spraak-naar-tekstzinnen: ${unknownRows[0][1].examples.join(", ")}`);

  // 4a. Stemmer.
  const stemmer = require(`${NATURAL}/stemmers/porter_stemmer_nl.js`);
  console.log("\n## PorterStemmerNl op 60 werkwoordsvormen\n");
  const stemRows = [];
  const owner = new Map();
  let matching = 0;
  let collisions = 0;
  for (const { lemma, forms } of data.verbForms) {
    const stems = forms.map((f) => stemmer.stem(f));
    const infinitive = stemmer.stem(lemma);
    matching += stems.filter((s) => s === infinitive).length;
    for (const s of new Set(stems)) {
      if (owner.has(s) && owner.get(s) !== lemma) collisions++;
      owner.set(s, lemma);
    }
    stemRows.push([lemma, forms.map((f, i) => `${f}→${stems[i]}`).join(", "), `${stems.filter((s) => s === infinitive).length}/6`, new Set(stems).size]);
  }
  console.log(table(["lemma", "vorm→stam", "zelfde stam als infinitief", "verschillende stammen"], stemRows));
  console.log(`\nTotaal: ${matching}/60 vormen krijgen de stam van hun infinitief; ${collisions} stammen gedeeld tussen verschillende werkwoorden.`);

  // 4b. Names.
  const jaroWinkler = require(`${NATURAL}/distance/jaro-winkler_distance.js`);
  const { LevenshteinDistance } = require(`${NATURAL}/distance/levenshtein_distance.js`);
  const plain = (name) => name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[\s-]/g, "");
  const pairs = data.names.map((p) => ({
    ...p,
    jwLower: jaroWinkler(p.expected, p.heard, { ignoreCase: true }),
    jwPlain: jaroWinkler(plain(p.expected), plain(p.heard)),
    lev: LevenshteinDistance(plain(p.expected), plain(p.heard)),
  }));
  const errors = (accept) => {
    const fp = pairs.filter((p) => !p.same && accept(p));
    const fn = pairs.filter((p) => p.same && !accept(p));
    return [fp.length, fn.length, [...fp.map((p) => `FP ${p.expected}~${p.heard}`), ...fn.map((p) => `FN ${p.expected}~${p.heard}`)].join(", ")];
  };
  const nameRows = [];
  for (const t of [0.8, 0.85, 0.88, 0.9, 0.92, 0.95]) {
    nameRows.push([`Jaro-Winkler ≥ ${t}, kleine letters`, ...errors((p) => p.jwLower >= t)]);
    nameRows.push([`Jaro-Winkler ≥ ${t}, genormaliseerd`, ...errors((p) => p.jwPlain >= t)]);
  }
  nameRows.push(["Levenshtein ≤ 1, genormaliseerd", ...errors((p) => p.lev <= 1)]);
  nameRows.push(["Levenshtein ≤ 2, genormaliseerd", ...errors((p) => p.lev <= 2)]);
  const sameCount = pairs.filter((p) => p.same).length;
  console.log(`\n## Namen: ${pairs.length} paren (${sameCount} dezelfde naam verkeerd gespeld, ${pairs.length - sameCount} een andere naam)\n`);
  console.log("Genormaliseerd: kleine letters, zonder accenten, spaties en streepjes.\n");
  console.log(table(["maat", "FP", "FN", "welke"], nameRows));
}

if (process.argv[2] === "--load") await runLoader(process.argv[3], process.argv[4]);
else await main();
