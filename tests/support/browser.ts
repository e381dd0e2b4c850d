// A real headless Chromium for the HTML report and web page tests (Debian's `chromium`, driven by
// playwright-core). `.ci/run` installs it when missing; a test that needs it fails clearly without it.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.BELEEFD_CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium ontbreekt op ${CHROMIUM_PATH}: installeer het met 'apt-get install chromium' (.ci/run doet dat).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
}

/** Where tests leave screenshots for a person to look at (git-ignored). */
export function screenshotPath(name: string): string {
  const dir = join(import.meta.dirname, "..", "..", "reports", "screenshots");
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}
