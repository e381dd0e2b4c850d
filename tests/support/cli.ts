// Runs the built `beleefd` command as a user would: a fresh Node process, no colour settings
// inherited from the terminal that runs the tests.
import { spawnSync } from "node:child_process";
import { CLI } from "./build.js";

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** Standard input; empty when absent, so the command never waits for a terminal. */
  input?: string;
  /** Added to the environment; FORCE_COLOR and NO_COLOR are removed unless given here. */
  env?: Record<string, string>;
}

export function runCli(args: readonly string[], options: RunOptions): Run {
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? "",
    env: { ...inherited, ...options.env },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
