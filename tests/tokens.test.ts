import { describe, expect, it } from "vitest";
import { ParseDutch } from "parse-dutch";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tokenize } from "../src/text/tokens.js";

const words = (text: string) => tokenize(text).tokens.map((t) => t.value);

describe("tokenize", () => {
  it("splitst Nederlandse woorden met accenten zonder ze te breken", () => {
    expect(words("Wilt u één ogenblik wachten? Dat is geëmigreerd naar Curaçao.")).toEqual([
      "Wilt", "u", "één", "ogenblik", "wachten", "Dat", "is", "geëmigreerd", "naar", "Curaçao",
    ]);
  });

  it("houdt samentrekkingen en koppeltekens bij elkaar", () => {
    expect(words("Heb je m'n e-mail gezien? Hm-hm.")).toEqual(["Heb", "je", "m'n", "e-mail", "gezien", "Hm-hm"]);
  });

  it("herkent plaatshouders als één woord", () => {
    const { tokens } = tokenize("Goedemiddag {naam}, u spreekt met [naam medewerker] van <organisatie>.");
    expect(tokens.filter((t) => t.placeholder).map((t) => t.value)).toEqual(["{naam}", "[naam medewerker]", "<organisatie>"]);
  });

  it("weet per woord of het met een hoofdletter begint en waar het eindigt", () => {
    const text = "Mevrouw Özdemir, {naam} hier: İlse en één ’s-Hertogenbosch.";
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => [t.value, t.capitalized, t.placeholder])).toEqual([
      ["Mevrouw", true, false], ["Özdemir", true, false], ["{naam}", false, true], ["hier", false, false],
      ["İlse", true, false], ["en", false, false], ["één", false, false], ["s-Hertogenbosch", false, false],
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.value);
  });

  it("nummert zinnen en herkent vragen", () => {
    const { tokens, sentences } = tokenize("Heeft u een moment? Dan vraag ik het na. Prima!");
    expect(sentences.map((s) => s.question)).toEqual([true, false, false]);
    expect(tokens.find((t) => t.value === "vraag")!.sentence).toBe(1);
  });

  it("markeert geciteerde woorden, maar niet elisies als 't", () => {
    const { tokens } = tokenize(`De klant zei: "kun je even opschieten?" en ik heb 't opgelost. Hij vroeg 'heb je tijd'.`);
    const quoted = tokens.filter((t) => t.quoted).map((t) => t.value);
    expect(quoted).toEqual(["kun", "je", "even", "opschieten", "heb", "je", "tijd"]);
  });

  it("geeft dezelfde woordgrenzen als parse-dutch op gewone zinnen", () => {
    const text =
      "Goedemiddag, u spreekt met Sigrid van Enerva, wat kan ik voor u doen? Mevrouw Janssen, bedankt voor het wachten. " +
      "Ik heb het nagevraagd en de monteur komt donderdag tussen 8 en 12 uur. Kunt u dan thuis zijn?";
    const reference: string[] = [];
    const visit = (node: { type: string; children?: unknown[] }) => {
      if (node.type === "WordNode") {
        reference.push((node.children as Array<{ value: string }>).map((c) => c.value).join(""));
        return;
      }
      for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) visit(child);
    };
    visit(new ParseDutch().parse(text) as never);
    expect(words(text)).toEqual(reference);
  });

  it("vindt op elk voorbeeldbestand dezelfde woorden als de reguliere expressie die de scanner vervangt", () => {
    const reference = /\{[^{}\n]{1,40}\}|\[[^\[\]\n]{1,40}\]|<[^<>\n]{1,40}>|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : /\.(txt|md)$/.test(entry.name) ? [join(dir, entry.name)] : [],
      );
    const texts = [...files("fixtures/examples"), ...files("fixtures/parsers")].map((file) => readFileSync(file, "utf8"));
    texts.push("Tést 𝒜lfa {naam} {} [x]] <a<b> m'n hm-hm- e-mail ’t '{open\n}' jeugd-- ÉÉN", "{" + "x".repeat(41) + "}");
    expect(texts.length).toBeGreaterThan(30);
    for (const text of texts) {
      const expected = [...text.matchAll(reference)].map((m) => [m.index, m[0]]);
      expect(tokenize(text).tokens.map((t) => [t.start, t.value])).toEqual(expected);
    }
  });
});
