import { describe, expect, it } from "vitest";
import { summarize } from "../../src/engine/linter.js";
import { ConfigError } from "../../src/config/errors.js";
import type { UserRubric } from "../../src/config/rubric.js";
import { resolveRubric } from "../../src/grade/rubric.js";
import { scoreResult } from "../../src/grade/score.js";
import { SCALES, gradeFor, scaleOf } from "../../src/grade/scale.js";
import type { LintMessage } from "../../src/types.js";

const KNOWN = ["greeting", "no-tutoyeren", "closing", "customer-hangs-up-first", "acme/geen-jargon"];
const rules = { known: KNOWN, enabled: new Set(KNOWN) };

function broken(...ruleIds: string[]) {
  const messages: LintMessage[] = ruleIds.map((ruleId, i) => ({ ruleId, severity: 2, message: "Je zegt 'je' tegen de klant.", line: i + 1, column: 1, span: [0, 1] }));
  return summarize("/klas/student.txt", messages);
}

const base: UserRubric = {
  maximum: 100,
  criteria: {
    "no-tutoyeren": { label: "U zeggen", points: 5, per: "occurrence", cap: 15 },
    greeting: { label: "Opening", points: 10, per: "once" },
    "customer-hangs-up-first": { label: "Klant hangt eerst op", points: 0, knockOut: true },
    "acme/geen-jargon": { points: 2 },
  },
};

function score(user: UserRubric, ...ruleIds: string[]) {
  return scoreResult(broken(...ruleIds), resolveRubric(user, rules, ".beleefdrc.json"));
}

describe("punten aftrekken", () => {
  it("trekt per keer af", () => {
    const result = score(base, "no-tutoyeren", "no-tutoyeren");
    expect(result.criteria.find((c) => c.criterion.ruleId === "no-tutoyeren")).toMatchObject({ occurrences: 2, lost: 10 });
    expect(result.total).toBe(90);
  });

  it("houdt op bij het plafond van het criterium", () => {
    expect(score(base, ...Array(5).fill("no-tutoyeren")).total).toBe(85);
  });

  it("trekt bij 'once' één keer af, hoe vaak het ook gebeurt", () => {
    expect(score(base, "greeting", "greeting", "greeting").total).toBe(90);
  });

  it("telt pluginregels mee en laat regels buiten de rubric zonder otherRules gratis", () => {
    expect(score(base, "acme/geen-jargon", "closing").total).toBe(98);
    expect(score({ ...base, otherRules: { points: 3 } }, "closing", "closing").total).toBe(94);
  });

  it("gaat nooit onder nul punten", () => {
    const harsh: UserRubric = { maximum: 10, criteria: { "no-tutoyeren": { points: 4 } } };
    expect(score(harsh, "no-tutoyeren", "no-tutoyeren", "no-tutoyeren")).toMatchObject({ total: 0, grade: 1 });
  });
});

describe("cijfer en voldoende", () => {
  it("rekent punten om naar een cijfer van 1 tot 10 met één decimaal", () => {
    expect(score(base).grade).toBe(10);
    expect(score(base, "greeting").grade).toBe(9.1);
    expect(gradeFor(0.5, SCALES.cijfer)).toBe(5.5);
    expect(gradeFor(0.45, SCALES.cijfer)).toBe(5.1);
  });

  it("beslist voldoende op het afgeronde cijfer en de grens uit de rubric", () => {
    const user: UserRubric = { maximum: 20, passMark: 6, criteria: { "no-tutoyeren": { points: 1 } } };
    // 11 van 20: 1 + 9 × 0,55 = 5,95 → 6,0: voldoende.
    expect(score(user, ...Array(9).fill("no-tutoyeren"))).toMatchObject({ grade: 6, passed: true });
    expect(score(user, ...Array(10).fill("no-tutoyeren"))).toMatchObject({ grade: 5.5, passed: false });
  });

  it("maakt een script met een knock-outcriterium onvoldoende, hoogstens één stap onder de grens", () => {
    const result = score(base, "customer-hangs-up-first");
    expect(result).toMatchObject({ total: 100, grade: 5.4, passed: false });
    expect(result.knockOuts.map((c) => c.label)).toEqual(["Klant hangt eerst op"]);
    // 75 points would be a 7,8; the knock-out caps it.
    expect(score(base, "customer-hangs-up-first", ...Array(3).fill("no-tutoyeren"), "greeting").grade).toBe(5.4);
  });

  it("kent de Vlaamse schalen: procent en op 20", () => {
    expect(score({ ...base, scale: "procent" }, "greeting")).toMatchObject({ grade: 90, passed: true });
    expect(score({ ...base, scale: "op20" }, "greeting", "no-tutoyeren")).toMatchObject({ grade: 17, passed: true });
    expect(score({ ...base, scale: "op20" }, "customer-hangs-up-first").grade).toBe(9.9);
    expect(scaleOf({ min: 0, max: 10, decimals: 0 })).toMatchObject({ defaultPassMark: 5 });
  });

  it("beoordeelt een onleesbaar bestand niet", () => {
    const result = summarize("/klas/kapot.txt", [{ ruleId: null, severity: 2, fatal: true, message: "Geen geldige UTF-8.", line: 1, column: 1, span: [0, 0] }]);
    const graded = scoreResult(result, resolveRubric(base, rules, "x"));
    expect(graded).toMatchObject({ passed: false, unreadable: "Geen geldige UTF-8." });
    expect(graded.grade).toBeUndefined();
  });
});

describe("de rubric controleren", () => {
  function problems(user: UserRubric, enabled = KNOWN): string[] {
    try {
      resolveRubric(user, { known: KNOWN, enabled: new Set(enabled) }, ".beleefdrc.json");
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    return [];
  }

  it("meldt onbekende regels met een suggestie, en regels die uit staan", () => {
    expect(problems({ criteria: { greting: { points: 5 } } })).toEqual([
      ".beleefdrc.json: rubric.criteria.greting: onbekende regel 'greting'. Bedoelde je 'greeting'?",
    ]);
    expect(problems({ criteria: { closing: { points: 5 } } }, ["greeting"])[0]).toMatch(/^\.beleefdrc\.json: rubric\.criteria\.closing: de regel 'closing' staat uit/);
  });

  it("meldt een grens buiten de schaal en een plafond onder de aftrek", () => {
    expect(problems({ scale: "procent", passMark: 5.5 * 20, criteria: {} })).toEqual([".beleefdrc.json: rubric.passMark: 110 ligt buiten de schaal 0–100"]);
    expect(problems({ criteria: { greeting: { points: 10, cap: 5 } } })).toEqual([
      ".beleefdrc.json: rubric.criteria.greeting.cap: het plafond (5) is lager dan de aftrek per keer (10)",
    ]);
  });

  it("gebruikt zonder rubric het standaardmodel, met alleen de regels die bestaan en aan staan", () => {
    const rubric = resolveRubric(undefined, { known: ["greeting", "closing", "nieuw"], enabled: new Set(["greeting", "nieuw"]) }, "x");
    expect(rubric.criteria.map((c) => c.ruleId)).toEqual(["greeting", "nieuw"]);
    expect(rubric).toMatchObject({ maximum: 100, passMark: 5.5, scale: { name: "cijfer" } });
  });
});
