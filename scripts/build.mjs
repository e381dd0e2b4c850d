// Bundles the CLI and the public API into dist/ with esbuild, and their type declarations with tsc.
// Lazily imported modules (the Markdown parser with remark, yaml, formatters) stay in their own
// chunks, loaded only when used.
import { build } from "esbuild";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

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

// yaml's "node" build is CommonJS; split into its own lazy chunk, esbuild would expose only its
// default export and `const { parseDocument } = await import("yaml")` would break. Its ESM build
// (the "default" export condition) has the same API and splits cleanly.
const yamlAsEsm = {
  name: "yaml-as-esm",
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: `${root}node_modules/yaml/browser/index.js` }));
  },
};

// JSON schema files are compiled by ajv here, once, instead of on every run that validates a
// config file or front matter: src/config/precompiled.ts becomes ajv's standalone code for them,
// keyed by `$id`, with the options src/config/ajv.ts uses (they decide the errors' shape).
const AJV_OPTIONS = JSON.parse(await readFile(`${root}src/config/ajv-options.json`, "utf8"));
const PRECOMPILED_SCHEMAS = [
  "src/config/config.schema.json",
  "src/parsers/front-matter.schema.json",
  "src/text/phrases.schema.json",
  "src/parsers/json/transcript.schema.json",
  "src/parsers/json/whisper.schema.json",
  "src/parsers/json/transcribe.schema.json",
  "src/parsers/json/ccai.schema.json",
  "src/parsers/metadata/metadata.schema.json",
  "src/parsers/metadata/connect.schema.json",
];
// The built-in rules' option schemas (rules/index.ts gives each an `$id`): read from the rules
// themselves, bundled once into a temporary module, so the schemas stay written where the rules are.
let ruleSchemasOnce;
function ruleSchemas() {
  ruleSchemasOnce ??= (async () => {
    const { outputFiles } = await build({
      entryPoints: [`${root}rules/index.ts`],
      bundle: true,
      platform: "node",
      format: "esm",
      write: false,
      logLevel: "error",
      banner: { js: banner },
      plugins: [yamlAsEsm],
    });
    const file = join(tmpdir(), `beleefd-rules-${process.pid}.mjs`);
    await writeFile(file, outputFiles[0].contents);
    try {
      const { builtinRules } = await import(pathToFileURL(file).href);
      return Object.values(builtinRules).flatMap((rule) => (rule.meta.schema ? [rule.meta.schema] : []));
    } finally {
      await rm(file, { force: true });
    }
  })();
  return ruleSchemasOnce;
}

const precompiledSchemas = {
  name: "precompiled-schemas",
  setup(build) {
    build.onLoad({ filter: /src[\\/]config[\\/]precompiled\.ts$/ }, async () => {
      const { Ajv } = require("ajv");
      const standalone = require("ajv/dist/standalone").default;
      const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
      const exports = {};
      const files = await Promise.all(PRECOMPILED_SCHEMAS.map(async (file) => JSON.parse(await readFile(`${root}${file}`, "utf8"))));
      for (const [i, schema] of [...files, ...(await ruleSchemas())].entries()) {
        ajv.addSchema(schema);
        exports[`precompiledValidator${i}`] = schema.$id;
      }
      const table = Object.entries(exports).map(([name, id]) => `${JSON.stringify(id)}: ${name}`).join(", ");
      return {
        resolveDir: root,
        loader: "js",
        contents: `${standalone(ajv, exports)}\nexport const precompiled = { ${table} };\n`,
      };
    });
  },
};

// Bundled CommonJS dependencies call `require`; ESM output has none unless we make one.
const banner = 'import { createRequire as __beleefdCreateRequire } from "node:module";\nconst require = __beleefdCreateRequire(import.meta.url);';

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
  const node = build({
    ...shared,
    entryPoints: { cli: "src/cli.ts", index: "src/index.ts" },
    outdir: "dist",
    platform: "node",
    banner: { js: banner },
    logLevel,
    plugins: [lightStringWidth, lazyAjv("node"), yamlAsEsm, precompiledSchemas],
  });
  // The browser entry gets its own bundle: no Node built-ins, no `require` banner.
  const browser = build({
    ...shared,
    entryPoints: { index: "src/browser.ts" },
    outdir: "dist/browser",
    platform: "browser",
    target: ["es2022"],
    logLevel,
    plugins: [lazyAjv("browser"), yamlAsEsm, precompiledSchemas],
  });
  const bundles = await Promise.all([node, browser]);
  await emitTypes();
  return bundles;
}

// Declarations for `beleefd` and `beleefd/browser` (dist/types/), so a TypeScript project or a
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
