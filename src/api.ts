// `lint(text, options)`: the whole linter on one text, with a config object instead of files.
// No file system: it runs in browsers and editors as well as in Node.
import { builtinRules } from "../rules/index.js";
import { ConfigError } from "./config/errors.js";
import { defaultConfig, resolveUserConfig, rulesFor, type ConfigHost, type LoadedConfig } from "./config/resolve.js";
import type { UserConfig } from "./config/validate.js";
import { lintTextWithModel, type Parsed } from "./engine/linter.js";
import type { MetadataInput } from "./parsers/metadata/read.js";
import type { LintResult } from "./types.js";

export interface LintOptions {
  /** Decides the parser by extension (.md, .txt) and names the result. */
  filePath?: string;
  /** A config as in `.beleefdrc.json`; without one, `beleefd:recommended` applies. */
  config?: UserConfig;
  /** Force a parser ("transcript-text", "markdown-script", "webvtt", "srt", "json", "whisper", ...). */
  parser?: string;
  /** Plugin modules by the name the config's `plugins` uses (there is no module resolution here). */
  plugins?: Readonly<Record<string, unknown>>;
  /** Keep the text on the result. */
  keepSource?: boolean;
  /** Call metadata for the text: the JSON text of a metadata file or Connect contact record, and its name for messages. */
  metadata?: MetadataInput;
  /** Apply fixes to a script and return the fixed text as `output` (transcripts are never rewritten). */
  fix?: boolean;
  /** Apply only fixes of these rule types. */
  fixTypes?: readonly ("problem" | "suggestion" | "layout")[];
}

const LABEL = "config";

function objectHost(plugins: Readonly<Record<string, unknown>>): ConfigHost {
  return {
    display: (path) => path,
    readExtended(ref) {
      return Promise.reject(
        new ConfigError([`${LABEL}: extends: '${ref}' is een pad of pakket; dat kan alleen in een configbestand (gebruik lintFiles of de CLI)`]),
      );
    },
    loadPlugin(name) {
      if (name in plugins) return Promise.resolve(plugins[name]);
      return Promise.reject(new ConfigError([`${LABEL}: plugins: geef de module van '${name}' mee in de optie plugins van lint()`]));
    },
  };
}

/** Resolves a config object like a config file: presets and `extends` first, then its own keys. */
export async function resolveConfig(config: UserConfig | undefined, plugins: Readonly<Record<string, unknown>> = {}): Promise<LoadedConfig> {
  if (config === undefined) return defaultConfig(builtinRules);
  return resolveUserConfig(config, LABEL, builtinRules, objectHost(plugins));
}

/** Lints one text. Rejects with ConfigError for a bad config; problems in the text are messages. */
export async function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  return (await lintWithModel(text, options)).result;
}

/** `lint`, plus the parsed call the rules saw (absent when the text could not be read): for pages that show the call. */
export async function lintWithModel(text: string, options: LintOptions = {}): Promise<{ result: LintResult; parsed?: Parsed }> {
  const config = await resolveConfig(options.config, options.plugins);
  return lintTextWithModel(text, {
    config,
    rules: rulesFor(config, builtinRules),
    ...(options.filePath !== undefined ? { filePath: options.filePath } : {}),
    ...(options.parser !== undefined ? { parser: options.parser } : {}),
    ...(options.keepSource ? { keepSource: true } : {}),
    ...(options.metadata ? { metadata: options.metadata } : {}),
    ...(options.fix ? { fix: true } : {}),
    ...(options.fixTypes ? { fixTypes: new Set(options.fixTypes) } : {}),
  });
}
