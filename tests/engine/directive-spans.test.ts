// The engine's side of disable directives: only spans. Which text a comment covers is the parser's
// business (tests/parsers/); here directives are made by hand, as a plugin parser could make them.
import { describe, expect, it } from "vitest";
import { DirectiveIndex } from "../../src/engine/directives.js";
import type { Directive } from "../../src/model/directive.js";

const text = "Agent: Hoi, wat kan ik voor je doen?\nKlant: Mijn pakket is zoek.\nAgent: Doei!\n";
const at = (word: string) => text.indexOf(word);

function directive(kind: Directive["kind"], ruleIds: string[], covers: [number, number]): Directive {
  return { kind, ruleIds, span: [covers[0], covers[0]], covers };
}

describe("DirectiveIndex", () => {
  it("turns a rule off where a message starts inside the covered span, and nowhere else", () => {
    const nextLine = directive("disable-next-line", ["no-tutoyeren"], [at("Agent: Hoi"), at("Klant")]);
    const index = new DirectiveIndex([nextLine]);
    expect(index.isSuppressed("no-tutoyeren", at("je doen"))).toBe(true);
    expect(index.isSuppressed("greeting", at("Hoi"))).toBe(false);
    expect(index.isSuppressed("no-tutoyeren", at("Klant"))).toBe(false);
    expect(index.unused()).toEqual([]);
  });

  it("runs a disable until the end of the enable that closes it, or to the end without one", () => {
    const disable = directive("disable", [], [at("Klant"), text.length + 1]);
    const enable = directive("enable", ["closing"], [at("Agent: Doei"), at("!")]);
    const tutoyeren = directive("disable", ["no-tutoyeren"], [0, text.length + 1]);
    const index = new DirectiveIndex([disable, enable, tutoyeren]);
    expect(index.isSuppressed("closing", at("pakket"))).toBe(true);
    expect(index.isSuppressed("closing", at("Doei"))).toBe(true);
    expect(index.isSuppressed("closing", at("Hoi"))).toBe(false);
    expect(index.isSuppressed("closing", at("!"))).toBe(false);
    // The enable names "closing" only: the disable of no-tutoyeren stays open to the very end.
    expect(index.isSuppressed("no-tutoyeren", text.length)).toBe(true);
  });

  it("reports a directive that turned nothing off as unused; an enable never is", () => {
    const unused = directive("disable-line", ["greeting"], [at("Klant"), at("Agent: Doei")]);
    const enable = directive("enable", [], [at("Agent: Doei"), text.length + 1]);
    const index = new DirectiveIndex([unused, enable]);
    expect(index.isSuppressed("greeting", at("Hoi"))).toBe(false);
    expect(index.unused()).toEqual([unused]);
  });
});
