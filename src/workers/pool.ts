// A pool of lint worker threads. Files go out in path order, a few per worker and no further ahead
// than a window past the next one to hand out; results come back in any order and are handed out
// in path order. A worker that dies takes only the file it was on: that file gets a fatal result,
// the files queued behind it go to a fresh worker.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { LintResult } from "../types.js";
import type { LintReply, LintRequest, WorkerSetup } from "./protocol.js";

/** Files sent to one worker before it answers: enough to keep it busy between messages. */
const PER_WORKER = 2;
/** How far past the next result to hand out files may be sent, per worker: bounds what waits in memory. */
const WINDOW_PER_WORKER = 8;

/** The built worker entry (dist/lint-worker.js) beside this bundle or one folder up; absent when running from source. */
export function workerEntry(): URL | undefined {
  for (const candidate of ["./lint-worker.js", "../lint-worker.js"]) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

export interface PoolFile {
  path: string;
  explicit: boolean;
}

/** A file's result as the worker made it; `skipped` marks a file it did not open (a FIFO, a device). */
export interface Outcome {
  result?: LintResult;
  skipped?: boolean;
}

interface Slot {
  worker: Worker;
  inFlight: number[];
  error?: Error;
}

/**
 * Lints `files` on `threads` workers and yields their outcomes in the order of `files` (no result
 * for a file passed over). `crashed` makes the result of a file whose worker died or threw.
 */
export async function* lintOnPool(
  entry: URL,
  files: readonly PoolFile[],
  threads: number,
  setup: WorkerSetup,
  crashed: (path: string, reason: string) => LintResult,
): AsyncGenerator<Outcome> {
  const done = new Map<number, Outcome>();
  const retry: number[] = [];
  const slots = new Set<Slot>();
  const window = threads * WINDOW_PER_WORKER;
  let nextToSend = 0;
  let nextToYield = 0;
  let closing = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };

  const feed = (slot: Slot) => {
    while (slot.inFlight.length < PER_WORKER) {
      let index: number;
      if (retry.length) index = retry.shift()!;
      else if (nextToSend < files.length && nextToSend < nextToYield + window) index = nextToSend++;
      else return;
      slot.inFlight.push(index);
      const request: LintRequest = { index, path: files[index]!.path, explicit: files[index]!.explicit };
      slot.worker.postMessage(request);
    }
  };

  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(entry, { workerData: setup }), inFlight: [] };
    slots.add(slot);
    slot.worker.on("message", (reply: LintReply) => {
      slot.inFlight.splice(slot.inFlight.indexOf(reply.index), 1);
      done.set(reply.index, "error" in reply ? { result: crashed(files[reply.index]!.path, reply.error) } : reply);
      feed(slot);
      notify();
    });
    // An uncaught error ends the worker; "exit" follows and settles its files.
    slot.worker.on("error", (error) => (slot.error = error));
    slot.worker.on("exit", (code) => {
      slots.delete(slot);
      if (closing) return;
      // The worker lints in the order sent: the first file still out is the one it died on.
      const [culprit, ...queued] = slot.inFlight;
      if (culprit !== undefined) {
        const reason = slot.error ? slot.error.message.split("\n")[0]! : `exitcode ${code}`;
        done.set(culprit, { result: crashed(files[culprit]!.path, `de werkthread stopte onverwacht (${reason})`) });
      }
      retry.unshift(...queued);
      if (retry.length || nextToSend < files.length) feed(start());
      notify();
    });
    return slot;
  };

  try {
    for (let i = 0; i < threads; i++) start();
    for (const slot of slots) feed(slot);
    for (; nextToYield < files.length; nextToYield++) {
      while (!done.has(nextToYield)) await new Promise<void>((resolve) => (wake = resolve));
      const outcome = done.get(nextToYield)!;
      done.delete(nextToYield);
      for (const slot of slots) feed(slot);
      yield outcome;
    }
  } finally {
    closing = true;
    await Promise.all([...slots].map((slot) => slot.worker.terminate()));
  }
}
