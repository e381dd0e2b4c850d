// `beleefd lsp` as an editor sees it: the built server started as a process, spoken to in LSP
// over stdin/stdout with vscode-jsonrpc's client pieces.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type { CodeAction, Diagnostic, Hover, PublishDiagnosticsParams, Range, TextEdit } from "vscode-languageserver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ensureBuilt } from "./support/build.js";

let dir: string;
let server: ChildProcess;
let client: MessageConnection;
const published: PublishDiagnosticsParams[] = [];
const waiting: Array<{ uri: string; resolve: (p: PublishDiagnosticsParams) => void }> = [];

/** The next diagnostics the server publishes for this document. */
function nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve) => waiting.push({ uri, resolve }));
}

function uriOf(name: string): string {
  return pathToFileURL(join(dir, name)).href;
}

/** The text a range covers, counted in UTF-16 code units as LSP does. */
function textAt(text: string, range: Range): string {
  const lines = text.split("\n");
  const offset = (p: Range["start"]) => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split("\n");
  const offset = (p: Range["start"]) => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  return sorted.reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

async function open(name: string, text: string, languageId = "plaintext"): Promise<Diagnostic[]> {
  const uri = uriOf(name);
  const diagnostics = nextDiagnostics(uri);
  await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
  return (await diagnostics).diagnostics;
}

async function change(name: string, version: number, text: string): Promise<Diagnostic[]> {
  const uri = uriOf(name);
  const diagnostics = nextDiagnostics(uri);
  await client.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
  return (await diagnostics).diagnostics;
}

const RECOMMENDED = JSON.stringify({ extends: "beleefd:recommended" });
// A wave (an astral character, two UTF-16 units) before the problem: the range must still fit.
const CALL = [
  "Agent: Hoi, met Sanne van Vitens. 👋 Heb je je klantnummer bij de hand?",
  "Klant: Ja, dat is 12345.",
  "Agent: Dank u wel. Ik zoek het voor u op.",
  "Klant: Mijn water is afgesloten.",
  "Agent: Heeft u verder nog vragen, meneer Jansen? Dan wens ik u een fijne dag.",
  "",
].join("\n");

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "beleefd-lsp-"));
  writeFileSync(join(dir, ".beleefdrc.json"), RECOMMENDED);
  server = spawn(process.execPath, [CLI, "lsp"], { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
  client = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  client.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    published.push(params);
    const index = waiting.findIndex((w) => w.uri === params.uri);
    if (index !== -1) waiting.splice(index, 1)[0]!.resolve(params);
  });
  client.listen();
  const init = await client.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
  expect(init).toMatchObject({ capabilities: { hoverProvider: true, codeActionProvider: expect.anything() } });
  await client.sendNotification("initialized", {});
}, 60_000);

