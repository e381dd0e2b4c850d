// Config loading for tests: a loader for a working directory, and the problems a config error lists.
import { builtinRules } from "../../rules/index.js";
import { ConfigError } from "../../src/config/errors.js";
import { ConfigLoader } from "../../src/config/load.js";

export function configLoader(cwd: string, extra: Partial<ConstructorParameters<typeof ConfigLoader>[0]> = {}): ConfigLoader {
  return new ConfigLoader({ cwd, builtinRules, ...extra });
}

/** The lines of the ConfigError the promise rejects with; fails when it resolves. */
export async function configProblems(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("verwachtte een ConfigError");
}
