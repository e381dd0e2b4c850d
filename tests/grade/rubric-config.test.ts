import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/api.js";
import { ConfigError } from "../../src/config/errors.js";
import { rubricForConfig } from "../../src/grade/config-rubric.js";
import { DEFAULT_RUBRIC } from "../../src/grade/rubric.js";
import type { UserConfig } from "../../src/config/validate.js";

async function configProblems(config: unknown): Promise<string[]> {
  try {
    await resolveConfig(config as UserConfig);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("rubric in de configuratie", () => {
  it("accepteert het standaardmodel zoals het in een configbestand zou staan", async () => {
    expect(await configProblems({ rubric: DEFAULT_RUBRIC })).toEqual([]);
  });

  it("meldt fouten in de vorm met hun pad", async () => {
    expect(await configProblems({ rubric: { criteria: { greeting: { points: "veel" } } } })).toEqual([
      "config: rubric.criteria.greeting.points: moet van type number zijn",
    ]);
    expect(await configProblems({ rubric: { criteria: { closing: { points: 5, per: "altijd" } } } })).toEqual([
      'config: rubric.criteria.closing.per: moet een van deze waarden zijn: "occurrence", "once"',
    ]);
    expect(await configProblems({ rubric: { maximum: 100, punten: 3 } })).toEqual(['config: rubric: onbekende sleutel "punten".']);
  });

  it("neemt de rubric over via extends en laat een eigen rubric die vervangen", async () => {
    const config = await resolveConfig({ extends: "beleefd:recommended", rules: { closing: "off" }, rubric: { scale: "op20", criteria: { greeting: { points: 20 } } } });
    const rubric = rubricForConfig(config, ".beleefdrc.json");
    expect(rubric.criteria.map((c) => c.ruleId)).toEqual(["greeting"]);
    expect(rubric).toMatchObject({ passMark: 10, scale: { max: 20 } });
  });

  it("gebruikt zonder rubric het standaardmodel over de regels die aan staan", async () => {
    const rubric = rubricForConfig(await resolveConfig({ extends: "beleefd:recommended", rules: { closing: "off" } }), "config");
    const ids = rubric.criteria.map((c) => c.ruleId);
    expect(ids).toContain("greeting");
    expect(ids).not.toContain("closing");
    expect(rubric.criteria.find((c) => c.ruleId === "customer-hangs-up-first")?.knockOut).toBe(true);
  });
});
