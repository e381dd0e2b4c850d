// A lint worker thread: builds the run's config loader (plugins from configs load here too) and
// lints the files it is sent, one at a time and in the order sent, so that when the thread dies
// the main thread knows which file it was on.
import { parentPort, workerData } from "node:worker_threads";
import { builtinRules } from "../../rules/index.js";
import { ConfigLoader } from "../config/load.js";
import { lintTarget, wasSkipped } from "../files.js";
import type { LintReply, LintRequest, WorkerSetup } from "./protocol.js";

const setup = workerData as WorkerSetup;
const loader = new ConfigLoader({ ...setup.loader, builtinRules });
const port = parentPort!;

async function lint(request: LintRequest): Promise<LintReply> {
  try {
    const result = await lintTarget({ path: request.path, explicit: request.explicit }, loader, setup.lint);
    return result ? { index: request.index, result, ...(wasSkipped(result) ? { skipped: true } : {}) } : { index: request.index };
  } catch (error) {
    return { index: request.index, error: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  }
}

let queue = Promise.resolve();
port.on("message", (request: LintRequest) => {
  queue = queue.then(async () => port.postMessage(await lint(request)));
});
