// The evaluation set in fixtures/eval/<part>/: calls and sentences written and labelled by a
// teacher before beleefd ever ran on them. `dev` may be looked at while improving beleefd;
// `heldout` is never tuned on, and its figures are the accuracy the README reports.
// Used by `npm run accuracy`; each function returns figures, the caller prints them.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";

const LABELS_SCHEMA = {
  type: "object",
  required: ["files"],
  additionalProperties: false,
  properties: {
    files: {
      type: "object",
      additionalProperties: {
        type: "array",
        items: {
          type: "object",
          required: ["rule", "line"],
          additionalProperties: false,
          properties: {
            rule: { type: "string" },
            line: { type: "integer", minimum: 1 },
            alt: { type: "array", items: { type: "integer", minimum: 1 } },
            note: { type: "string" },
          },
        },
      },
    },
    unreadable: { type: "array", items: { type: "string" } },
  },
};

const SENTENCES_SCHEMA = {
  type: "array",
  items: {
    type: "object",
    required: ["text", "speaker", "acts"],
    properties: {
      text: { type: "string" },
      speaker: { enum: ["agent", "customer"] },
      acts: { type: "array", items: { type: "string" } },
      question: { enum: ["open", "closed", "control", "suggestive", "multipleChoice"] },
    },
  },
};

