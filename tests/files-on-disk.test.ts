// Files as users have them: FIFOs, symbolic links, huge files, UTF-16, unreadable folders.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watchedFs } from "../src/file-kind.js";
import { lintFiles } from "../src/files.js";
import { ensureBuilt } from "./support/build.js";
import { runCli } from "./support/cli.js";

const CALL =
  "Agent: Goedemiddag, u spreekt met Eva van Enerva. Waarmee kan ik u helpen?\n" +
  "Klant: Goedemiddag, met Bakker. Mijn meter staat stil.\n" +
  "Agent: Dat is vervelend, meneer Bakker. Ik stuur morgen een monteur.\n";

let temp: string;
beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "beleefd-schijf-"));
}, 60_000);
afterAll(() => {
  chmodSync(temp, 0o700);
  rmSync(temp, { recursive: true, force: true });
});

function folder(name: string): string {
  const dir = join(temp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const mkfifo = (path: string) => execFileSync("mkfifo", [path]);

describe("bestanden zoals gebruikers ze hebben", () => {
  it("slaat een FIFO over met een waarschuwing en opent hem nooit, genoemd of in een map", async () => {
    const dir = folder("fifo");
    writeFileSync(join(dir, "a.txt"), CALL);
    mkfifo(join(dir, "f.txt"));
    for (const patterns of [["a.txt", "f.txt"], ["."]]) {
      const results = await lintFiles(patterns, { cwd: dir });
      expect(results.map((r) => r.filePath)).toEqual([join(dir, "a.txt"), join(dir, "f.txt")]);
      expect(results[1]!.messages).toEqual([expect.objectContaining({ severity: 1, message: "Overgeslagen: dit is geen gewoon bestand maar een named pipe (FIFO); beleefd opent het niet." })]);
    }
  });

  it("de CLI blijft niet hangen op een FIFO, ook niet met --print-model", () => {
    const dir = folder("fifo-cli");
    writeFileSync(join(dir, "a.txt"), CALL);
    mkfifo(join(dir, "f.txt"));
    const run = runCli(["a.txt", "f.txt", "--format", "compact"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("f.txt: line 1, col 1, Warning - Overgeslagen: dit is geen gewoon bestand maar een named pipe (FIFO)");
    const model = runCli(["--print-model", "f.txt"], { cwd: dir });
    expect(model.code).toBe(2);
    expect(model.stderr).toContain("f.txt: Overgeslagen");
  });

  it("leest een FIFO met de naam x.meta.json naast een transcript niet, en controleert het transcript zonder", async () => {
    const dir = folder("fifo-meta");
    writeFileSync(join(dir, "x.txt"), CALL);
    mkfifo(join(dir, "x.meta.json"));
    const [result, ...rest] = await lintFiles(["."], { cwd: dir });
    expect(rest).toEqual([]);
    expect(result!.messages[0]!.message).toBe("Metadatabestand 'x.meta.json' overgeslagen: het is geen gewoon bestand maar een named pipe (FIFO); beleefd opent het niet.");
    expect(result!.messages.some((m) => m.ruleId !== null)).toBe(true);
  });

  it("controleert elk echt bestand één keer, ook als symbolische links ernaar wijzen", async () => {
    const dir = folder("links");
    writeFileSync(join(dir, "gesprek.txt"), CALL);
    symlinkSync("gesprek.txt", join(dir, "kopie.txt"));
    mkdirSync(join(dir, "sub"));
    symlinkSync("../gesprek.txt", join(dir, "sub", "gesprek.txt"));
    symlinkSync(".", join(dir, "lus"));
    const results = await lintFiles([".", "kopie.txt"], { cwd: dir });
    expect(results).toHaveLength(1);
    // Named on the command line, the file keeps the name it was given.
    expect(results[0]!.filePath).toBe(join(dir, "kopie.txt"));
  });

  it("weigert een enorm bestand voordat het gelezen wordt, met de grootte in de melding", async () => {
    const dir = folder("groot");
    writeFileSync(join(dir, "x.txt"), "");
    truncateSync(join(dir, "x.txt"), 1_000_000_000);
    const [result] = await lintFiles(["x.txt"], { cwd: dir });
    expect(result!.messages).toEqual([
      expect.objectContaining({ fatal: true, message: "Bestand is te groot om te controleren (1,0 GB); beleefd leest bestanden tot 67 MB." }),
    ]);
  });

  it("leest UTF-16 met een BOM (little- en big-endian) als tekst", async () => {
    const dir = folder("utf16");
    writeFileSync(join(dir, "utf8.txt"), CALL);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CALL, "utf16le")]);
    writeFileSync(join(dir, "le.txt"), le);
    writeFileSync(join(dir, "be.txt"), Buffer.from([0xfe, 0xff, ...Buffer.from(CALL, "utf16le").swap16()]));
    const [be, leResult, utf8] = await lintFiles(["be.txt", "le.txt", "utf8.txt"], { cwd: dir });
    const shape = (r: typeof utf8) => r!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(shape(utf8).length).toBeGreaterThan(0);
    expect(shape(leResult)).toEqual(shape(utf8));
    expect(shape(be)).toEqual(shape(utf8));
  });

  it("noteert een map die niet gelezen kan worden in plaats van hem stil over te slaan", async () => {
    const dir = folder("lus-map");
    symlinkSync("lus", join(dir, "lus"));
    const notes = { unreadable: new Set<string>(), special: new Set<string>() };
    const fs = watchedFs(notes, () => true);
    await new Promise<void>((done) => fs.readdir(join(dir, "lus"), { withFileTypes: true }, () => done()));
    expect([...notes.unreadable]).toEqual([join(dir, "lus")]);
  });

  it.skipIf(process.getuid?.() === 0)("meldt een map zonder leesrechten bij het doorzoeken", async () => {
    const dir = folder("geen-rechten");
    writeFileSync(join(dir, "a.txt"), CALL);
    mkdirSync(join(dir, "dicht"));
    writeFileSync(join(dir, "dicht", "b.txt"), CALL);
    chmodSync(join(dir, "dicht"), 0);
    try {
      const results = await lintFiles(["."], { cwd: dir });
      const folderResult = results.find((r) => r.filePath.startsWith(join(dir, "dicht")));
      expect(folderResult?.messages[0]?.message).toContain("Map kan niet gelezen worden");
    } finally {
      chmodSync(join(dir, "dicht"), 0o700);
    }
  });
});
