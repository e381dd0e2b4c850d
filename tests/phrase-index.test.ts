// One pass over a turn's tokens matches every phrase list and phase cue group; searches and cue
// scoring read the recorded hits. These tests hold the shared hits to the answers a direct match
// gives, and the table the build makes to the one the sources make.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultLanguage } from "../src/lang/index.js";
import { dutchMatchTables } from "../src/lang/nl/match-tables.js";
import { cueBookFor } from "../src/phases/cues.js";
import type { Turn } from "../src/model/conversation.js";
import { compileMatchTables } from "../src/text/match-tables.js";
import { anchorMisses, compilePattern, matchAt, patternSteps } from "../src/text/pattern.js";
import { PhraseBook, phraseBookOf } from "../src/text/phrases.js";
import { tokenize, tokensOf } from "../src/text/tokens.js";
import { matchTablesModule } from "../scripts/match-tables.mjs";

const transcripts = fileURLToPath(new URL("../fixtures/examples/transcripts", import.meta.url));
const exampleTexts = readdirSync(transcripts).filter((name) => name.endsWith(".txt")).map((name) => readFileSync(join(transcripts, name), "utf8"));

const agentTurn = (text: string): Turn => ({ kind: "turn", index: 0, role: "agent", speaker: "Agent", text, textOffset: 0, span: [0, text.length], segments: [] }) as unknown as Turn;

describe("één doorgang over de woorden", () => {
  it("een zoekopdracht binnen één zin ziet geen treffer die over het zinseinde heen loopt", () => {
    const book = new PhraseBook<string>({ thanks: ["dank ... voor het wachten"] });
    const { tokens, sentences } = tokenize("Dank u. Fijn voor het wachten was het niet.");
    // Over the whole text "dank u. fijn voor het wachten" fits the gap; within the first sentence it does not.
    expect(book.find("thanks", tokens)).toMatchObject({ from: 0, to: 6 });
    expect(book.find("thanks", tokens, sentences[0]!.from, sentences[0]!.to)).toBeUndefined();
    expect(book.candidateLists(tokens, sentences[1]!.from, sentences[1]!.to)("thanks")).toBe(false);
  });

  it("een kortere grens geeft de kortere treffer van een patroon met een optioneel woord", () => {
    const book = new PhraseBook<string>({ moment: ["een moment [geduld]"] });
    const { tokens } = tokenize("Een moment geduld alstublieft.");
    expect(book.find("moment", tokens)).toMatchObject({ from: 0, to: 3 });
    expect(book.find("moment", tokens, 0, 2)).toMatchObject({ from: 0, to: 2 });
    expect(book.findAt("moment", tokens, 0, 2)).toMatchObject({ from: 0, to: 2 });
  });

  it("bij gelijke lengte wint het eerste patroon van de lijst, een later alleen als het langer is", () => {
    const book = new PhraseBook<string>({ greeting: ["goedemiddag", "goede(middag|morgen)", "goedemiddag met"] });
    expect(book.find("greeting", tokenize("Goedemiddag, Ilse hier.").tokens)?.pattern).toBe("goedemiddag");
    expect(book.find("greeting", tokenize("Goedemiddag met Ilse.").tokens)?.pattern).toBe("goedemiddag met");
  });

  it("lijsten en fase-aanwijzingen delen de treffers: na de eerste zoekopdracht kost de rest geen patroonstappen", () => {
    const book = phraseBookOf(defaultLanguage);
    const turn = agentTurn("Goedemiddag, u spreekt met Sanne van Enerva, waarmee kan ik u helpen");
    const { tokens } = tokensOf(turn);
    expect(book.find("greeting", tokens)?.pattern).toBeDefined();
    const before = patternSteps.count;
    for (const list of book.names()) book.findAll(list as never, tokens);
    const units = cueBookFor(defaultLanguage, {}, book).turnUnits(turn, "agent");
    expect(patternSteps.count - before).toBe(0);
    // The opening's cues (greeting, "u spreekt met", offer of help) give the sentence aanvang points.
    expect(units[0]!.scores[0]).toBeGreaterThan(0);
  });

  it("woorden uit de config tellen ook als fase-aanwijzing van de lijst die ze uitbreiden", () => {
    const turn = agentTurn("Moi");
    const plain = cueBookFor(defaultLanguage, {}, phraseBookOf(defaultLanguage)).turnUnits(turn, "agent");
    const extra = { greeting: ["moi"] };
    const extended = new PhraseBook(defaultLanguage.phrases, extra);
    const withMoi = cueBookFor(defaultLanguage, extra, extended).turnUnits(agentTurn("Moi"), "agent");
    expect(plain[0]!.scores[0]).toBe(0);
    expect(withMoi[0]!.scores[0]).toBeGreaterThan(0);
  });

  it("woorden uit de config veranderen de tabel van het taalpakket niet", () => {
    const extended = new PhraseBook(defaultLanguage.phrases, { greeting: ["welkom allemaal"] });
    const { tokens } = tokenize("Welkom allemaal, u spreekt met Sanne.");
    expect(extended.find("greeting", tokens)?.pattern).toBe("welkom allemaal");
    // A book made afterwards from the same table knows only the pack's own greeting.
    const plain = new PhraseBook(defaultLanguage.phrases);
    expect(plain.find("greeting", tokenize("Welkom allemaal, u spreekt met Sanne.").tokens)?.pattern).toBe("welkom");
  });

  it("de ankerwoordtoets sluit nooit een treffer uit (elk ingebouwd patroon op elk woord van de voorbeeldgesprekken)", () => {
    const sources = [...new Set([...Object.values(defaultLanguage.phrases).flat(), ...defaultLanguage.phaseCues.cues.flatMap((group) => group.phrases ?? [])])];
    const patterns = sources.map(compilePattern).filter((pattern) => pattern.anchor);
    expect(patterns.length).toBeGreaterThan(100);
    let matches = 0;
    for (const text of exampleTexts) {
      const { tokens } = tokenize(text);
      for (const pattern of patterns) {
        for (let at = 0; at < tokens.length; at++) {
          if (matchAt(pattern.elements, 0, tokens, at, tokens.length) === -1) continue;
          matches++;
          expect(anchorMisses(pattern, tokens, at, tokens.length), `${pattern.source} op woord ${at}`).toBe(false);
        }
      }
    }
    expect(matches).toBeGreaterThan(50);
  });
});

