// The page's pure parts: where messages land in the call, the score, and the remembered settings.
import { describe, expect, it } from "vitest";
import { lint, parseText, resolveConfig, type LintMessage } from "../../src/browser.js";
import { itemKey, place, segments } from "../../web/src/placement.js";
import { scoreResult } from "../../src/grade/score.js";
import { deductionText, pageRubric, scoreOf } from "../../web/src/score.js";
import { configFor, DEFAULT_SETTINGS, loadSettings, saveSettings } from "../../web/src/settings.js";
import { lines } from "../support/calls.js";

const CALL = lines(
  "Agent: Goedemiddag, u spreekt met Sanne van Enerva. Wat kan ik voor u doen?",
  "Klant: Ik heb een vraag over mijn rekening.",
  "Agent: Heb je je klantnummer bij de hand?",
  "Klant: Ja, dat is 4839201.",
  "Agent: Een moment hoor!",
  "[in de wacht]",
  "[uit de wacht]",
  "Agent: Bedankt voor het wachten. Heeft u verder nog vragen? Bedankt voor uw telefoontje en nog een fijne dag.",
  "Klant: Dag.",
  "[klant verbreekt]",
);

async function placed(text: string) {
  const result = await lint(text, { filePath: "gesprek.txt" });
  const { conversation } = await parseText(text, { filePath: "gesprek.txt", config: await resolveConfig(undefined) });
  return { result, conversation, placement: place(conversation, result.messages) };
}

describe("placing messages on the call", () => {
  it("puts a message on its exact words in the turn", async () => {
    const { result, conversation, placement } = await placed(CALL);
    const index = result.messages.findIndex((m) => m.ruleId === "no-tutoyeren");
    const turn = conversation.calls[0]!.items[2]!;
    expect(turn.kind).toBe("turn");
    const marked = placement.turns
      .get(itemKey(0, 2))!
      .filter((s) => s.problems.includes(index))
      .map((s) => (turn.kind === "turn" ? turn.text.slice(s.start, s.end) : ""));
    expect(marked.join("")).toBe("Heb je");
  });

  it("puts a message about a hold on the hold marker", async () => {
    const { result, placement } = await placed(CALL);
    const index = result.messages.findIndex((m) => m.ruleId === "hold-ask-permission");
    expect(index).toBeGreaterThanOrEqual(0);
    expect(placement.events.get(itemKey(0, 5))).toEqual([index]);
  });

  it("keeps a message that touches no turn or event as a note on the whole call", async () => {
    const { conversation } = await placed(CALL);
    const outside = { ruleId: "greeting", severity: 2, message: "x", line: 1, column: 1, span: [CALL.length, CALL.length] } as LintMessage;
    expect(place(conversation, [outside]).general).toEqual([0]);
  });

  it("cuts overlapping ranges into pieces that list every message over them", () => {
    expect(segments(10, [{ index: 0, from: 2, to: 6 }, { index: 1, from: 4, to: 8 }])).toEqual([
      { start: 0, end: 2, problems: [] },
      { start: 2, end: 4, problems: [0] },
      { start: 4, end: 6, problems: [0, 1] },
      { start: 6, end: 8, problems: [1] },
      { start: 8, end: 10, problems: [] },
    ]);
  });
});

describe("score", () => {
  it("is the course rubric's, as grade scores it: points off per rule with a cap, grade 1-10", async () => {
    const { result } = await placed(CALL);
    const rubric = await pageRubric(configFor(DEFAULT_SETTINGS));
    const score = scoreOf(result, rubric);
    const graded = scoreResult(result, rubric);
    expect(score.points).toBe(graded.total);
    expect(score.grade).toBe(graded.grade!.toFixed(1).replace(".", ","));
    // "Heb je je klantnummer": two times "je" at 5 points; a hold without asking costs 10.
    expect(score.deductions.map((d) => [d.criterion.ruleId, d.lost])).toEqual(
      expect.arrayContaining([["no-tutoyeren", 10], ["hold-ask-permission", 10]]),
    );
    expect(score.deductions.map(deductionText)).toContain("U zeggen: 2 keer, −10");
    expect(score.rulesBroken).toBe(new Set(result.messages.map((m) => m.ruleId)).size);
  });

  it("caps what one rule costs and says so", async () => {
    const rubric = await pageRubric(configFor(DEFAULT_SETTINGS));
    const tutoyeren = rubric.criteria.find((c) => c.ruleId === "no-tutoyeren")!;
    expect(deductionText({ criterion: tutoyeren, occurrences: 6, lost: 20 })).toBe("U zeggen: 6 keer, −20 (hoogstens 20)");
  });

  it("gives no score for a call that could not be read", async () => {
    const result = await lint("Kees: Goedemiddag.\nMevrouw De Vries: Hallo.\n", { filePath: "gesprek.txt" });
    const score = scoreOf(result, await pageRubric(configFor(DEFAULT_SETTINGS)));
    expect(score.points).toBeUndefined();
    expect(score.verdict).toMatch(/niet gelezen/);
  });
});

describe("settings", () => {
  it("remembers the choices and turns them into a config", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    saveSettings({ direction: "outbound", tutoyeren: true, preset: "beleefd:all" }, storage);
    const loaded = loadSettings(storage);
    expect(configFor(loaded)).toEqual({ extends: "beleefd:all", settings: { direction: "outbound", tutoyeren: true } });
  });

  it("falls back to the defaults for a damaged entry", () => {
    const storage = { getItem: () => "{kapot" };
    expect(loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    expect(loadSettings({ getItem: () => '{"direction":"zijwaarts","preset":"anders"}' })).toEqual(DEFAULT_SETTINGS);
  });
});
