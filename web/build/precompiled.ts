// The page gets the same precompiled JSON Schema validators as the package build
// (src/shared/precompiled-schemas.mjs): ajv then compiles nothing in the browser, so the page's
// Content-Security-Policy needs no 'unsafe-eval'.
import type { Plugin } from "vite";
import { PRECOMPILED_MODULE, precompiledModule } from "../../src/shared/precompiled-schemas.mjs";

export function precompiledSchemas(): Plugin {
  return {
    name: "beleefd-precompiled-schemas",
    async load(id) {
      return PRECOMPILED_MODULE.test(id) ? requiresAsImports(await precompiledModule()) : null;
    },
  };
}

/**
 * ajv's standalone code loads its runtime helpers with `require("ajv/dist/runtime/…")`, which Vite
 * leaves as it is in an ES module (and a browser has no `require`); a default import of a CommonJS
 * module is its `module.exports`, the same value.
 */
export function requiresAsImports(code: string): string {
  const names = new Map<string, string>();
  const body = code.replace(/\brequire\(("[^"]+")\)/g, (_, specifier: string) => {
    let name = names.get(specifier);
    if (!name) names.set(specifier, (name = `ajvRuntime${names.size}`));
    return name;
  });
  return [...names].map(([specifier, name]) => `import ${name} from ${specifier};\n`).join("") + body;
}
