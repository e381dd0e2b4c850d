// The trainee web page: one static folder (web/dist) with the engine, the rules and their doc pages.
// Everything is one script so the page works offline once loaded: no chunk is fetched later.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { browserOnly } from "./build/browser-only.js";
import { contentSecurityPolicy } from "./build/csp.js";
import { precompiledSchemas } from "./build/precompiled.js";

const webDir = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: webDir,
  // Relative asset URLs: the folder works in any subfolder (GitHub Pages) and from disk.
  base: "./",
  publicDir: false,
  plugins: [browserOnly(), precompiledSchemas(), contentSecurityPolicy()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: false } },
    // One script on purpose (see above): about 740 kB, 200 kB gzipped, loaded once (the precompiled
    // schema validators are ~150 kB of it).
    chunkSizeWarningLimit: 800,
  },
  server: { fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] } },
  preview: { host: "127.0.0.1", port: 4173 },
});
