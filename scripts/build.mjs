// Bundles the CLI and the public API into dist/ with esbuild, and their type declarations with tsc.
// Lazily imported modules (the Markdown parser with remark, yaml, formatters) stay in their own
// chunks, loaded only when used.
import { build } from "esbuild";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { requireBanner, yamlAsEsm } from "./bundle-helpers.mjs";
import { lazyPrecompiled, PRECOMPILED_MODULE, precompiledModule, VALIDATORS_DIR_MARK } from "../src/shared/precompiled-schemas.mjs";
import { precompiledMatchTables } from "./match-tables.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);

// yargs' help layout uses string-width, whose import alone costs ~35 ms: see src/cli/string-width.ts.
const lightStringWidth = {
  name: "light-string-width",
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, () => ({ path: `${root}src/cli/string-width.ts` }));
  },
};

// ajv's CommonJS body takes ~12 ms to run; most runs (no config file, no front matter, no rule
// options) never validate anything. The bundle gets an Ajv that runs ajv on first construction.
// For Node the real ajv stays in node_modules (a dependency): bundled, its ~350 kB would be parsed
// on every start although it is not run; the browser bundle has to carry it.
const lazyAjv = (platform) => ({
  name: "lazy-ajv",
  setup(build) {
    build.onResolve({ filter: /^ajv$/ }, (args) =>
      args.namespace !== "lazy-ajv" ? { path: "ajv", namespace: "lazy-ajv" } : platform === "node" ? { path: "ajv", external: true } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-ajv" }, () => ({
      resolveDir: root,
      loader: "js",
      contents:
        'let real;\nexport class Ajv {\n  constructor(options) {\n    real ??= require("ajv");\n    return new real.Ajv(options);\n  }\n}\n',
    }));
  },
});

const precompiledSchemas = {
  name: "precompiled-schemas",
  setup(build) {
    build.onLoad({ filter: PRECOMPILED_MODULE }, async () => ({ resolveDir: root, loader: "js", contents: await precompiledModule() }));
  },
};

// Node gets the validators as separate files, required on first use (see lazyPrecompiled).
const lazyPrecompiledSchemas = (lazy) => ({
  name: "lazy-precompiled-schemas",
  setup(build) {
    build.onLoad({ filter: PRECOMPILED_MODULE }, async () => ({ resolveDir: root, loader: "js", contents: (await lazy).module }));
  },
});

/** Writes dist/validators/ and points every output file that loads them at that folder. */
async function placeValidators(lazy, metafile) {
  const dir = `${root}dist/validators`;
  await mkdir(dir, { recursive: true });
  await Promise.all(Object.entries(lazy.files).map(([file, code]) => writeFile(join(dir, file), code)));
  for (const output of Object.keys(metafile.outputs).filter((file) => file.endsWith(".js"))) {
    const path = join(root, output);
    const code = await readFile(path, "utf8");
    if (!code.includes(VALIDATORS_DIR_MARK)) continue;
    const to = relative(dirname(path), dir).split("\\").join("/");
    await writeFile(path, code.replaceAll(VALIDATORS_DIR_MARK, to.startsWith(".") ? to : `./${to}`));
  }
}

const shared = {
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: "esm",
  target: "node20",
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "none",
  metafile: true,
};

export async function buildAll({ quiet = false } = {}) {
  await rm(`${root}dist`, { recursive: true, force: true });
  const logLevel = quiet ? "error" : "warning";
  const lazy = lazyPrecompiled();
  const node = build({
    ...shared,
    // `rule` is `beleefd/rule` for plugins: it shares its chunks with the CLI, so a plugin loaded
    // by a run reuses the modules already loaded. The worker thread's entry is loaded by file name
    // (src/workers/pool.ts), so it is an entry too.
    entryPoints: { cli: "src/cli.ts", index: "src/index.ts", rule: "src/rule.ts", "lint-worker": "src/workers/lint-worker.ts" },
    outdir: "dist",
    platform: "node",
    banner: { js: requireBanner },
    logLevel,
    // compromise (the English pack's grammar) stays in node_modules: a Dutch run never loads it.
    external: ["compromise"],
    plugins: [lightStringWidth, lazyAjv("node"), yamlAsEsm, lazyPrecompiledSchemas(lazy), precompiledMatchTables],
  });
  // The browser entry gets its own bundle: no Node built-ins, no `require` banner.
  const browser = build({
    ...shared,
    entryPoints: { index: "src/browser.ts" },
    outdir: "dist/browser",
    platform: "browser",
    target: ["es2022"],
    logLevel,
    plugins: [lazyAjv("browser"), yamlAsEsm, precompiledSchemas, precompiledMatchTables],
  });
  const bundles = await Promise.all([node, browser]);
  await placeValidators(await lazy, bundles[0].metafile);
  await emitTypes();
  return bundles;
}

// Declarations for `beleefd`, `beleefd/browser` and `beleefd/rule` (dist/types/), so a TypeScript project or a
// plugin author gets the API's types from the package; tsconfig.types.json names the entries.
async function emitTypes() {
  const tsc = require.resolve("typescript/bin/tsc");
  try {
    await promisify(execFile)(process.execPath, [tsc, "-p", "tsconfig.types.json"], { cwd: root });
  } catch (error) {
    throw new Error(`de typen (tsc -p tsconfig.types.json) konden niet worden gemaakt:\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await buildAll();
  } catch (error) {
    // esbuild has printed its own errors; tsc's are in the message
    if (!error.errors) console.error(error.message);
    process.exitCode = 1;
  }
}
