// How many worker threads a run gets. "auto" starts a pool only when the work pays for starting
// it: each worker loads the bundle and its configs and warms up its JIT first, measured at ~0.45 s
// of CPU, the time linting ~0.3 MB of transcripts takes.
import { availableParallelism } from "node:os";
import { statSync } from "node:fs";
import type { Concurrency } from "./protocol.js";

/** Below this many files "auto" does not even look at their sizes. */
const MIN_FILES = 2;
/** Bytes of input each worker must get so that its start-up is won back with room to spare. */
export const MIN_BYTES_PER_WORKER = 1_000_000;

/** Bytes of these files, stopping once `enough` is reached (a stat costs a few microseconds each). */
function bytesUpTo(paths: readonly string[], enough: number): number {
  let total = 0;
  for (const path of paths) {
    try {
      total += statSync(path).size;
    } catch {
      // Unreadable files are reported when linted; here they weigh nothing.
    }
    if (total >= enough) break;
  }
  return total;
}

/** 0: lint in this thread; else the number of worker threads. */
export function threadsFor(concurrency: Concurrency, paths: readonly string[]): number {
  if (concurrency === "off") return 0;
  if (typeof concurrency === "number") return concurrency > 1 ? Math.min(concurrency, paths.length) : 0;
  // One core stays with the main thread and V8's own threads: a single-threaded run already keeps
  // ~1.1 cores busy (garbage collection and compiling run beside it), and on 2 cores a pool of two
  // was slower than none in 2 of 3 runs. So a pool starts from 3 cores, with a thread per other core.
  const spare = availableParallelism() - 1;
  if (spare < 2 || paths.length < MIN_FILES) return 0;
  const bytes = bytesUpTo(paths, spare * MIN_BYTES_PER_WORKER);
  const workers = Math.min(spare, paths.length, Math.floor(bytes / MIN_BYTES_PER_WORKER));
  return workers >= 2 ? workers : 0;
}
