// esbuild pieces that both the package build (scripts/build.mjs) and the schema precompiler
// (src/shared/precompiled-schemas.mjs) use.
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

// yaml's "node" build is CommonJS; split into its own lazy chunk, esbuild would expose only its
// default export and `const { parseDocument } = await import("yaml")` would break. Its ESM build
// (the "default" export condition) has the same API and splits cleanly.
export const yamlAsEsm = {
  name: "yaml-as-esm",
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: `${root}node_modules/yaml/browser/index.js` }));
  },
};

// Bundled CommonJS dependencies call `require`; ESM output has none unless we make one.
export const requireBanner =
  'import { createRequire as __beleefdCreateRequire } from "node:module";\nconst require = __beleefdCreateRequire(import.meta.url);';
