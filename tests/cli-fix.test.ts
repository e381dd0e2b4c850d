// --fix, --fix-dry-run and --fix-type through the built CLI: scripts are rewritten where certain,
// transcripts never, and a second --fix changes nothing.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./support/build.js";
import { runCli } from "./support/cli.js";

const SCRIPT = [
  "# Inkomend gesprek: factuur",
  "",
  "**Agent:** Goedemorgen, u spreekt met Sigrid van Enerva. Waarmee kan ik u helpen?",
  "**Klant:** Kun je even kijken naar mijn factuur?",
  "**Agent:** Dat doe ik graag. Heb jij je klantnummer bij de hand? Ik stuur het naar jouw adres, alsjeblieft.",
  "",
].join("\n");
const FIXED = SCRIPT.replace("Heb jij je", "Heeft u uw").replace("jouw adres", "uw adres").replace("alsjeblieft", "alstublieft");
const TRANSCRIPT = "Agent: Goedemorgen, u spreekt met Sigrid van Enerva.\nKlant: Ik bel over mijn factuur.\nAgent: Heb jij je klantnummer bij de hand?\n";

let temp: string;
beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "beleefd-fix-"));
}, 60_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function files(name: string): { script: string; transcript: string } {
  const script = join(temp, `${name}.md`);
  const transcript = join(temp, `${name}.txt`);
  writeFileSync(script, SCRIPT);
  writeFileSync(transcript, TRANSCRIPT);
  return { script, transcript };
}

const beleefd = (args: string[]) => runCli(args, { cwd: temp, env: { NO_COLOR: "1" } });

describe("--fix", () => {
  it("rewrites the agent's je-forms in a script, leaves the customer's line and the transcript alone, and is idempotent", () => {
    const { script, transcript } = files("fix");
    const transcriptTime = statSync(transcript).mtimeMs;
    const run = beleefd(["--fix", script, transcript]);
    expect(run.stderr).toBe("");
    expect(readFileSync(script, "utf8")).toBe(FIXED);
    expect(readFileSync(transcript, "utf8")).toBe(TRANSCRIPT);
    expect(statSync(transcript).mtimeMs).toBe(transcriptTime);
    const scriptTime = statSync(script).mtimeMs;
    const again = beleefd(["--fix", "-f", "json", script]);
    expect(JSON.parse(again.stdout)[0].output).toBeUndefined();
    expect(readFileSync(script, "utf8")).toBe(FIXED);
    expect(statSync(script).mtimeMs).toBe(scriptTime);
  });

  it("--fix-dry-run writes nothing and reports the fixed text as output; a transcript gets suggestions", () => {
    const { script, transcript } = files("droog");
    const run = beleefd(["--fix-dry-run", "-f", "json", script, transcript]);
    const [scriptResult, transcriptResult] = JSON.parse(run.stdout);
    expect(scriptResult.output).toBe(FIXED);
    expect(readFileSync(script, "utf8")).toBe(SCRIPT);
    expect(transcriptResult.output).toBeUndefined();
    const heb = transcriptResult.messages.find((m: { message: string }) => m.message.includes("'heb jij'"));
    expect(heb.fix).toBeUndefined();
    expect(heb.suggestions[0].fix.text).toBe("Heeft u");
  });

  it("--fix-type layout leaves problems of other types", () => {
    const { script } = files("soort");
    const run = beleefd(["--fix-dry-run", "--fix-type", "layout", "-f", "json", script]);
    expect(JSON.parse(run.stdout)[0].output).toBeUndefined();
  });

  it("refuses unknown fix types and --fix with --stdin, in Dutch", () => {
    const wrongType = beleefd(["--fix", "--fix-type", "opmaak", "x.md"]);
    expect(wrongType.code).toBe(2);
    expect(wrongType.stderr).toContain('--fix-type kent "opmaak" niet; kies uit problem, suggestion, layout');
    const stdin = beleefd(["--fix", "--stdin"]);
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain("met --stdin gebruik je --fix-dry-run");
  });
});
