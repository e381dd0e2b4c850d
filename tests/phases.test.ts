// Phase inference: the cue data is valid, the call flow holds, and the inferred phases agree with
// the phases a teacher gave the example transcripts.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import cues from "../src/lang/nl/phase-cues.nl.json" with { type: "json" };
import schema from "../src/lang/schemas/phase-cues.schema.json" with { type: "json" };
import phraseData from "../src/lang/nl/phrases.nl.json" with { type: "json" };
import { ajv, validatorFor } from "../src/shared/ajv.js";
import { emptyConfig } from "../src/config/presets.js";
import { parseText } from "../src/engine/linter.js";
import { changeCost, decode } from "../src/phases/decode.js";
import type { Unit } from "../src/phases/cues.js";
import { compilePattern } from "../src/text/pattern.js";
import type { Turn } from "../src/model/conversation.js";
// @ts-expect-error: a plain ES module shared with scripts/accuracy.mjs, without type declarations
import { phaseAgreement } from "../scripts/phase-agreement.mjs";

const examples = fileURLToPath(new URL("../fixtures/examples", import.meta.url));

describe("fase-aanwijzingen (phase-cues.nl.json)", () => {
  it("voldoen aan het JSON Schema", () => {
    expect(ajv().validateSchema(schema), JSON.stringify(ajv().errors)).toBe(true);
    const validate = validatorFor(schema);
    expect(validate(cues), JSON.stringify(validate.errors)).toBe(true);
  });

  it("elk patroon compileert en elke genoemde woordenlijst bestaat", () => {
    for (const group of cues.cues as Array<{ phrases?: string[]; lists?: string[] }>) {
      for (const pattern of group.phrases ?? []) expect(() => compilePattern(pattern), pattern).not.toThrow();
      for (const list of group.lists ?? []) expect(Object.keys(phraseData), list).toContain(list);
    }
  });
});

describe("gespreksverloop van de fasen", () => {
  const unit = (scores: number[]): Unit => ({ item: {} as Turn, offset: 0, scores });

  it("gaat alleen vooruit, behalve één keer terug van aanbod naar analyse", () => {
    expect(changeCost(0, 1)).toBeLessThan(changeCost(0, 2));
    expect(changeCost(2, 1)).toBeLessThan(Infinity);
    for (const [from, to] of [[1, 0], [3, 2], [3, 1], [2, 0]]) expect(changeCost(from!, to!)).toBe(Infinity);
  });

  it("slaat een fase over zonder bewijs ervoor, in plaats van er een te verzinnen", () => {
    // opening, a sentence without cues, an offer, a close
    expect(decode([unit([2, 0, 0, 0]), unit([0, 0, 0, 0]), unit([0, 0, 2, 0]), unit([0, 0, 0, 3])])).toEqual([0, 0, 2, 3]);
  });

  it("een antwoord hoort bij de fase van de vraag: de fase wisselt zo laat mogelijk", () => {
    expect(decode([unit([2, 0, 0, 0]), unit([0, 1, 0, 0]), unit([0, 0, 2, 0]), unit([0, 0, 0, 0]), unit([0, 0, 0, 3])])).toEqual([0, 1, 2, 2, 3]);
  });

  it("gaat terug naar de analyse alleen bij sterk bewijs", () => {
    const weak = [unit([2, 0, 0, 0]), unit([0, 1, 0, 0]), unit([0, 0, 3, 0]), unit([0, 1, 0, 0]), unit([0, 0, 0, 3])];
    expect(decode(weak)).toEqual([0, 1, 2, 2, 3]);
    const strong = [unit([2, 0, 0, 0]), unit([0, 1, 0, 0]), unit([0, 0, 4, 0]), unit([0, 5, 0, 0]), unit([0, 0, 3, 0]), unit([0, 0, 0, 3])];
    expect(decode(strong)).toEqual([0, 1, 2, 1, 2, 3]);
  });

  it("scripts houden hun koppen; een script zonder fasekoppen krijgt afgeleide fasen", async () => {
    const config = emptyConfig();
    const withHeadings = await parseText("# S\n\n## Afsluiting\n\n**Agent:** Goedemorgen, waarmee kan ik u helpen?\n", { filePath: "s.md", config });
    expect(withHeadings.conversation.calls[0]!.meta.phaseSource).toBe("headings");
    expect(withHeadings.conversation.calls[0]!.items[0]!.phase).toBe("afsluiting");
    const without = await parseText("# S\n\n**Agent:** Goedemorgen, waarmee kan ik u helpen?\n", { filePath: "s.md", config });
    expect(without.conversation.calls[0]!.meta.phaseSource).toBe("inferred");
    expect(without.conversation.calls[0]!.items[0]!.phase).toBe("aanvang");
  });
});

describe("afgeleide fasen in de gelabelde voorbeelden (fixtures/examples/phases.json)", () => {
  it("komen voor minstens 85% van de gelabelde regels overeen, en voor elk bestand voor minstens de helft", async () => {
    const results: Array<{ file: string; agreed: number; total: number }> = await phaseAgreement(examples, parseText, emptyConfig());
    const agreed = results.reduce((sum, r) => sum + r.agreed, 0);
    const total = results.reduce((sum, r) => sum + r.total, 0);
    expect(results.length).toBeGreaterThanOrEqual(8);
    const report = results.map((r) => `${r.file}: ${r.agreed}/${r.total}`).join("\n") + `\ntotaal: ${agreed}/${total}`;
    expect(agreed / total, report).toBeGreaterThanOrEqual(0.85);
    for (const r of results) expect(r.agreed / r.total, r.file).toBeGreaterThanOrEqual(0.5);
  });
});

describe("eigen woorden uit de configuratie", () => {
  it("tellen ook als aanwijzing voor de fase", async () => {
    const text = "Agent: Goedemiddag, u spreekt met Tim van NetLijn.\nKlant: Ik wil mijn abonnement opzeggen.\nAgent: Zijn we er zo uit?\n";
    const phaseOfLast = async (phrases: Record<string, string[]>) => {
      const { conversation } = await parseText(text, { filePath: "g.txt", config: { ...emptyConfig(), phrases } });
      return conversation.calls[0]!.items.at(-1)!.phase;
    };
    expect(await phaseOfLast({})).toBe("analyse");
    expect(await phaseOfLast({ furtherQuestions: ["zijn we er zo uit"] })).toBe("afsluiting");
  });
});
