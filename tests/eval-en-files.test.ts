// The English evaluation set (fixtures/eval-en/<part>) is labelled blind: nothing here lints it.
// These tests only keep the set itself sound, so a measurement on it never fails on a typo: every
// JSON file parses, every labelled file exists, every label and phase points at a real line.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ACTS } from "../src/lang/acts.js";

const root = join(import.meta.dirname, "..", "fixtures", "eval-en");
const parts = ["dev", "heldout"].filter((part) => existsSync(join(root, part, "labels.json")));
const ruleIds = [
  "greeting", "hold-ask-permission", "hold-return-name-thanks", "transfer-announce", "outbound-ask-convenient",
  "customer-hangs-up-first", "no-interrupting", "closing", "no-informal-phrases", "show-empathy", "summarize-before-offer",
  "phase-order", "warm-transfer", "max-hold-duration", "max-silence", "no-suggestive-questions",
];
const phases = ["aanvang", "analyse", "aanbod", "afsluiting"];
const questionKinds = ["open", "closed", "control", "suggestive", "multipleChoice"];

interface Label {
  rule: string;
  line: number;
  alt?: number[];
  note?: string;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
const lineCount = (path: string) => readFileSync(path, "utf8").replace(/\n$/, "").split("\n").length;

describe.each(parts)("Engelse evaluatieset, deel %s", (part) => {
  const dir = join(root, part);
  const labels = readJson(join(dir, "labels.json")) as { files: Record<string, Label[]>; unreadable: string[] };

  it("elk gelabeld en onleesbaar bestand bestaat, en elke melding wijst naar een bestaande regel", () => {
    for (const file of labels.unreadable) expect(existsSync(join(dir, file)), file).toBe(true);
    for (const [file, list] of Object.entries(labels.files)) {
      expect(existsSync(join(dir, file)), file).toBe(true);
      const lines = lineCount(join(dir, file));
      for (const label of list) {
        expect(ruleIds, `${file}: ${label.rule}`).toContain(label.rule);
        for (const line of [label.line, ...(label.alt ?? [])]) expect(line, `${file}:${line}`).toBeLessThanOrEqual(lines);
        expect(label.note, `${file}:${label.line}`).toBeTruthy();
      }
    }
  });

  it("heeft 24 transcripten, 6 belscripts en 4 onleesbare bestanden, en elk gesprek staat in labels.json", () => {
    const calls = readdirSync(join(dir, "calls")).filter((name) => !name.endsWith(".meta.json"));
    const listed = [...Object.keys(labels.files), ...labels.unreadable].map((file) => file.replace(/^calls\//, ""));
    expect([...listed].sort()).toEqual([...calls].sort());
    const readable = Object.keys(labels.files);
    expect(readable.filter((file) => file.endsWith(".md"))).toHaveLength(6);
    expect(readable.filter((file) => !file.endsWith(".md"))).toHaveLength(24);
    expect(labels.unreadable).toHaveLength(4);
  });

  it("elke JSON naast de gesprekken is geldige JSON", () => {
    for (const name of readdirSync(join(dir, "calls")).filter((n) => n.endsWith(".json"))) {
      expect(() => readJson(join(dir, "calls", name)), name).not.toThrow();
    }
  });

  it("phases.json geeft voor 12 transcripten een fase per bestaande regel", () => {
    const { files } = readJson(join(dir, "phases.json")) as { files: Record<string, Record<string, string | string[]>> };
    expect(Object.keys(files)).toHaveLength(12);
    for (const [file, perLine] of Object.entries(files)) {
      expect(labels.files[file], file).toBeDefined();
      const text = readFileSync(join(dir, file), "utf8").split("\n");
      for (const [line, phase] of Object.entries(perLine)) {
        expect(text[Number(line) - 1]?.trim(), `${file}:${line}`).toBeTruthy();
        for (const name of [phase].flat()) expect(phases, `${file}:${line}`).toContain(name);
      }
    }
  });

  it("sentences.json heeft 260 zinnen met bekende handelingen en soorten vragen", () => {
    const sentences = readJson(join(dir, "sentences.json")) as {
      text: string;
      speaker: string;
      acts: string[];
      question?: string;
      intro?: { name?: string; organisation?: string; department?: string };
    }[];
    expect(sentences).toHaveLength(260);
    expect(new Set(sentences.map((s) => s.text)).size).toBe(260);
    for (const sentence of sentences) {
      expect(["agent", "customer"], sentence.text).toContain(sentence.speaker);
      for (const act of sentence.acts) expect(ACTS, sentence.text).toContain(act);
      expect(sentence.question !== undefined, sentence.text).toBe(sentence.acts.includes("question"));
      if (sentence.question) expect(questionKinds, sentence.text).toContain(sentence.question);
      expect(sentence.intro !== undefined, sentence.text).toBe(sentence.acts.includes("introduction"));
    }
    for (const act of ACTS) expect(sentences.filter((s) => s.acts.includes(act)).length, act).toBeGreaterThanOrEqual(12);
  });
});

describe("Engelse evaluatieset: de delen zijn los van elkaar geschreven", () => {
  it("geen zin komt in beide delen voor", () => {
    if (parts.length < 2) return;
    const [dev, heldout] = parts.map(
      (part) => new Set((readJson(join(root, part, "sentences.json")) as { text: string }[]).map((s) => s.text.toLowerCase())),
    );
    expect([...dev!].filter((text) => heldout!.has(text))).toEqual([]);
  });
});
