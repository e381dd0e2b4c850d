// The README as GitHub shows it: every code fence closed, every `#anchor` link on a heading, every
// linked file present, and the quick start's commands run.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ensureBuilt, ROOT } from "./support/build.js";
import { anchors, githubSlug, links, scanMarkdown, sectionCommands } from "./support/markdown-check.js";

const README = readFileSync(join(ROOT, "README.md"), "utf8");
const readme = scanMarkdown(README);

describe("the README checker", () => {
  it("finds a code block that is never closed, and the heading it swallows", () => {
    const scan = scanMarkdown("Jenkins:\n\n```groovy\nstage('beleefd') {\n}\n## Voor docenten\n\n```sh\nbeleefd grade klas\n```\n");
    // Closed at last, by the end of the next block: what lay between rendered as code.
    expect(scan.fences.map((f) => [f.line, f.info, f.closed, f.swallows])).toEqual([[3, "groovy", true, [8]]]);
    expect(scan.fences[0]!.body).toContain("## Voor docenten");
    expect(scan.headings).toEqual([]);
    expect(scanMarkdown("```sh\nnpm ci\n").fences[0]!.closed).toBe(false);
  });

  it("makes GitHub's anchors: markup and punctuation dropped, é kept, repeats numbered", () => {
    expect(githubSlug("Huisregels (`checks`)")).toBe("huisregels-checks");
    expect(githubSlug("Belscript (`.md`)")).toBe("belscript-md");
    expect(githubSlug("Gespreksgegevens: wachtmomenten en ophangen (`.meta.json`)")).toBe("gespreksgegevens-wachtmomenten-en-ophangen-metajson");
    expect(githubSlug("Wat doet **beleefd** één keer?")).toBe("wat-doet-beleefd-één-keer");
    expect([...anchors(scanMarkdown("## Fout\n\n## Goed\n\n## Fout\n"))]).toEqual(["fout", "goed", "fout-1"]);
  });

  it("reads the commands of a section's sh blocks without their comments", () => {
    const scan = scanMarkdown("## Snel beginnen\n\n```sh\nnpm ci   # installeert\n```\n\n```\nuitvoer\n```\n\n## Daarna\n\n```sh\nnpm test\n```\n");
    expect(sectionCommands(scan, "Snel beginnen")).toEqual(["npm ci"]);
  });
});

describe("README.md", () => {
  it("closes every code fence before the next one opens", () => {
    const broken = readme.fences.filter((fence) => !fence.closed || fence.swallows.length > 0);
    expect(broken.map((fence) => `regel ${fence.line}: \`\`\`${fence.info}`)).toEqual([]);
  });

  it("links only to headings that exist", () => {
    const known = anchors(readme);
    const broken = links(readme).filter((link) => link.target.startsWith("#") && !known.has(link.target.slice(1)));
    expect(broken).toEqual([]);
    // The sections the introduction points at are headings, not text inside a code block.
    for (const anchor of ["in-de-browser", "voor-docenten", "uitvoervormen-en-ci", "api"]) expect(known).toContain(anchor);
  });

  it("links only to files in the repository", () => {
    const local = links(readme).filter((link) => !/^(#|[a-z]+:)/.test(link.target));
    expect(local.length).toBeGreaterThan(0);
    expect(local.filter((link) => !existsSync(join(ROOT, link.target.split("#")[0]!)))).toEqual([]);
  });

  it("has a quick start whose commands run", () => {
    const commands = sectionCommands(readme, "Snel beginnen");
    expect(commands).toEqual(["npm ci", "npm run build", "node dist/cli.js fixtures/examples", "npm test"]);
    // `npm ci` and `npm test` are what runs this test; `npm run build` is scripts/build.mjs, which
    // ensureBuilt runs when dist/ is stale (building here would pull dist/ from under other tests).
    ensureBuilt();
    for (const command of commands.filter((c) => !["npm ci", "npm test", "npm run build"].includes(c))) {
      const run = spawnSync("sh", ["-c", command], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      expect(run.stderr, command).toBe("");
      // 1: the examples have problems, which is what they are for; 2 would be a crash or bad input.
      expect(run.status, command).toBe(1);
      expect(run.stdout).toMatch(/✖ \d+ problemen \(\d+ fouten, \d+ waarschuwingen\)/);
    }
  });
});
