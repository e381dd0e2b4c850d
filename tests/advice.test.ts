import { describe, expect, it } from "vitest";
import advice from "../src/lang/nl/advice.nl.json" with { type: "json" };
import schema from "../src/lang/schemas/advice.schema.json" with { type: "json" };
import phrases from "../src/lang/nl/phrases.nl.json" with { type: "json" };
import { defaultLanguage } from "../src/lang/index.js";
import { validatorFor } from "../src/shared/ajv.js";
import { adviceFor } from "../src/text/advice.js";

describe("adviezen bij woordenlijsten", () => {
  it("voldoen aan het JSON Schema", () => {
    const validate = validatorFor(schema);
    expect(validate(advice), JSON.stringify(validate.errors)).toBe(true);
  });

  it("horen elk bij een patroon dat in de woordenlijst staat, en elk patroon heeft er een", () => {
    const lists = phrases as Record<string, string[]>;
    for (const [list, byPattern] of Object.entries(advice)) {
      expect(Object.keys(byPattern).sort(), list).toEqual([...lists[list]!].sort());
    }
  });

  it("vullen de naam van de klant in", () => {
    expect(adviceFor(defaultLanguage.advice, "informalPhrase", "[oké|ok|okay|oke|okee] (doei|doeg|doeidoei|doeii)", "mevrouw Bakker")).toBe(
      "Zeg liever: 'Dag mevrouw Bakker, nog een fijne dag!'",
    );
    expect(adviceFor(defaultLanguage.advice, "informalPhrase", "een eigen patroon", "mevrouw Bakker")).toBeUndefined();
  });
});
