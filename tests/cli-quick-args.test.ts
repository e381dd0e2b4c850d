// The light option parser reads the common command lines exactly as yargs does, and leaves every
// line it is not sure of (help, grade, unknown or doubtful options) to yargs.
import { describe, expect, it } from "vitest";
import { cliArgsOf, parseWithYargs } from "../src/cli/args.js";
import { quickParse } from "../src/cli/quick-args.js";

async function byYargs(argv: string[]) {
  return cliArgsOf(await parseWithYargs(argv, 80, () => {}));
}

describe("de lichte optielezer", () => {
  const common = [
    ["gesprekken/"],
    ["gesprek.txt", "script.md"],
    ["--format", "json", "gesprekken/"],
    ["-f", "compact", "--quiet", "gesprek.txt"],
    ["--format=sarif", "-o", "beleefd.sarif", "scripts/"],
    ["--rule", "greeting: off", "--rule", "no-tutoyeren: warn", "gesprek.txt"],
    ["--speaker", "SPEAKER_00=agent", "--speaker", "SPEAKER_01=klant", "whisper.json"],
    ["--max-warnings", "0", "--no-color", "--no-ignore", "map/"],
    ["--ignore-pattern", "concepten/**", "--color", "."],
    ["--fix-dry-run", "--fix-type", "problem,layout", "-f", "json", "script.md"],
    ["--stdin", "--stdin-filename", "gesprek.txt"],
    ["--config", "klas.json", "--parser", "srt", "ondertitels.txt"],
    ["--metadata", "contact.json", "--print-model", "gesprek.json"],
    ["--explain", "closing"],
  ];
  for (const argv of common) {
    it(`leest ${argv.join(" ")} zoals yargs`, async () => {
      const quick = quickParse(argv);
      expect(quick).toBeDefined();
      expect(cliArgsOf(quick!)).toEqual(await byYargs(argv));
    });
  }

  it("geeft herhaalde opties als lijst en getallen als getal", () => {
    const parsed = quickParse(["--rule", "a: off", "--max-warnings", "3", "--rule", "b: warn", "x.txt"]);
    expect(parsed).toMatchObject({ _: ["x.txt"], rule: ["a: off", "b: warn"], "max-warnings": 3, format: "stylish", ignore: true });
  });

  const doubtful = [
    ["--help"],
    ["-v"],
    ["grade", "klas/"],
    ["-f", "json", "grade", "klas/"],
    ["--max-warnigs", "1", "a.txt"],
    ["--rule"],
    ["--rule", "", "a.txt"],
    ["--format", "tabel", "a.txt"],
    ["--format", "json", "--format", "compact", "a.txt"],
    ["--max-warnings", "1.5", "a.txt"],
    ["--max-warnings", "-1", "a.txt"],
    ["--quiet", "false", "a.txt"],
    ["--quiet=false", "a.txt"],
    ["--no-format", "a.txt"],
    ["-fjson", "a.txt"],
    ["-", "a.txt"],
    ["--", "a.txt"],
  ];
  for (const argv of doubtful) {
    it(`laat ${JSON.stringify(argv.join(" "))} aan yargs over`, () => {
      expect(quickParse(argv)).toBeUndefined();
    });
  }
});
