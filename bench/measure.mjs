// Runs a command and measures its wall time, CPU time (user + system) and peak memory (RSS),
// optionally pinned to one core. On a machine that does other work too, CPU time varies less.
// Peak memory comes from GNU time when it is there; otherwise a module preloaded into a Node child
// reports the child's own peak at exit.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const works = (cmd, args) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
export const PIN = works("taskset", ["-c", "0", "true"]) ? ["taskset", "-c", "0"] : [];
export const GNU_TIME = existsSync("/usr/bin/time") && works("/usr/bin/time", ["-f", "%M", "true"]);

let rssHook;
function nodeRssHook() {
  if (!rssHook) {
    const dir = mkdtempSync(join(tmpdir(), "beleefd-bench-"));
    rssHook = join(dir, "maxrss.mjs");
    writeFileSync(
      rssHook,
      'process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write(`\\nBELEEFD_MAXRSS_KB=${u.maxRSS} BELEEFD_CPU_S=${(u.userCPUTime + u.systemCPUTime) / 1e6}\\n`); });\n',
    );
    process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  }
  return rssHook;
}

/**
 * Runs `argv` (argv[0] is the program; `node` means this Node) with stdout to /dev/null.
 * Returns { ms, cpuMs, rssKb, status, stderr }; cpuMs and rssKb are NaN when not measurable.
 */
export function runMeasured(argv, { cwd, pin = false } = {}) {
  let command = argv[0] === "node" ? [process.execPath, ...argv.slice(1)] : argv;
  if (!GNU_TIME && argv[0] === "node") command = [command[0], "--import", nodeRssHook(), ...command.slice(1)];
  command = [...(pin ? PIN : []), ...(GNU_TIME ? ["/usr/bin/time", "-f", "BELEEFD_MAXRSS_KB=%M BELEEFD_CPU_S=%U+%S"] : []), ...command];
  const devNull = openSync("/dev/null", "w");
  const start = process.hrtime.bigint();
  const child = spawnSync(command[0], command.slice(1), { cwd, stdio: ["ignore", devNull, "pipe"], encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /BELEEFD_MAXRSS_KB=(\d+)/.exec(child.stderr ?? "");
  const cpu = /BELEEFD_CPU_S=([\d.]+)(?:\+([\d.]+))?/.exec(child.stderr ?? "");
  const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2] ?? 0)) * 1000 : NaN;
  return { ms, cpuMs, rssKb: rss ? Number(rss[1]) : NaN, status: child.status, stderr: child.stderr ?? "" };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs each command `runs` times, taking turns (a, b, a, b, ...) after one unmeasured warm-up run
 * each, so that a busy moment on the machine falls on all of them alike. `check` sees every run.
 * Returns per command the median wall and CPU time and the highest peak memory.
 */
export function alternate(commands, runs, { cwd, pin = false, check = () => {} } = {}) {
  const all = commands.map(() => []);
  for (const argv of commands) check(runMeasured(argv, { cwd, pin }), argv);
  for (let i = 0; i < runs; i++) {
    commands.forEach((argv, k) => {
      const run = runMeasured(argv, { cwd, pin });
      check(run, argv);
      all[k].push(run);
    });
  }
  return all.map((results) => ({
    ms: median(results.map((r) => r.ms)),
    cpuMs: median(results.map((r) => r.cpuMs)),
    rssKb: Math.max(...results.map((r) => r.rssKb)),
  }));
}

/** The peak RSS so far of a running process, from /proc (Linux); NaN elsewhere. */
function peakSoFar(pid) {
  try {
    return Number(/VmHWM:\s*(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

/**
 * Runs `argv` like runMeasured, but stops it after `limitMs`: a run that takes far too long still
 * ends the bench. The peak is read from /proc while it runs. Returns { ms, rssKb, status, timedOut }.
 */
export function runWithLimit(argv, { cwd, limitMs }) {
  const command = argv[0] === "node" ? [process.execPath, ...argv.slice(1)] : argv;
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(command[0], command.slice(1), { cwd, stdio: ["ignore", "ignore", "ignore"] });
    let rssKb = NaN;
    let timedOut = false;
    const poll = setInterval(() => {
      const peak = peakSoFar(child.pid);
      if (!Number.isNaN(peak)) rssKb = Number.isNaN(rssKb) ? peak : Math.max(rssKb, peak);
    }, 100);
    const limit = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, limitMs);
    child.on("exit", (status) => {
      clearInterval(poll);
      clearTimeout(limit);
      resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, rssKb, status, timedOut });
    });
  });
}
