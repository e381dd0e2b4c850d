// A real headless Chromium for the HTML report and web page tests, driven by playwright-core.
// Which one: BELEEFD_CHROMIUM when set, else a system Chromium, else the one the
// `@sparticuz/chromium` devDependency ships, so `npm ci && npm test` needs nothing but Node.
import { accessSync, constants, existsSync, mkdirSync } from "node:fs";
import { delimiter, join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { packagedChromiumPath } from "./packaged-chromium.js";

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

interface ChromiumChoice {
  executablePath: string;
  env?: Record<string, string>;
}

export async function chooseChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  const chosen = env.BELEEFD_CHROMIUM;
  if (chosen) {
    if (!isExecutable(chosen)) throw new Error(`BELEEFD_CHROMIUM wijst naar ${chosen}, maar daar staat geen uitvoerbare Chromium.`);
    return { executablePath: chosen };
  }
  const system = [SYSTEM_CHROMIUM, ...onPath("chromium", env.PATH)].find(isExecutable);
  if (system) return { executablePath: system };
  return packagedChromiumPath();
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, env } = await chooseChromium();
  return chromium.launch({ executablePath, args: FLAGS, headless: true, ...(env ? { env: { ...process.env, ...env } } : {}) });
}

function onPath(name: string, path = ""): string[] {
  return path
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name));
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return existsSync(file);
  } catch {
    return false;
  }
}

/** Where tests leave screenshots for a person to look at (git-ignored). */
export function screenshotPath(name: string): string {
  const dir = join(import.meta.dirname, "..", "..", "reports", "screenshots");
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}
