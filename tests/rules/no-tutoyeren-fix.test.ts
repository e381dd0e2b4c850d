// The je → u rewrite of no-tutoyeren: certain forms are fixed in scripts, the others suggested.
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";

const CONFIG = { rules: { "no-tutoyeren": "error" as const } };
const OPENING = "# Gesprek\n\n**Agent:** Goedemorgen, u spreekt met Sigrid van Enerva. Waarmee kan ik u helpen?\n**Klant:** Ik heb een vraag over mijn rekening.\n";

async function fixed(line: string): Promise<string> {
  const text = `${OPENING}**Agent:** ${line}\n`;
  const result = await lint(text, { filePath: "script.md", config: CONFIG, fix: true });
  return (result.output ?? text).slice(OPENING.length + "**Agent:** ".length).trimEnd();
}

async function suggestions(line: string): Promise<string[][]> {
  const result = await lint(`${OPENING}**Agent:** ${line}\n`, { filePath: "script.md", config: CONFIG });
  return result.messages.map((m) => (m.suggestions ?? []).map((s) => s.fix.text));
}

describe("no-tutoyeren fixes", () => {
  it.each([
    ["Kun je je klantnummer even noemen?", "Kunt u uw klantnummer even noemen?"],
    ["Vind je dat een goed idee?", "Vindt u dat een goed idee?"],
    ["Word je al geholpen?", "Wordt u al geholpen?"],
    ["Ben jij de contracthouder?", "Bent u de contracthouder?"],
    ["Wat kan ik voor jou doen?", "Wat kan ik voor u doen?"],
    ["Jouw bestelling is onderweg, alsjeblieft.", "Uw bestelling is onderweg, alstublieft."],
    ["Dank je wel voor het wachten.", "Dank u wel voor het wachten."],
  ])("%s → %s", async (line, expected) => {
    expect(await fixed(line)).toBe(expected);
  });

  it("leaves uncertain forms to suggestions: reflexive, separable and subject je, jullie", async () => {
    expect(await fixed("Kun je je legitimeren?")).toBe("Kunt u je legitimeren?");
    expect(await suggestions("Kun je je legitimeren?")).toEqual([["Kunt u"], ["zich", "u"]]);
    expect(await suggestions("Meld je aan via de website.")).toEqual([["Meldt u zich"]]);
    expect(await suggestions("Jij hebt recht op een vergoeding.")).toEqual([["U heeft"]]);
    expect(await suggestions("Jullie krijgen een nieuwe meter.")).toEqual([["U krijgt"]]);
    expect(await suggestions("Je pakket is onderweg.")).toEqual([["Uw"]]);
    expect(await fixed("Wat kan ik voor je doen?")).toBe("Wat kan ik voor je doen?");
  });

  it("never touches the customer's words or a quotation", async () => {
    const text = `${OPENING}**Klant:** Kun je mij helpen?\n**Agent:** U vroeg: "kun je mij helpen?" Dat doe ik graag.\n`;
    const result = await lint(text, { filePath: "script.md", config: CONFIG, fix: true });
    expect(result.output).toBeUndefined();
  });
});
