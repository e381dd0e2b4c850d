import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chooseChromium } from "./support/browser.js";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function fakeChromium(dir: string, name = "chromium"): string {
  const file = join(dir, name);
  writeFileSync(file, "#!/bin/sh\nexit 0\n");
  chmodSync(file, 0o755);
  return file;
}

describe("choosing the Chromium for the browser tests", () => {
  it("takes BELEEFD_CHROMIUM first, even when a system Chromium is on PATH", async () => {
    const dir = tempDir("beleefd-choice-");
    const chosen = fakeChromium(dir, "mijn-chromium");
    const onPath = tempDir("beleefd-path-");
    fakeChromium(onPath);
    expect(await chooseChromium({ BELEEFD_CHROMIUM: chosen, PATH: onPath })).toEqual({ executablePath: chosen });
  });

  it("says in Dutch where BELEEFD_CHROMIUM points when nothing runnable is there", async () => {
    const missing = join(tmpdir(), "bestaat-niet", "chromium");
    await expect(chooseChromium({ BELEEFD_CHROMIUM: missing })).rejects.toThrow(`BELEEFD_CHROMIUM wijst naar ${missing}`);
  });

  it("takes a chromium on PATH before the packaged one", async () => {
    const onPath = tempDir("beleefd-path-");
    const found = fakeChromium(onPath);
    const expected = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : found;
    expect((await chooseChromium({ PATH: `/bestaat/niet:${onPath}` })).executablePath).toBe(expected);
  });

  it.skipIf(existsSync("/usr/bin/chromium"))("falls back to the packaged Chromium, with fonts of its own, when the machine has none", async () => {
    const choice = await chooseChromium({ PATH: "/bestaat/niet" });
    expect(choice.executablePath).toMatch(/beleefd-chromium-[\d.]+[\\/]chromium$/);
    expect(existsSync(choice.executablePath)).toBe(true);
    expect(existsSync(join(choice.env?.FONTCONFIG_PATH ?? "", "fonts.conf"))).toBe(true);
  });
});
