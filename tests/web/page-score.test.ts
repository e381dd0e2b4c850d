// One score model: the page shows the points and grade `beleefd --format grade` gives the same
// text with the course rubric, and says which rules cost the points.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshotPath } from "../support/browser.js";
import { runCli } from "../support/cli.js";
import { openPage, paste, useSite } from "./open-page.js";

const ROOT = resolve(import.meta.dirname, "../..");
const site = useSite();
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "beleefd-cijfer-"));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Points and grade of the one script in `grade`'s terminal list. */
function gradeOnCommandLine(name: string, text: string): { points: string; grade: string; lost: string } {
  writeFileSync(join(folder, name), text);
  const run = runCli(["--format", "grade", name], { cwd: folder });
  const row = run.stdout.split("\n").find((line) => line.includes(name))!;
  const [, points, grade, lost] = /\s(\d+(?:,\d+)?)\s+(\d+,\d)\s+\S+\s+(.*)$/.exec(row)!;
  return { points: points!, grade: grade!, lost: lost! };
}

describe("the page scores as grade does", () => {
  for (const [name, file] of [
    ["jesse-mulder.md", "fixtures/klas/jesse-mulder.md"],
    ["lotte-jansen.txt", "fixtures/klas/lotte-jansen.txt"],
  ] as const) {
    it(`${name}: same points and grade, with the deductions named`, async () => {
      const text = readFileSync(join(ROOT, file), "utf8");
      const expected = gradeOnCommandLine(name, text);
      const { page, errors } = await openPage(site());
      await paste(page, text);
      await page.waitForSelector(".score");
      expect(await page.textContent(".score")).toBe(expected.points);
      expect(await page.textContent(".grade")).toBe(expected.grade);
      await page.click(".deductions summary");
      expect(expected.lost).not.toBe("");
      const shown = await page.$$eval(".deductions li", (items) => items.map((li) => li.textContent ?? ""));
      // Each criterion grade lists ("Opening -20") is on the page with the same points.
      for (const [, label, lost] of expected.lost.matchAll(/(?:^|; )([^;-]+?) -(\d+(?:,\d+)?)/g)) {
        expect(shown.some((line) => line.startsWith(`${label}:`) && new RegExp(`−${lost}(?: |$)`).test(line))).toBe(true);
      }
      if (name === "jesse-mulder.md") {
        expect(await page.textContent(".summary__score")).toContain("Klant hangt eerst op");
        await page.screenshot({ path: screenshotPath("web-cijfer") });
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
