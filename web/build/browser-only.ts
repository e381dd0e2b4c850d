// Fails the web build when a Node-only module would end up in the page: a Node built-in
// (node:fs, path, ...) or one of beleefd's own modules that read files or use `process`.
import { builtinModules } from "node:module";
import type { Plugin } from "vite";

const NODE_BUILTINS = new Set(builtinModules);
/** beleefd's Node-only modules: the CLI, reading files and config from disk, doc pages from disk. */
const NODE_ONLY_SOURCES = /[\\/]src[\\/](?:cli\.ts|cli[\\/]|files\.ts|config[\\/]load\.ts|docs[\\/]load\.ts)/;

export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith("node:") || NODE_BUILTINS.has(specifier.split("/")[0]!);
}

export function isNodeOnlySource(id: string): boolean {
  return NODE_ONLY_SOURCES.test(id);
}

export function browserOnly(): Plugin {
  return {
    name: "beleefd-browser-only",
    enforce: "pre",
    resolveId(specifier, importer) {
      if (isNodeBuiltin(specifier)) {
        this.error(`De Node-module "${specifier}" hoort niet in de webpagina (geïmporteerd door ${importer ?? "?"}).`);
      }
      return null;
    },
    load(id) {
      if (isNodeOnlySource(id)) this.error(`${id} werkt alleen in Node en hoort niet in de webpagina.`);
      return null;
    },
  };
}
