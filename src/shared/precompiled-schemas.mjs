// JSON schema files are compiled by ajv at build time, once, instead of on every run that validates
// a config file or front matter: src/shared/precompiled.ts becomes ajv's standalone code for them,
// keyed by `$id`, with the options src/shared/ajv.ts uses (they decide the errors' shape). The
// package build (scripts/build.mjs) and the web page (web/build/precompiled.ts) both use it; the
// page then needs no 'unsafe-eval', since ajv compiles nothing in the browser.
import { build } from "esbuild";
import { createRequire } from "node:module";
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { requireBanner, yamlAsEsm } from "../../scripts/bundle-helpers.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(import.meta.url);

/** The module that stands in for src/shared/precompiled.ts. */
export const PRECOMPILED_MODULE = /src[\\/]shared[\\/]precompiled\.ts$/;

const AJV_OPTIONS = JSON.parse(await readFile(`${root}src/shared/ajv-options.json`, "utf8"));
const PRECOMPILED_SCHEMAS = [
  "src/config/config.schema.json",
  "src/parsers/front-matter.schema.json",
  "src/lang/schemas/phrases.schema.json",
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
      banner: { js: requireBanner },
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

/** Every precompiled schema: its `$id` and the export name of its validator. */
async function compiledSchemas(code) {
  const { Ajv } = require("ajv");
  const ajv = new Ajv({ ...AJV_OPTIONS, code });
  const files = await Promise.all(PRECOMPILED_SCHEMAS.map(async (file) => JSON.parse(await readFile(`${root}${file}`, "utf8"))));
  const exports = {};
  for (const [i, schema] of [...files, ...(await ruleSchemas())].entries()) {
    ajv.addSchema(schema);
    exports[`precompiledValidator${i}`] = schema.$id;
  }
  return { ajv, exports };
}

/** ajv's standalone validators for the schema files and the built-in rules' options, as an ES module. */
export async function precompiledModule() {
  const standalone = require("ajv/dist/standalone").default;
  const { ajv, exports } = await compiledSchemas({ source: true, esm: true });
  const table = Object.entries(exports).map(([name, id]) => `${JSON.stringify(id)}: ${name}`).join(", ");
  return `${standalone(ajv, exports)}\nexport const precompiled = { ${table} };\n`;
}

/** Where the lazy module looks for the validator files; scripts/build.mjs rewrites it per output file. */
export const VALIDATORS_DIR_MARK = "__BELEEFD_VALIDATORS_DIR__";

/**
 * For Node: one CommonJS file per schema (`files`, name → code) and a module that stands in for
 * src/config/precompiled.ts and requires a validator the first time it is asked for. Parsing all of
 * them took ~12 ms of every start; a run without config or front matter now parses none, and one
 * with front matter only the front matter's.
 */
export async function lazyPrecompiled() {
  const standalone = require("ajv/dist/standalone").default;
  const { ajv, exports } = await compiledSchemas({ source: true });
  const files = {};
  const table = {};
  for (const [name, id] of Object.entries(exports)) {
    const file = `${name.replace("precompiledValidator", "validator-")}.cjs`;
    files[file] = standalone(ajv, { validate: id });
    table[id] = file;
  }
  const module = `import { createRequire } from "node:module";
const load = createRequire(new URL(${JSON.stringify(`${VALIDATORS_DIR_MARK}/index.cjs`)}, import.meta.url));
const FILES = ${JSON.stringify(table)};
export const precompiled = {};
for (const [id, file] of Object.entries(FILES)) {
  Object.defineProperty(precompiled, id, {
    enumerable: true,
    configurable: true,
    get() {
      const validate = load(\`./\${file}\`).validate;
      Object.defineProperty(precompiled, id, { value: validate, enumerable: true });
      return validate;
    },
  });
}
`;
  return { files, module };
}
