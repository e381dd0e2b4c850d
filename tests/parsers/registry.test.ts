import { describe, expect, it } from "vitest";
import { Source } from "../../src/model/source.js";
import { extensionsLinted, PARSER_NAMES, parserFor, parserNamed, PARSERS } from "../../src/parsers/index.js";

describe("the parser list", () => {
  it("names each parser once and gives each extension to one parser", () => {
    expect(new Set(PARSER_NAMES).size).toBe(PARSERS.length);
    const extensions = extensionsLinted();
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const ext of extensions) expect(ext).toMatch(/^\.[a-z]+$/);
    expect(extensions).toEqual(expect.arrayContaining([".txt", ".md", ".markdown", ".vtt", ".srt", ".json"]));
  });

  it("chooses by extension whatever its case, by name when forced, and plain text otherwise", () => {
    expect(parserFor("scripts/Storing.MD")?.name).toBe("markdown-script");
    expect(parserFor("opname.vtt")?.name).toBe("webvtt");
    expect(parserFor("gesprek.log")?.name).toBe("transcript-text");
    expect(parserFor("opname.json", "whisper")?.name).toBe("whisper");
    expect(parserFor("gesprek.txt", "bestaat-niet")).toBeUndefined();
  });

  it("parses through the list entry, loading the parser on first use", async () => {
    const text = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Agent>Goedemorgen, u spreekt met Sanne van Energie Zuid.\n";
    const { conversation } = await parserNamed("webvtt")!.parse(new Source(text, "opname.vtt"), {});
    expect(conversation.format).toBe("transcript");
    expect(conversation.calls[0]!.items).toMatchObject([{ kind: "turn", role: "agent", text: "Goedemorgen, u spreekt met Sanne van Energie Zuid." }]);
  });
});
