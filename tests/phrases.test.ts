import { describe, expect, it } from "vitest";
import data from "../src/lang/nl/phrases.nl.json" with { type: "json" };
import schema from "../src/lang/schemas/phrases.schema.json" with { type: "json" };
import { defaultLanguage } from "../src/lang/index.js";
import type { PhraseListName } from "../src/lang/types.js";
import { validatorFor } from "../src/shared/ajv.js";
import { compilePattern, PatternSyntaxError } from "../src/text/pattern.js";
import { PhraseBook } from "../src/text/phrases.js";
import { tokenize } from "../src/text/tokens.js";

describe("woordenlijsten", () => {
  it("voldoen aan het JSON Schema", () => {
    const validate = validatorFor(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it("elk patroon compileert", () => {
    for (const [list, patterns] of Object.entries(data)) {
      for (const pattern of patterns) expect(() => compilePattern(pattern), `${list}: ${pattern}`).not.toThrow();
    }
  });

  it("weigert onzinpatronen met een duidelijke fout", () => {
    expect(() => compilePattern("dank (u|je wel)")).toThrow(PatternSyntaxError);
    expect(() => compilePattern("... moment")).toThrow(/mag niet met/);
    expect(() => compilePattern("[even]")).toThrow(/geen verplicht woord/);
  });
});

describe("patronen op woorden", () => {
  const book = new PhraseBook(defaultLanguage.phrases);
  const find = (list: PhraseListName, text: string) => {
    const { tokens } = tokenize(text);
    const match = book.find(list, tokens);
    return match && text.slice(tokens[match.from]!.start, tokens[match.to - 1]!.end);
  };

  it("vindt toestemmingsvragen met varianten", () => {
    expect(find("askMoment", "Mevrouw Janssen, heeft u een moment? Dan vraag ik het even na.")).toBe("heeft u een moment");
    expect(find("askMoment", "Hebt u even een ogenblikje?")).toBe("Hebt u even een ogenblikje");
    expect(find("askMoment", "Een moment hoor!")).toBeUndefined();
  });

  it("is hoofdletterongevoelig en kent é en ë", () => {
    expect(find("thanksWaiting", "BEDANKT VOOR HET WACHTEN")).toBe("BEDANKT VOOR HET WACHTEN");
    expect(find("informalGreeting", "Hé, met Tom")).toBe("Hé");
  });

  it("gaten van enkele woorden", () => {
    expect(find("thanksWaiting", "Dank u wel voor uw geduld.")).toBe("Dank u wel voor uw geduld");
  });

  it("uitbreiding uit de config komt bij de ingebouwde lijst", () => {
    const extended = new PhraseBook(defaultLanguage.phrases, { greeting: ["moi"] });
    const { tokens } = tokenize("Moi, met Sanne van Noordstroom.");
    expect(extended.find("greeting", tokens)?.pattern).toBe("moi");
  });
});
