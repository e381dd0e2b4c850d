// Patterns come from config files, so from anyone: shapes that make a regular expression or the
// phrase matcher take exponential (or polynomial) time are refused when the config is loaded.
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../src/api.js";
import { ConfigError } from "../src/config/errors.js";
import { compilePattern } from "../src/text/pattern.js";
import { PATTERN_LIMITS } from "../src/text/pattern-limits.js";
import { PhraseBook } from "../src/text/phrases.js";
import { tokenize } from "../src/text/tokens.js";
import defaultPhrases from "../src/lang/nl/phrases.nl.json" with { type: "json" };

async function configProblems(config: Parameters<typeof resolveConfig>[0]): Promise<string[]> {
  try {
    await resolveConfig(config);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const rejected: [string, RegExp][] = [
  ["(a*)*b", /herhaling binnen een herhaling/],
  ["(a?)*b", /herhaling binnen een herhaling/],
  ["(ab*)?c", /herhaling binnen een herhaling/],
  ["(a|a)*b", /overlappende keuzes onder een herhaling \("a" en "a"\)/],
  ["(a|ab)*b", /overlappende keuzes onder een herhaling \("a" en "ab"\)/],
  ["((a|aa))*b", /overlappende keuzes/],
  ["(Ja|ja)*x", /overlappende keuzes/],
  ["(a|)*b", /niets kan zijn/],
  ["a*b*c", /meer dan één \*/],
  ["a*b*", /meer dan één \*/],
  ["(a)\\1", /terugverwijzing/],
  ["(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)", /meer dan 64 manieren/],
  ["dank ...9 u ...9 wel ...9 voor ...9 het", /te veel "\.\.\."/],
  ["[u] [u] [u] [u] [u] [u] [u] [u] [u] [u] [u] [u] [u] wel", /te veel "\.\.\."/],
  [`goedemorgen ${"en ".repeat(100)}welkom`, /tekens lang; de grens is 300/],
];

describe("patterns from config: refused shapes", () => {
  it.each(rejected)("refuses %s with a Dutch reason naming the key", async (pattern, reason) => {
    expect(() => compilePattern(pattern)).toThrow(reason);
    const problems = await configProblems({ phrases: { greeting: ["goeiedag", pattern] } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^config: phrases\.greeting\.1: ongeldig patroon: /);
    expect(problems[0]).toMatch(reason);
  });

  it("names the key of a house rule's pattern", async () => {
    const problems = await configProblems({
      checks: [{ id: "huis/geen-dus", kind: "forbid", phrases: ["dus", "(a*)*b"], message: "Zeg geen 'dus'." }],
    } as never);
    expect(problems).toEqual([expect.stringMatching(/^config: checks\.0\.phrases\.1: ongeldig patroon: .*herhaling binnen een herhaling/)]);
  });

  it("refuses more patterns than the limit in one config, before compiling them", async () => {
    const many = Array.from({ length: PATTERN_LIMITS.perConfig + 1 }, (_, i) => `woord${i}`);
    const problems = await configProblems({ phrases: { greeting: many } });
    expect(problems).toEqual([`config: te veel patronen (phrases: ${many.length}); de grens is ${PATTERN_LIMITS.perConfig} per configuratiebestand.`]);
  });
});

describe("patterns from config: ordinary shapes still work", () => {
  const accepted = ["goede(n)?morgen", "klant*", "(ja|nee)*x", "(ab|ba)*c", "hm*", "(onderzoek(je)?|enquête|peiling)", "dank ...5 voor het wachten", "heeft u [even|een] moment(je)?"];

  it.each(accepted)("accepts %s", async (pattern) => {
    expect(() => compilePattern(pattern)).not.toThrow();
    expect(await configProblems({ phrases: { greeting: [pattern] } })).toEqual([]);
  });

  it("accepts every built-in phrase", () => {
    for (const pattern of Object.values(defaultPhrases).flat()) expect(() => compilePattern(pattern)).not.toThrow();
  });

  it("finds words with a continuation and an optional part", () => {
    const book = new PhraseBook({ greeting: ["goede(n)?morgen", "klant*"] });
    const { tokens } = tokenize("Goedenmorgen, ik bel over klantnummer 12.");
    expect(book.findAll("greeting", tokens).map((m) => m.pattern)).toEqual(["goede(n)?morgen", "klant*"]);
  });
});