function readValidated(path, schema) {
  let data;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path} is geen geldige JSON: ${error.message}`);
  }
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validate(data)) {
    throw new Error(`${path} klopt niet:\n${validate.errors.map((e) => `  ${e.instancePath || "/"} ${e.message}`).join("\n")}`);
  }
  return data;
}

/**
 * The folder of an evaluation set: `fixtures/eval` by default, `--set eval-en` for
 * `fixtures/eval-en`, or a path to a set elsewhere. A set whose name ends in a language code
 * ("eval-en") is in that language; the default set is Dutch.
 */
export function evalSet(root, name) {
  if (!name) return { dir: join(root, "fixtures", "eval"), label: "fixtures/eval", language: "nl" };
  const dir = /[\\/]/.test(name) ? name : join(root, "fixtures", name);
  const language = /-([a-z]{2})[\\/]?$/.exec(name)?.[1] ?? "nl";
  return { dir, label: /[\\/]/.test(name) ? name : `fixtures/${name}`, language };
}

export function evalParts(root, set = evalSet(root)) {
  const dir = set.dir;
  return existsSync(dir) ? readdirSync(dir).filter((name) => existsSync(join(dir, name, "labels.json"))).sort() : [];
}

/**
 * Matches beleefd's messages with the labels of one file: a label matches a message of its rule on
 * its line or one of its `alt` lines, each message at most once.
 */
function match(expected, actual) {
  const pool = actual.map((m) => ({ ...m, used: false }));
  const tp = [];
  const fn = [];
  for (const label of expected) {
    const lines = [label.line, ...(label.alt ?? [])];
    const found = pool.find((m) => !m.used && m.ruleId === label.rule && lines.includes(m.line));
    if (found) {
      found.used = true;
      tp.push(label);
    } else {
      fn.push(label);
    }
  }
  return { tp, fn, fp: pool.filter((m) => !m.used) };
}

/** Per-rule TP/FP/FN over the calls of one part, the unreadable files and the details of every miss. */
export async function lintPart(api, root, part, ruleIds, set = evalSet(root)) {
  const dir = join(set.dir, part);
  const labels = readValidated(join(dir, "labels.json"), LABELS_SCHEMA);
  const stats = Object.fromEntries(ruleIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const falsePositives = [];
  const falseNegatives = [];
  const unreadable = { expected: 0, found: 0, scoredAnyway: [], refusedReadable: [] };
  const files = [...Object.keys(labels.files), ...(labels.unreadable ?? [])].sort();
  for (const file of files) {
    const path = join(dir, file);
    const result = await api.lint(readFileSync(path, "utf8"), { filePath: path });
    const fatal = result.messages.some((m) => m.fatal);
    if ((labels.unreadable ?? []).includes(file)) {
      unreadable.expected++;
      if (fatal) unreadable.found++;
      else unreadable.scoredAnyway.push(file);
      continue;
    }
    if (fatal) unreadable.refusedReadable.push(file);
    const actual = result.messages.filter((m) => ruleIds.includes(m.ruleId));
    const { tp, fp, fn } = match(labels.files[file].filter((l) => ruleIds.includes(l.rule)), actual);
    for (const l of tp) stats[l.rule].tp++;
    for (const m of fp) {
      stats[m.ruleId].fp++;
      falsePositives.push({ file: `${part}/${file}`, ...m });
    }
    for (const l of fn) {
      stats[l.rule].fn++;
      falseNegatives.push({ file: `${part}/${file}`, ruleId: l.rule, line: l.line, note: l.note });
    }
  }
  return { calls: files.length, stats, falsePositives, falseNegatives, unreadable };
}

/** Per act: how often beleefd's sentence labels agree with the teacher's, over sentences.json; `language` is the set's loaded pack. */
export function actAgreement(api, root, part, set = evalSet(root), language = undefined) {
  const path = join(set.dir, part, "sentences.json");
  if (!existsSync(path)) return undefined;
  const sentences = readValidated(path, SENTENCES_SCHEMA);
  const perAct = {};
  const misses = [];
  const questionKinds = { agreed: 0, total: 0 };
  for (const sentence of sentences) {
    const described = api.describeSentences(sentence.text, sentence.speaker, undefined, language);
    const found = new Set(described.flatMap((d) => d.acts));
    const expected = new Set(sentence.acts);
    for (const act of new Set([...found, ...expected])) {
      const s = (perAct[act] ??= { tp: 0, fp: 0, fn: 0 });
      if (found.has(act) && expected.has(act)) s.tp++;
      else if (found.has(act)) {
        s.fp++;
        misses.push({ kind: "FP", act, sentence });
      } else {
        s.fn++;
        misses.push({ kind: "FN", act, sentence });
      }
    }
    if (sentence.question && found.has("question")) {
      questionKinds.total++;
      if (described.some((d) => d.question === sentence.question)) questionKinds.agreed++;
    }
  }
  return { sentences: sentences.length, perAct, misses, questionKinds };
}

/** Phase labels of one part, if it has them, checked by the same agreement as the examples. */
export function phaseLabelsDir(root, part, set = evalSet(root)) {
  const dir = join(set.dir, part);
  return existsSync(join(dir, "phases.json")) ? dir : undefined;
}

/**
 * The agent's self-introductions of sentences.json: does the greeting rule find the own name and
 * the organisation exactly when the teacher marked them (`intro.name`, `intro.organisation`)?
 */
export async function introductionAgreement(api, root, part, set = evalSet(root)) {
  const path = join(set.dir, part, "sentences.json");
  if (!existsSync(path)) return undefined;
  const sentences = readValidated(path, SENTENCES_SCHEMA).filter((s) => s.speaker === "agent" && s.acts.includes("introduction"));
  const misses = [];
  for (const sentence of sentences) {
    // The sentence opens an inbound call; the customer's reply ends the opening.
    const reply = set.language === "en" ? "Customer: Good afternoon, I have a question about last month's bill." : "Klant: Goedemiddag, ik heb een vraag over mijn rekening van vorige maand.";
    const text = `Agent: ${sentence.text}\n${reply}\n`;
    const settings = set.language === "nl" ? {} : { settings: { language: set.language } };
    const result = await api.lint(text, { filePath: "introductie.txt", config: { extends: [], rules: { greeting: "error" }, ...settings } });
    const ids = new Set(result.messages.map((m) => m.messageId));
    const name = !ids.has("noOwnName");
    const organisation = !ids.has("noOrganization");
    if (name !== Boolean(sentence.intro?.name) || organisation !== Boolean(sentence.intro?.organisation)) misses.push({ sentence, name, organisation });
  }
  return { total: sentences.length, agreed: sentences.length - misses.length, misses };
}
