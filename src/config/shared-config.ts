// `extends: "beleefd-config-school"`: a config published as an npm package (a school's or company's
// house rules), resolved with Node's resolution from the folder of the config that names it.
// JSON or YAML is read as data; a JavaScript module is code and only a trusted config may load it.
import { createRequire } from "node:module";
import { extname } from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError } from "./errors.js";
import { untrustedCodeError } from "./trust.js";

/** `beleefd-config-<naam>`, `@scope/beleefd-config` or `@scope/beleefd-config-<naam>`. */
export const SHARED_CONFIG_NAME = /^(?:beleefd-config-[a-z0-9][a-z0-9._-]*|@[a-z0-9][a-z0-9._-]*\/beleefd-config(?:-[a-z0-9][a-z0-9._-]*)?)$/;

export interface SharedConfigReader {
  /** The config that names the package, as shown in messages. */
  label: string;
  /** Reads a JSON or YAML config file (package.json: its "beleefd" key). */
  readData(path: string): Promise<unknown>;
  /** False for a config below the working directory: a JavaScript package is refused. */
  mayRunCode: boolean;
}

function resolvePackageFile(name: string, from: string): string | undefined {
  const require = createRequire(from);
  for (const request of [name, `${name}/package.json`]) {
    try {
      return require.resolve(request);
    } catch {
      // A package without a main file may still carry its config in package.json.
    }
  }
  return undefined;
}

export async function readSharedConfig(name: string, from: string, reader: SharedConfigReader): Promise<{ path: string; data: unknown }> {
  const path = resolvePackageFile(name, from);
  if (path === undefined) {
    throw new ConfigError([
      `${reader.label}: extends: gedeelde configuratie '${name}' niet gevonden vanuit de map van dit bestand. Installeer hem met 'npm install --save-dev ${name}'.`,
    ]);
  }
  const extension = extname(path).toLowerCase();
  if ([".js", ".mjs", ".cjs"].includes(extension)) {
    if (!reader.mayRunCode) throw untrustedCodeError(reader.label, "extends", name);
    return { path, data: await importConfig(name, path, reader.label) };
  }
  if (![".json", ".yaml", ".yml"].includes(extension)) {
    throw new ConfigError([`${reader.label}: extends: '${name}' levert ${extension || "een bestand zonder extensie"}; verwacht JSON, YAML of JavaScript`]);
  }
  const data = await reader.readData(path);
  if (data === undefined) {
    throw new ConfigError([`${reader.label}: extends: '${name}' heeft geen hoofdbestand en geen sleutel "beleefd" in zijn package.json`]);
  }
  return { path, data };
}

async function importConfig(name: string, path: string, label: string): Promise<unknown> {
  try {
    const module = (await import(pathToFileURL(path).href)) as { default?: unknown };
    return module.default ?? module;
  } catch (error) {
    throw new ConfigError([`${label}: extends: '${name}' kon niet geladen worden: ${(error as Error).message.split("\n")[0]}`]);
  }
}
