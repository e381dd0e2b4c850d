// A pattern that starts with two required words rules out a start by the next token alone; the
// test must never rule out a place where the pattern matches.
import { describe, expect, it } from "vitest";
import { compilePattern, matchAt, secondWordMisses } from "../src/text/pattern.js";
import { tokenize } from "../src/text/tokens.js";

describe("tweede woord van een patroon", () => {
  const { tokens } = tokenize("Heeft u even een moment? Heeft de monteur gebeld?");

  it("slaat een begin over waar het volgende woord niet past", () => {
    const pattern = compilePattern("(heeft|hebt) u [even] een moment(je)?");
    expect(secondWordMisses(pattern, tokens, 0, tokens.length)).toBe(false);
    expect(matchAt(pattern.elements, 0, tokens, 0, tokens.length)).toBe(5);
    expect(secondWordMisses(pattern, tokens, 5, tokens.length)).toBe(true);
    expect(matchAt(pattern.elements, 0, tokens, 5, tokens.length)).toBe(-1);
  });

  it("slaat over wanneer het tweede woord buiten het bereik valt", () => {
    const pattern = compilePattern("heeft u");
    expect(secondWordMisses(pattern, tokens, 0, 1)).toBe(true);
  });

  it("zegt niets over een patroon met een optioneel of vrij tweede woord", () => {
    expect(secondWordMisses(compilePattern("heeft [u] een moment"), tokens, 5, tokens.length)).toBe(false);
    expect(secondWordMisses(compilePattern("[dus] heeft u"), tokens, 5, tokens.length)).toBe(false);
    expect(secondWordMisses(compilePattern("heeft ... gebeld"), tokens, 5, tokens.length)).toBe(false);
    expect(secondWordMisses(compilePattern("heeft (de|het)* monteur"), tokens, 0, tokens.length)).toBe(false);
  });
});
