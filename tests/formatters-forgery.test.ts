// Output that input cannot forge: control characters from file names, voice labels and quoted
// words never reach a terminal or CI log raw, and file names are kept exactly (a `\` included).
import { describe, expect, it } from "vitest";
import { lint } from "../src/api.js";
import { formatters } from "../src/formatters/all.js";
import type { LintResult } from "../src/types.js";
import type { FormatterContext } from "../src/formatters/types.js";

const CWD = "/repo";
const context: FormatterContext = { cwd: CWD, color: false, rulesMeta: {} };
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

async function hostileResults(): Promise<LintResult[]> {
  // A WebVTT voice label with an escape sequence that clears the screen and fakes a clean run.
  const vtt =
    "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Kees\u001b[2J\u001b[H✔ geen problemen\u0007>Hoi, met Kees.</v>\n\n" +
    "00:00:04.000 --> 00:00:06.000\n<v Klant>Goedemiddag.</v>\n";
  const labelled = await lint(vtt, { filePath: `${CWD}/bel\u001b[31mrood.vtt` });
  const newline = await lint("Agent: Hoi, zeg het maar.\nKlant: Dag.\n", { filePath: `${CWD}/gesprek\n::error file=nep.txt::nep.txt` });
  const backslash = await lint("Agent: Hoi, zeg het maar.\nKlant: Dag.\n", { filePath: `${CWD}/map\\naam.txt` });
  return [labelled, newline, backslash];
}

describe("uitvoer die invoer niet kan vervalsen", () => {
  for (const name of ["stylish", "compact", "github", "junit", "sarif", "html", "grade"] as const) {
    it(`${name}: geen rauwe stuurtekens, bestandsnamen precies zoals ze zijn`, async () => {
      const results = await hostileResults();
      expect(results[0]!.messages.length).toBeGreaterThan(0);
      const output = await formatters[name](results, context);
      expect(output).not.toMatch(RAW_CONTROL);
      expect(output).not.toMatch(/[\u2028\u2029\u202A-\u202E]/);
      expect(output).toContain(name === "sarif" ? "map%5Cnaam.txt" : "map\\naam.txt");
      expect(output).not.toContain("map/naam.txt");
      if (name === "grade") expect(output).toContain("niet te beoordelen");
    });
  }

  it("compact en github: een regeleinde in een bestandsnaam maakt geen extra regel", async () => {
    const results = await hostileResults();
    const count = results.reduce((sum, r) => sum + r.messages.length, 0);
    const github = (await formatters.github(results, context)).trimEnd().split("\n");
    expect(github).toHaveLength(count);
    for (const line of github) expect(line).toMatch(/^::(error|warning) file=/);
    const compact = (await formatters.compact(results, context)).trimEnd().split("\n");
    expect(compact).toHaveLength(count + 2);
    expect(compact.filter((line) => line.startsWith("::error"))).toEqual([]);
    expect(compact.some((line) => line.startsWith("gesprek\\n::error file=nep.txt::nep.txt: line 1"))).toBe(true);
  });

  it("stylish zonder kleur toont een ESC in een stemlabel als \\x1B", async () => {
    const output = await formatters.stylish(await hostileResults(), context);
    expect(output).toContain("Kees\\x1B[2J\\x1B[H✔ geen problemen\\x07");
    expect(output).toContain("bel\\x1B[31mrood.vtt");
  });
});
