#!/usr/bin/env node
// `npm run accuracy`: lints every labelled example with the built package and compares the
// (ruleId, line) pairs with the labels in fixtures/examples/labels/<rule-id>.json (one file per rule,
// so rules are labelled independently). Prints precision and recall per rule
// and every false positive / false negative with file:line, so a rule author knows where to look.
// A report, not a test: exit 0 whatever the scores; exit 2 when the labels are invalid or the build
// is missing or throws (then the figures are incomplete).
import { printRewriteAccuracy } from "./rewrite-accuracy.mjs";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Ajv from "ajv";
import { phaseAgreement } from "./phase-agreement.mjs";
import { actAgreement, evalParts, evalSet, introductionAgreement, lintPart, phaseLabelsDir } from "./eval-set.mjs";

// `--details heldout` lists the misses of the held-out part too; by default only its figures are
// shown, so nobody tunes on it by accident.
const detailsFor = new Set(process.argv.includes("--details") ? [process.argv[process.argv.indexOf("--details") + 1]] : ["dev"]);
// `--set eval-en` (or a path to a set) reports only that evaluation set, in its language.
const setName = process.argv.includes("--set") ? process.argv[process.argv.indexOf("--set") + 1] : undefined;

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const examples = join(root, "fixtures", "examples");
const labelsDir = join(examples, "labels");

function fail(message) {
  console.error(`accuracy: ${message}`);
  process.exit(2);
}

/** Every labels/<rule>.json, validated, merged into file → expected messages (with ruleId). */
function readLabels() {
  const schema = JSON.parse(readFileSync(join(examples, "labels.schema.json"), "utf8"));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const files = {};
  const ruleIds = [];
  for (const name of readdirSync(labelsDir).filter((n) => n.endsWith(".json")).sort()) {
    const where = `fixtures/examples/labels/${name}`;
    let labels;
    try {
      labels = JSON.parse(readFileSync(join(labelsDir, name), "utf8"));
    } catch (error) {
      fail(`${where} is geen geldige JSON: ${error.message}`);
    }
    if (!validate(labels)) {
      const problems = validate.errors.map((e) => `  ${e.instancePath || "/"} ${e.message}`).join("\n");
      fail(`${where} klopt niet met labels.schema.json:\n${problems}`);
    }
    if (`${labels.rule}.json` !== name) fail(`${where} zegt "rule": "${labels.rule}"; dat hoort de bestandsnaam te zijn.`);
    ruleIds.push(labels.rule);
    for (const [file, expected] of Object.entries(labels.files)) {
      if (!existsSync(join(examples, file))) fail(`${where} noemt ${file}, maar dat bestand bestaat niet.`);
      files[file] ??= [];
      files[file].push(...expected.map((m) => ({ ruleId: labels.rule, ...m })));
    }
  }
  return { files, ruleIds };
}

function fixtureFiles() {
  return ["scripts", "transcripts"].flatMap((dir) =>
    readdirSync(join(examples, dir))
      .filter((name) => /\.(md|txt)$/.test(name))
      .map((name) => `${dir}/${name}`),
  );
}

async function loadApi() {
  const entry = join(root, "dist", "index.js");
  if (!existsSync(entry)) fail("dist/index.js bestaat niet. Bouw eerst met `npm run build`.");
  const api = await import(pathToFileURL(entry).href);
  if (typeof api.lint !== "function") fail("dist/index.js exporteert geen functie lint(text, options).");
  return api;
}

/** The inferred phases against `dir`/phases.json, per file and in total. */
async function printPhaseAgreement(api, dir = examples, name = "fixtures/examples/phases.json", details = true) {
  let results;
  try {
    results = await phaseAgreement(dir, api.parseText, await api.resolveConfig());
  } catch (error) {
    fail(error.message);
  }
  console.log(`\nAfgeleide gespreksfasen tegen ${name} (regels met dezelfde fase):`);
  let agreed = 0;
  let total = 0;
  for (const r of results) {
    agreed += r.agreed;
    total += r.total;
    if (!details) continue;
    console.log(`  ${r.file.padEnd(58)} ${String(r.agreed).padStart(3)}/${String(r.total).padEnd(3)} ${ratio(r.agreed, r.total)}`);
    for (const m of r.misses) console.log(`      regel ${m.line}: docent ${m.expected.join(" → ")}, beleefd ${m.actual.join(" → ") || "geen fase"}`);
  }
  console.log(`  ${"totaal".padEnd(58)} ${String(agreed).padStart(3)}/${String(total).padEnd(3)} ${ratio(agreed, total)}`);
}

