// What the main thread and the lint workers say to each other. Everything here is plain data:
// it crosses the thread boundary by structured clone.
import type { ConfigLoaderOptions } from "../config/load.js";
import type { LintResult } from "../types.js";

/** `--concurrency`: no workers, as many as pay off, or this many. */
export type Concurrency = "off" | "auto" | number;

/** A ConfigLoader's settings without its functions: each worker builds the same loader from them. */
export type LoaderSettings = Omit<ConfigLoaderOptions, "builtinRules" | "onNote">;

/** How every file of the run is linted (the serializable part of LintFilesOptions). */
export interface LintSettings {
  cwd: string;
  parser?: string;
  keepSource?: boolean;
  metadataFile?: string;
  fix?: boolean;
  fixTypes?: ReadonlySet<"problem" | "suggestion" | "layout">;
}

/** Given to each worker when it starts. */
export interface WorkerSetup {
  loader: LoaderSettings;
  lint: LintSettings;
}

/** Main → worker: lint this file. */
export interface LintRequest {
  index: number;
  path: string;
  explicit: boolean;
}

/** Worker → main: the file's result (none when it is passed over), or why linting it threw. */
export type LintReply =
  | { index: number; result?: LintResult; skipped?: boolean }
  | { index: number; error: string };
