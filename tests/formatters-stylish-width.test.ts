// The stylish table at a terminal's width: wrapped under the message column with the rule id on
// the first line, measured in terminal columns (wide characters count two), and one line per
// message in a pipe.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { summarize } from "../src/engine/linter.js";
import { formatters } from "../src/formatters/all.js";
import { textWidth } from "../src/formatters/text-width.js";
import { wrapText } from "../src/formatters/wrap.js";
import type { LintMessage } from "../src/types.js";
import type { FormatterContext } from "../src/formatters/types.js";
import { CLI, ensureBuilt, ROOT } from "./support/build.js";
import { runCli } from "./support/cli.js";

const HOLD =
  "Je vraagt of de klant even kan wachten, maar zet de klant in de wacht voordat die antwoord geeft. Wacht op het antwoord ('Ja hoor') en druk dan pas op de wachtknop; anders heeft de vraag geen zin.";
const NAME =
  "Je haalt de klant uit de wacht zonder eerst de naam te noemen. Met de naam haal je de klant weer bij het gesprek. Begin bijvoorbeeld met: 'Mevrouw Visser, bedankt voor het wachten.'";
const WIDE =
  "Je spreekt de klant aan met 'je'. Zeg 'u' tegen 王芳 (wang fāng), ook als zij 👍 stuurt: een klant spreek je met u aan, tenzij de opdrachtgever tutoyeren toestaat.";

function message(partial: Partial<LintMessage> & Pick<LintMessage, "line" | "column" | "message" | "ruleId">): LintMessage {
  return { severity: 2, span: [0, 1], ...partial };
}

const result = summarize("/project/gesprekken/hypotheek.txt", [
  message({ ruleId: "hold-ask-permission", line: 10, column: 1, message: HOLD, phase: "analyse" }),
  message({ ruleId: "hold-return-name-thanks", line: 12, column: 13, message: NAME, speaker: "Medewerker", phase: "analyse" }),
  message({ ruleId: "no-tutoyeren", severity: 1, line: 14, column: 8, message: WIDE, speaker: "客服小李", phase: "aanbod" }),
]);
const context: FormatterContext = { cwd: "/project", color: false, rulesMeta: {} };
const RULES = ["hold-ask-permission", "hold-return-name-thanks", "no-tutoyeren"];

/** The table rows of the output, without the file name and the summary. */
function tableLines(output: string): string[] {
  return output.split("\n").filter((line) => line.startsWith("  "));
}

describe("textWidth", () => {
  it("counts terminal columns: accents one, CJK and emoji two, joiners and colour codes none", () => {
    expect(textWidth("Goedemiddag, één moment")).toBe(23);
    expect(textWidth("e\u0301e\u0308")).toBe(2); // é and ë written with combining marks
    expect(textWidth("王芳")).toBe(4);
    expect(textWidth("ＡＢ")).toBe(4); // fullwidth Latin
    expect(textWidth("👍")).toBe(2);
    expect(textWidth("👨‍👩‍👧")).toBe(2);
    expect(textWidth("🇳🇱🇧🇪")).toBe(4);
    expect(textWidth("❤️")).toBe(2);
    expect(textWidth("\u001b[31mfout\u001b[39m")).toBe(4);
  });
});

describe("wrapText", () => {
  it("breaks at spaces within the width and keeps every word whole", () => {
    const lines = wrapText(HOLD, 36);
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(36);
    expect(lines.join(" ")).toBe(HOLD);
  });

  it("measures wide characters as two columns, and cuts a word wider than a line", () => {
    const lines = wrapText("klant 王芳王芳王芳 belt terug over https://voorbeeld.nl/een/heel/lange/verwijzing", 12);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(12);
    expect(lines).toContain("klant");
    expect(lines).toContain("王芳王芳王芳");
    expect(lines).toContain("belt terug");
    expect(lines.join("")).toBe("klant王芳王芳王芳belt terugoverhttps://voorbeeld.nl/een/heel/lange/verwijzing");
  });
});

describe("stylish at a terminal's width", () => {
  it("stays within 100 columns, with the rule id on each message's first line at one column", () => {
    const lines = tableLines(formatters.stylish([result], { ...context, width: 100 }));
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(100);
    const firsts = lines.filter((line) => /^\s+\d+:\d+/.test(line));
    expect(firsts).toHaveLength(3);
    const ruleColumns = firsts.map((line, i) => {
      expect(line.endsWith(RULES[i]!)).toBe(true);
      return textWidth(line) - RULES[i]!.length;
    });
    expect(new Set(ruleColumns).size).toBe(1);
  });

  it("indents the rest of a message under its first word, and loses no word", () => {
    const output = formatters.stylish([result], { ...context, width: 100 });
    const lines = tableLines(output);
    const first = lines.findIndex((line) => line.includes("客服小李"));
    const messageColumn = textWidth(lines[first]!.slice(0, lines[first]!.indexOf("Je spreekt")));
    const rest = [];
    for (const line of lines.slice(first + 1)) {
      expect(line.slice(0, messageColumn).trim()).toBe("");
      rest.push(line.trim());
    }
    const start = lines[first]!.slice(lines[first]!.indexOf("Je spreekt"), -"no-tutoyeren".length).trim();
    expect([start, ...rest].join(" ")).toBe(WIDE);
  });

  it("puts the message under its row when the terminal is too narrow for a column beside it", () => {
    const lines = tableLines(formatters.stylish([result], { ...context, width: 70 }));
    expect(lines[0]).toMatch(/^\s+10:1\s+fout\s+analyse\s+hold-ask-permission$/);
    expect(lines[1]).toBe("    Je vraagt of de klant even kan wachten, maar zet de klant in de");
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(70);
  });

  it("puts even the rule id under the row when it does not fit beside the place", () => {
    const lines = tableLines(formatters.stylish([result], { ...context, width: 50 }));
    expect(lines.slice(0, 3)).toEqual(["  10:1   fout          analyse", "    hold-ask-permission", "    Je vraagt of de klant even kan wachten, maar"]);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(50);
  });

  it("keeps one line per message without a width, as in a pipe", () => {
    const lines = tableLines(formatters.stylish([result], context));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(WIDE);
  });
});

describe("the CLI", () => {
  const transcript = join(ROOT, "fixtures/examples/transcripts/bank-hypotheek-inbound-fouten.txt");

  it("writes one line per message into a pipe", () => {
    ensureBuilt();
    const json = JSON.parse(runCli(["--format", "json", transcript], { cwd: ROOT }).stdout);
    const run = runCli([transcript], { cwd: ROOT });
    expect(tableLines(run.stdout)).toHaveLength(json[0].messages.length);
  });

  // util-linux `script` gives the CLI a real terminal of 100 columns.
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  it.skipIf(!hasScript)("wraps to the width of a real terminal", () => {
    ensureBuilt();
    const command = `stty cols 100 rows 40; ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} --no-color ${JSON.stringify(transcript)}`;
    const run = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: ROOT, encoding: "utf8", input: "" });
    const lines = tableLines(run.stdout.replace(/\r/g, ""));
    expect(lines.some((line) => /^\s+12:13\s+fout\s+Medewerker · analyse\s+Je haalt .*hold-return-name-thanks$/.test(line))).toBe(true);
    expect(lines.some((line) => /^\s{20,}\S/.test(line))).toBe(true);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(100);
  });
});