/** Multiset difference per (ruleId, line): what both have, and what only one side has. */
function compare(expected, actual) {
  const key = (m) => `${m.ruleId}\u0000${m.line}`;
  const pool = new Map();
  for (const m of actual) {
    const list = pool.get(key(m)) ?? [];
    list.push(m);
    pool.set(key(m), list);
  }
  const tp = [];
  const fn = [];
  for (const m of expected) {
    const match = pool.get(key(m))?.shift();
    if (match) tp.push(m);
    else fn.push(m);
  }
  const fp = [...pool.values()].flat();
  return { tp, fp, fn };
}

const ratio = (a, b) => (b === 0 ? "   –" : (a / b).toFixed(2).padStart(4));

function table(stats, ruleIds) {
  const head = ["regel".padEnd(26), "TP".padStart(4), "FP".padStart(4), "FN".padStart(4), "precisie", "recall"].join("  ");
  const rows = [head, "-".repeat(head.length)];
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const id of ruleIds) {
    const s = stats[id];
    total.tp += s.tp;
    total.fp += s.fp;
    total.fn += s.fn;
    rows.push(row(id, s));
  }
  rows.push("-".repeat(head.length), row("totaal", total));
  return rows.join("\n");
}

function row(name, s) {
  return [
    name.padEnd(26),
    String(s.tp).padStart(4),
    String(s.fp).padStart(4),
    String(s.fn).padStart(4),
    ratio(s.tp, s.tp + s.fp).padStart(8),
    ratio(s.tp, s.tp + s.fn).padStart(6),
  ].join("  ");
}

