// The Dutch pack's match table (src/lang/nl/match-tables.ts: every phrase list and phase cue group
// as one table of parsed patterns keyed by their first word) is computed at build time, once,
// instead of on every start: the package build replaces that module with the finished table.
import { build } from "esbuild";
import { rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The module that the finished table stands in for. */
export const MATCH_TABLES_MODULE = /src[\\/]lang[\\/]nl[\\/]match-tables\.ts$/;

let tableOnce;
/** The table, computed by the module itself (bundled to a temporary file and run once). */
function dutchMatchTables() {
  tableOnce ??= (async () => {
    const { outputFiles } = await build({
      entryPoints: [`${root}src/lang/nl/match-tables.ts`],
      bundle: true,
      platform: "node",
      format: "esm",
      write: false,
      logLevel: "error",
    });
    const file = join(tmpdir(), `beleefd-match-tables-${process.pid}.mjs`);
    await writeFile(file, outputFiles[0].contents);
    try {
      return (await import(pathToFileURL(file).href)).dutchMatchTables;
    } finally {
      await rm(file, { force: true });
    }
  })();
  return tableOnce;
}

/** The finished table as an ES module; JSON.parse reads a large literal faster than JavaScript does. */
export async function matchTablesModule() {
  const json = JSON.stringify(await dutchMatchTables());
  return `export const dutchMatchTables = JSON.parse(${JSON.stringify(json)});\n`;
}

export const precompiledMatchTables = {
  name: "precompiled-match-tables",
  setup(build) {
    build.onLoad({ filter: MATCH_TABLES_MODULE }, async () => ({ resolveDir: root, loader: "js", contents: await matchTablesModule() }));
  },
};
