import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Source } from "../../src/model/source.js";
import { REMARK_LIMITS, remarkCanRead } from "../../src/parsers/markdown-budget.js";
import { parserNamed } from "../../src/parsers/index.js";

const markdownScriptParser = parserNamed("markdown-script")!;

const scripts = [join("fixtures", "examples", "scripts"), join("fixtures", "parsers")].flatMap((dir) =>
  readdirSync(dir).filter((name) => name.endsWith(".md")).map((name) => join(dir, name)),
);

async function parse(text: string, path = "script.md") {
  const { conversation, directives, problems } = await markdownScriptParser.parse(new Source(text, path), {});
  return JSON.parse(JSON.stringify({ conversation, directives, problems }));
}

const limits = { ...REMARK_LIMITS };
afterEach(() => Object.assign(REMARK_LIMITS, limits));

describe("markdown-script: the linear reader for files remark would take too long over", () => {
  it.each(scripts)("reads %s exactly as remark does", async (path) => {
    const text = readFileSync(path, "utf8");
    expect(remarkCanRead(text)).toBe(true);
    const byRemark = await parse(text, path);
    REMARK_LIMITS.length = 0; // every file is now too large for remark
    expect(remarkCanRead(text)).toBe(false);
    expect(await parse(text, path)).toEqual(byRemark);
  });

  it("finds links, images and comments in its blocks as remark does", async () => {
    const text = `## Aanvangsfase

<!-- beleefd-disable greeting -->

**Agent:** Goedemiddag, kijk op [onze site](https://enerva.nl "Enerva") of ![logo](logo.png). <!-- beleefd-disable-line no-tutoyeren -->

> **Klant:** Ik zie [niets] en <!-- dit is niet gesloten

- **Agent:** Dat los ik op, [mevrouw Janssen](#klant).

\`\`\`
Agent: <!-- beleefd-disable --> geen beurt
\`\`\`
`;
    const byRemark = await parse(text);
    expect(byRemark.directives.length).toBe(2);
    REMARK_LIMITS.length = 0;
    expect(await parse(text)).toEqual(byRemark);
  });

  it("reads a file of 100,000 short turns, which remark may not", async () => {
    const text = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? "**Klant:** Ja." : "**Agent:** Mag ik uw [naam klant]?")).join("\n\n");
    expect(remarkCanRead(text)).toBe(false);
    const { conversation } = await parse(text);
    expect(conversation.calls[0].items).toHaveLength(100_000);
    expect(conversation.calls[0].items[99_999].speaker).toBe("Klant");
  });
});