afterAll(() => {
  client?.dispose();
  if (server && server.exitCode === null) server.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe("beleefd lsp", () => {
  it("reports a transcript's problems on open, with rule ids, pages and ranges in UTF-16 units", async () => {
    const diagnostics = await open("gesprek.txt", CALL);
    const ids = diagnostics.map((d) => d.code);
    expect(ids).toContain("greeting");
    expect(ids.filter((id) => id === "no-tutoyeren")).toHaveLength(2);
    const hebJe = diagnostics.find((d) => d.code === "no-tutoyeren")!;
    expect(textAt(CALL, hebJe.range)).toBe("Heb je");
    expect(hebJe.range.start).toEqual({ line: 0, character: CALL.indexOf("Heb je") });
    expect(hebJe).toMatchObject({ source: "beleefd", severity: 1, codeDescription: { href: expect.stringMatching(/rules\/no-tutoyeren\.md$/) } });
    expect(hebJe.message).toContain("heeft u");
    const greeting = diagnostics.find((d) => d.code === "greeting")!;
    expect(textAt(CALL, greeting.range)).toBe("Hoi");
  });

  it("explains the rule on hover, with a link to its page", async () => {
    const hover = (await client.sendRequest("textDocument/hover", {
      textDocument: { uri: uriOf("gesprek.txt") },
      position: { line: 0, character: CALL.indexOf("Heb je") + 2 },
    })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("**no-tutoyeren**: Spreek de klant aan met u, niet met je of jij");
    expect(value).toMatch(/\[Meer over no-tutoyeren\]\(https:\/\/.*rules\/no-tutoyeren\.md\)/);
    const nothing = await client.sendRequest("textDocument/hover", { textDocument: { uri: uriOf("gesprek.txt") }, position: { line: 1, character: 3 } });
    expect(nothing).toBeNull();
  });

  it("offers 'disable for this line' as a comment that, applied, silences the message", async () => {
    const diagnostics = published.filter((p) => p.uri === uriOf("gesprek.txt")).at(-1)!.diagnostics;
    const greeting = diagnostics.find((d) => d.code === "greeting")!;
    const actions = (await client.sendRequest("textDocument/codeAction", {
      textDocument: { uri: uriOf("gesprek.txt") },
      range: greeting.range,
      context: { diagnostics: [greeting] },
    })) as CodeAction[];
    const disable = actions.find((a) => a.title === "Zet greeting uit voor deze tekstregel")!;
    const edits = disable.edit!.changes![uriOf("gesprek.txt")]!;
    expect(edits).toEqual([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: "# beleefd-disable-next-line greeting\n" }]);
    const after = await change("gesprek.txt", 2, applyEdits(CALL, edits));
    expect(after.map((d) => d.code)).not.toContain("greeting");
    expect(after.map((d) => d.code)).toContain("no-tutoyeren");
  });

  it("updates the diagnostics when the text is fixed", async () => {
    const fixed = CALL.replace("Hoi, met Sanne", "Goedemorgen, u spreekt met Sanne").replace("Heb je je", "Heeft u uw");
    const diagnostics = await change("gesprek.txt", 3, fixed);
    expect(diagnostics.map((d) => d.code)).not.toContain("no-tutoyeren");
    // What is left is about the parts of the call the fix did not touch, not about "Hoi".
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.filter((d) => String(d.message).includes("'Hoi'"))).toEqual([]);
  });

  it("re-lints open documents when the config changes", async () => {
    const script = "# Inkomend gesprek\n\n**Agent:** Hoi, met Sanne van Vitens. Wat kan ik voor je doen?\n\n**Klant:** Mijn water is afgesloten.\n";
    const before = await open("script.md", script, "markdown");
    expect(before.map((d) => d.code)).toContain("no-tutoyeren");
    writeFileSync(join(dir, ".beleefdrc.json"), JSON.stringify({ extends: "beleefd:recommended", settings: { tutoyeren: true } }));
    const after = nextDiagnostics(uriOf("script.md"));
    await client.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(".beleefdrc.json"), type: 2 }] });
    expect((await after).diagnostics.map((d) => d.code)).not.toContain("no-tutoyeren");
    writeFileSync(join(dir, ".beleefdrc.json"), RECOMMENDED);
  });

  it("gives a file beleefd cannot read its fatal diagnostic, and keeps serving", async () => {
    const vtt = await open("kapot.vtt", "00:00:01.000 --> 00:00:02.000\nAgent: Goedemorgen.\n");
    expect(vtt).toHaveLength(1);
    expect(vtt[0]).toMatchObject({ severity: 1, source: "beleefd" });
    expect(vtt[0]!.message).toMatch(/WEBVTT/);
    const json = await open("kapot.json", '{"segments": [');
    expect(json).toHaveLength(1);
    expect(json[0]!.severity).toBe(1);
    const config = await open("package.json", '{"name": "x"}');
    expect(config).toEqual([]);
  });

  it("names a config below the workspace that may not load a plugin, at the file's first line", async () => {
    mkdirSync(join(dir, "student"));
    writeFileSync(join(dir, "student/helper.js"), "export default { rules: {} };\n");
    writeFileSync(join(dir, "student/.beleefdrc.json"), JSON.stringify({ plugins: ["./helper.js"] }));
    const diagnostics = await open("student/gesprek.txt", CALL);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.range.start).toEqual({ line: 0, character: 0 });
    expect(diagnostics[0]!.message).toMatch(/^Configuratiefout: student\/\.beleefdrc\.json: plugins: '\.\/helper\.js' wordt niet geladen/);
  });

  it("clears the diagnostics of a closed document", async () => {
    const cleared = nextDiagnostics(uriOf("gesprek.txt"));
    await client.sendNotification("textDocument/didClose", { textDocument: { uri: uriOf("gesprek.txt") } });
    expect((await cleared).diagnostics).toEqual([]);
  });

  it("shuts down and exits cleanly", async () => {
    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
    expect(await client.sendRequest("shutdown")).toBeNull();
    await client.sendNotification("exit");
    expect(await exited).toBe(0);
  });
});
