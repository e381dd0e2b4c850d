// The word classes a sentence contains, found in one pass: a word may belong to several classes.
import { describe, expect, it } from "vitest";
import { WordClasses } from "../src/lang/nl/sentences/word-classes.js";
import { tokenize } from "../src/text/tokens.js";

describe("woordklassen van een zin", () => {
  const classes = new WordClasses();
  const customer = classes.add(["u", "je"]);
  const wait = classes.add(["wachten", "moment"]);
  const further = classes.add(["nog", "verder"]);
  const { tokens } = tokenize("Heeft u nog even een moment? Ik verbind je door.");

  it("vindt elke klasse met een woord in het bereik, ook een woord in twee klassen", () => {
    const both = new WordClasses();
    const first = both.add(["nog"]);
    const second = both.add(["nog", "meer"]);
    expect(both.in(tokens, 0, 6)).toBe(first | second);
  });

  it("kijkt alleen naar de woorden tussen from en to", () => {
    expect(classes.in(tokens, 0, 6)).toBe(customer | wait | further);
    expect(classes.in(tokens, 6, tokens.length)).toBe(customer);
    expect(classes.in(tokens, 2, 4)).toBe(further);
  });

  it("telt hooguit 32 klassen", () => {
    const many = new WordClasses();
    for (let i = 0; i < 32; i++) many.add([`woord${i}`]);
    expect(() => many.add(["teveel"])).toThrow(/32 woordklassen/);
  });
});
