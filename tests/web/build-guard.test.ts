// The web build refuses Node-only code: a page that imported node:fs or the CLI would break in
// every browser, so the build must fail loudly instead.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";
import { describe, expect, it } from "vitest";
import { browserOnly, isNodeBuiltin, isNodeOnlySource } from "../../web/build/browser-only.js";

const ROOT = resolve(import.meta.dirname, "../..");

describe("web build guard", () => {
  it("knows Node built-ins and beleefd's Node-only modules", () => {
    expect(["node:fs", "fs", "path", "node:fs/promises", "fs/promises"].every(isNodeBuiltin)).toBe(true);
    expect(["yaml", "ajv", "./files.js", "unified"].some(isNodeBuiltin)).toBe(false);
    expect(isNodeOnlySource(join(ROOT, "src/files.ts"))).toBe(true);
    expect(isNodeOnlySource(join(ROOT, "src/cli/args.ts"))).toBe(true);
    expect(isNodeOnlySource(join(ROOT, "src/docs/load.ts"))).toBe(true);
    expect(isNodeOnlySource(join(ROOT, "src/docs/rule-doc.ts"))).toBe(false);
    expect(isNodeOnlySource(join(ROOT, "src/browser.ts"))).toBe(false);
  });

  it("fails the build when the page would pull in the Node API", async () => {
    const out = await mkdtemp(join(tmpdir(), "beleefd-guard-"));
    try {
      const run = build({
        configFile: false,
        root: ROOT,
        logLevel: "silent",
        plugins: [browserOnly()],
        build: { write: false, outDir: out, rolldownOptions: { input: join(ROOT, "src/index.ts") } },
      });
      await expect(run).rejects.toThrow(/werkt alleen in Node|Node-module/);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
