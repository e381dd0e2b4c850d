// Timed transcripts on disk: which .json files a folder run lints, sidecar metadata, --metadata.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintFiles } from "../src/files.js";
import { ROOT, ensureBuilt } from "./support/build.js";
import { runCli } from "./support/cli.js";

let temp: string;
beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "beleefd-timed-"));
}, 60_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(temp, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

const fixture = (name: string) => readFileSync(join(ROOT, "fixtures/parsers", name), "utf8");
const WHISPER = fixture("inbound-hold.whisper.json");
const HANGUP_BY_AGENT = JSON.stringify({ "beleefd-metadata": 1, hangup: { by: "agent" } });

describe("a folder with timed transcripts", () => {
  it("lints .vtt, .srt and transcript-shaped .json, and skips other JSON", async () => {
    const dir = folder("map", {
      "a.vtt": fixture("inbound-hold.webvtt.vtt"),
      "b.srt": fixture("inbound-hold.subrip.srt"),
      "c.json": WHISPER,
      "c.meta.json": HANGUP_BY_AGENT,
      "package.json": '{ "name": "gesprekken", "version": "1.0.0" }',
      "rapport.json": '{ "segmenten": [] }',
      "kapot.json": "{ niet af",
      "schema/transcript.schema.json": '{ "type": "object" }',
    });
    const results = await lintFiles(["."], { cwd: dir });
    expect(results.map((r) => r.filePath)).toEqual(["a.vtt", "b.srt", "c.json"].map((f) => join(dir, f)));
  });

  it("still lints a .json file named on the command line, with a clear error for an unknown shape", async () => {
    const dir = folder("expliciet", { "rapport.json": '{ "segmenten": [] }' });
    const [result] = await lintFiles(["rapport.json"], { cwd: dir });
    expect(result!.messages).toMatchObject([{ fatal: true, line: 1, column: 1 }]);
    expect(result!.messages[0]!.message).toMatch(/^Onbekende JSON-vorm/);
  });

  it("reads the sidecar <name>.meta.json beside a transcript", async () => {
    const dir = folder("sidecar", { "gesprek.json": WHISPER, "gesprek.meta.json": HANGUP_BY_AGENT, "zonder.json": WHISPER });
    const results = await lintFiles(["."], { cwd: dir });
    const rules = (file: string) => results.find((r) => r.filePath === join(dir, file))!.messages.map((m) => m.ruleId);
    expect(rules("gesprek.json")).toContain("customer-hangs-up-first");
    expect(rules("zonder.json")).not.toContain("customer-hangs-up-first");
  });
});

describe("beleefd --metadata", () => {
  const beleefd = (args: string[], cwd: string) => runCli(args, { cwd, env: { NO_COLOR: "1" } });

  it("applies a Connect contact record given on the command line", () => {
    const dir = folder("cli", {
      "gesprek.json": WHISPER,
      "contact.json": JSON.stringify({ ContactId: "c-42", InitiationMethod: "INBOUND", DisconnectReason: "AGENT_DISCONNECT", Agent: { NumberOfHolds: 0 } }),
    });
    const run = beleefd(["gesprek.json", "--metadata", "contact.json", "--format", "compact"], dir);
    expect(run.stdout).toContain("customer-hangs-up-first");
    expect(run.code).toBe(1);
  });

  it("stops with exit code 2 and the place of a mistake in the metadata file", () => {
    const dir = folder("cli-kapot", { "gesprek.json": WHISPER, "meta.json": '{\n  "beleefd-metadata": 1,\n  "holds": [{ "begin": 12 }]\n}\n' });
    const run = beleefd(["gesprek.json", "--metadata", "meta.json", "--format", "compact"], dir);
    expect(run.stdout).toContain(
      'gesprek.json: line 1, col 1, Error - Fout in metadatabestand meta.json:3:15: Ongeldig metadatabestand bij holds.0: onbekende sleutel "begin".',
    );
    expect(run.code).toBe(2);
    expect(beleefd(["gesprek.json", "--metadata", "weg.json"], dir).stdout).toContain("Metadatabestand niet gevonden of niet leesbaar: 'weg.json'.");
  });

  it("takes speaker roles from --speaker", () => {
    const dir = folder("cli-sprekers", { "gesprek.vtt": fixture("outbound-interrupt.webvtt.vtt") });
    const unknown = beleefd(["gesprek.vtt", "--format", "compact"], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain('Onbekende sprekers: "Noor", "Mevrouw El Amrani"');
    const known = beleefd(["gesprek.vtt", "--format", "compact", "--speaker", "Noor=agent", "--speaker", "Mevrouw El Amrani=klant"], dir);
    expect(known.stdout).not.toContain("Onbekende spreker");
    expect(known.stdout).toContain("no-interrupting");
    const wrong = beleefd(["gesprek.vtt", "--speaker", "Noor"], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--speaker 'Noor': schrijf 'label=rol' met rol agent, klant of collega, bijvoorbeeld --speaker SPEAKER_00=agent");
  });
});
