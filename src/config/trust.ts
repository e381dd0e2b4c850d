// Which config files may load code. A config in the directory beleefd was started in or above it,
// or the one named with --config, was chosen by whoever runs beleefd; a config further down (a
// student's folder, a pull request's subfolder) was written by someone else and gets data only.
import { dirname, isAbsolute, relative, sep } from "node:path";
import { ConfigError } from "./errors.js";

/** True when `configPath` may load plugins: it is the --config file, or lies in `cwd` or above. */
export function mayLoadCode(configPath: string, cwd: string, configFile: string | undefined): boolean {
  if (configFile !== undefined && configPath === configFile) return true;
  return isAtOrBelow(cwd, dirname(configPath));
}

/** True when `path` is `base` or a folder inside it. */
export function isAtOrBelow(path: string, base: string): boolean {
  const rel = relative(base, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The error for code that a config below the working directory asks for; nothing is loaded. */
export function untrustedCodeError(label: string, key: string, name: string): ConfigError {
  return new ConfigError([
    `${label}: ${key}: '${name}' wordt niet geladen: een configuratie in een map onder de map waarin beleefd start, mag geen code laden. ` +
      "Zet het in de configuratie van die startmap (of hoger), of kies een configbestand met --config.",
  ]);
}