async function main() {
  const labels = readLabels();
  const RULE_IDS = labels.ruleIds;
  if (setName !== undefined) return printOtherSet(labels.ruleIds);
  const unlabelled = fixtureFiles().filter((file) => !(file in labels.files));
  const api = await loadApi();
  const lint = api.lint;

  const stats = Object.fromEntries(RULE_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const falsePositives = [];
  const falseNegatives = [];
  const otherMessages = [];
  const crashes = [];
  for (const [file, expected] of Object.entries(labels.files)) {
    const path = join(examples, file);
    let result;
    try {
      result = await lint(readFileSync(path, "utf8"), { filePath: path });
    } catch (error) {
      crashes.push({ file, error });
      continue;
    }
    const actual = [];
    for (const message of result.messages) {
      if (RULE_IDS.includes(message.ruleId)) actual.push(message);
      else if (!file.includes("-parsefout")) otherMessages.push({ file, message });
    }
    const { tp, fp, fn } = compare(expected, actual);
    for (const m of tp) stats[m.ruleId].tp++;
    for (const m of fp) {
      stats[m.ruleId].fp++;
      falsePositives.push({ file, ...m });
    }
    for (const m of fn) {
      stats[m.ruleId].fn++;
      falseNegatives.push({ file, ...m });
    }
  }

  const where = (m) => `fixtures/examples/${m.file}:${m.line}${m.column ? `:${m.column}` : ""}`;
  const byPlace = (a, b) => a.ruleId.localeCompare(b.ruleId) || a.file.localeCompare(b.file) || a.line - b.line;
  console.log(`beleefd accuracy: ${Object.keys(labels.files).length} gelabelde voorbeelden\n`);
  console.log(table(stats, RULE_IDS));
  if (falsePositives.length) {
    console.log("\nFout-positief (beleefd meldt iets wat de docent niet aanstreept):");
    for (const m of falsePositives.sort(byPlace)) {
      console.log(`  ${m.ruleId.padEnd(24)} ${where(m)}  ${m.messageId ?? ""}: ${oneLine(m.message)}`);
    }
  }
  if (falseNegatives.length) {
    console.log("\nFout-negatief (de docent streept dit aan, beleefd meldt het niet):");
    for (const m of falseNegatives.sort(byPlace)) {
      console.log(`  ${m.ruleId.padEnd(24)} ${where(m)}${m.note ? `  (${m.note})` : ""}`);
    }
  }
  if (otherMessages.length) {
    console.log("\nAndere meldingen (parser, directieven, regels zonder labels; niet meegeteld):");
    for (const { file, message } of otherMessages) {
      console.log(`  ${where({ file, line: message.line })}  ${oneLine(message.message)}`);
    }
  }
  if (unlabelled.length) {
    console.log(`\nLet op: niet gelabeld in fixtures/examples/labels/ (niet meegeteld): ${unlabelled.join(", ")}`);
  }
  if (crashes.length) {
    // Not a score: the build itself is broken, so the figures above are incomplete.
    console.error(`\nlint() liep vast op ${crashes.length} bestand(en); die tellen hierboven niet mee:`);
    for (const { file, error } of crashes) console.error(`  fixtures/examples/${file}: ${error?.stack ?? error}`);
    process.exit(2);
  }
  if (!falsePositives.length && !falseNegatives.length) console.log("\nAlles klopt met de labels.");
  await printPhaseAgreement(api);
  for (const part of evalParts(root)) await printEvalPart(api, part, RULE_IDS);
  await printRewriteAccuracy(api, root);
}

/** Only the evaluation set named by `--set`: its parts, as for the default set. */
async function printOtherSet(ruleIds) {
  const set = evalSet(root, setName);
  const parts = evalParts(root, set);
  if (parts.length === 0) fail(`${set.label} heeft geen delen met een labels.json.`);
  const api = await loadApi();
  for (const part of parts) await printEvalPart(api, part, ruleIds, set);
}

/** One part of the evaluation set: rules, unreadable calls, phases and sentence acts. */
async function printEvalPart(api, part, ruleIds, set = evalSet(root)) {
  const details = detailsFor.has(part);
  let calls;
  try {
    calls = await lintPart(api, root, part, ruleIds, set);
  } catch (error) {
    fail(error.message);
  }
  const title = part === "dev" ? "ontwikkeldeel" : "achtergehouden deel: nooit op afgestemd";
  console.log(`\n\n=== Evaluatieset ${set.label}/${part} (${title}): ${calls.calls} gesprekken ===\n`);
  console.log(table(calls.stats, ruleIds));
  const u = calls.unreadable;
  console.log(`\nOnleesbare gesprekken herkend: ${u.found}/${u.expected}; toch beoordeeld: ${u.scoredAnyway.join(", ") || "geen"}; leesbare geweigerd: ${u.refusedReadable.join(", ") || "geen"}`);
  if (details) {
    const byPlace = (a, b) => a.ruleId.localeCompare(b.ruleId) || a.file.localeCompare(b.file) || a.line - b.line;
    for (const m of calls.falsePositives.sort(byPlace)) console.log(`  FP ${m.ruleId.padEnd(24)} ${m.file}:${m.line}  ${oneLine(m.message)}`);
    for (const m of calls.falseNegatives.sort(byPlace)) console.log(`  FN ${m.ruleId.padEnd(24)} ${m.file}:${m.line}${m.note ? `  (${m.note})` : ""}`);
  }
  const phases = phaseLabelsDir(root, part, set);
  if (phases) await printPhaseAgreement(api, phases, `${set.label}/${part}/phases.json`, details);
  const intro = await introductionAgreement(api, root, part, set);
  if (intro) {
    console.log(`\nZelfintroducties: eigen naam en organisatie gevonden zoals gelabeld: ${intro.agreed}/${intro.total}`);
    if (details) for (const m of intro.misses) console.log(`  naam ${m.name ? "ja" : "nee"}, organisatie ${m.organisation ? "ja" : "nee"}: ${oneLine(m.sentence.text)}  (gelabeld: ${JSON.stringify(m.sentence.intro ?? {})})`);
  }
  const acts = actAgreement(api, root, part, set, await api.loadLanguage(set.language));
  if (!acts) return;
  console.log(`\nWat zinnen doen (${acts.sentences} losse zinnen):`);
  console.log(table(acts.perAct, Object.keys(acts.perAct).sort()).replace("regel     ", "handeling "));
  console.log(`Soort vraag goed: ${acts.questionKinds.agreed}/${acts.questionKinds.total}`);
  if (details) {
    for (const m of acts.misses) console.log(`  ${m.kind} ${m.act.padEnd(17)} ${m.sentence.speaker.padEnd(8)} ${oneLine(m.sentence.text)}`);
  }
}

function oneLine(text) {
  const flat = String(text).replace(/\s+/g, " ");
  return flat.length > 110 ? `${flat.slice(0, 107)}...` : flat;
}

await main();