describe("de tabel van de woordenlijsten en fase-aanwijzingen", () => {
  it("de build maakt dezelfde tabel als de bronnen", async () => {
    const module = await matchTablesModule();
    const json = /JSON\.parse\((".*")\);/s.exec(module)![1]!;
    expect(JSON.parse(JSON.parse(json) as string)).toEqual(JSON.parse(JSON.stringify(dutchMatchTables)));
  });

  it("telt elk patroon één keer, ook als een lijst en een fasegroep het allebei noemen", () => {
    const tables = compileMatchTables({ greeting: ["goedemorgen", "hallo"] }, [{ speaker: "agent", lists: ["greeting"], phrases: ["hallo", "u spreekt met"] }]);
    expect(tables.patterns.map((p) => p.source)).toEqual(["goedemorgen", "hallo", "u spreekt met"]);
    expect(tables.cueGroups[0]).toEqual({ speaker: "agent", phrases: [1, 2], lists: ["greeting"] });
    expect(tables.firstWords).toEqual([["goedemorgen", [0]], ["hallo", [1]], ["u", [2]]]);
  });

  it("een lijstnaam als __proto__ of constructor is gewoon een lijst", () => {
    const extra = JSON.parse('{"__proto__": ["geduld"]}') as Record<string, string[]>;
    const book = new PhraseBook<string>({ constructor: ["moment"] }, extra);
    const { tokens } = tokenize("Een moment geduld.");
    expect(book.find("constructor", tokens)?.from).toBe(1);
    expect(book.find("__proto__", tokens)?.from).toBe(2);
  });
});
