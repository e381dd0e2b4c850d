// Calls beleefd cannot read (no agent turn, mostly unknown speakers) get one fatal problem and no score.
import { describe, expect, it } from "vitest";
import { lint } from "../src/api.js";
import { resolveRubric } from "../src/grade/rubric.js";
import { scoreResult, verdictOf } from "../src/grade/score.js";
import { builtinRules } from "../rules/index.js";
import { scoreOf } from "../web/src/score.js";

const KEES =
  "Kees: Hoi, met Kees. Wat kan ik voor je doen?\n" +
  "Mevrouw De Vries: Goedemiddag, ik bel over mijn laatste rekening.\n" +
  "Kees: Oké, ik kijk even voor je. Je krijgt het geld terug.\n" +
  "Mevrouw De Vries: Dank u wel.\n" +
  "Kees: Doei!\n";

const known = Object.keys(builtinRules);
const rubric = resolveRubric(undefined, { known, enabled: new Set(known) }, "rubric");

describe("gesprekken die beleefd niet kan lezen", () => {
  it("Kees en Mevrouw De Vries zonder front matter: één fatale melding die zegt wat te doen, en geen cijfer", async () => {
    const result = await lint(KEES, { filePath: "kees.txt" });
    expect(result.messages).toHaveLength(1);
    const [fatal] = result.messages;
    expect(fatal).toMatchObject({ ruleId: null, severity: 2, fatal: true, line: 1, column: 1 });
    expect(fatal!.message).toContain("beleefd herkent in dit gesprek geen beurt van de agent");
    expect(fatal!.message).toContain('Onbekende sprekers: "Kees", "Mevrouw De Vries"');
    expect(fatal!.message).toContain("sprekers:\n  Kees: agent\n  Mevrouw De Vries: klant");
    expect(fatal!.message).toContain('--speaker "Kees=agent"');
    const score = scoreResult(result, rubric);
    expect(verdictOf(score)).toBe("niet te beoordelen");
    expect(score.grade).toBeUndefined();
    const web = scoreOf(result, rubric);
    expect(web.points).toBeUndefined();
    expect(web.verdict).toContain("geen score");
  });

  it("met de rollen in de front matter wordt hetzelfde gesprek wél beoordeeld, en afgekeurd", async () => {
    const result = await lint("---\nsprekers:\n  Kees: agent\n  Mevrouw De Vries: klant\n---\n" + KEES, { filePath: "kees.txt" });
    expect(result.fatalErrorCount).toBe(0);
    expect(result.messages.map((m) => m.ruleId)).toContain("no-tutoyeren");
    expect(verdictOf(scoreResult(result, rubric))).toBe("onvoldoende");
  });

  it("meestal onbekende sprekers, ook al is er een agentbeurt: niet te beoordelen", async () => {
    const text = "Agent: Goedemiddag, u spreekt met Eva van Enerva.\nPiet: Hallo.\nAnja: Ja?\nPiet: Ik bel over de meter.\n";
    const result = await lint(text, { filePath: "stt.txt" });
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]!.message).toMatch(/^beleefd weet bij 3 van de 4 beurten niet wie er spreekt/);
  });

  it("een leesbaar gesprek met één onbekende spreker houdt de gewone waarschuwing", async () => {
    const text =
      "Agent: Goedemiddag, u spreekt met Eva van Enerva. Waarmee kan ik u helpen?\n" +
      "Klant: Goedemiddag, met Bakker. Mijn meter staat stil.\n" +
      "Monteur: Dat klopt, die heb ik net vervangen.\n" +
      "Agent: Dank u wel. Heeft u verder nog vragen, meneer Bakker?\nKlant: Nee, dank u.\n";
    const result = await lint(text, { filePath: "gesprek.txt" });
    expect(result.fatalErrorCount).toBe(0);
    expect(result.messages.filter((m) => m.ruleId === null).map((m) => m.message.split(".")[0])).toEqual(['Onbekende spreker "Monteur"']);
  });

  it("een leeg bestand krijgt geen 10, maar de melding dat er geen gesprek in staat", async () => {
    const result = await lint("", { filePath: "leeg.txt" });
    expect(result.fatalErrorCount).toBe(1);
    expect(result.messages[0]!.message).toContain("Begin elke beurt met wie er spreekt ('Agent:' of 'Klant:')");
  });
});
