// The headless Chromium that the `@sparticuz/chromium` devDependency ships brotli-packed, unpacked
// once per machine into a folder of its own under the temp dir. The package itself always unpacks
// into the bare temp dir (`/tmp/chromium`, `/tmp/fonts`, …) and writes the files in place, so two
// test workers or two checkouts starting at once could run a half-written binary: here each
// unpacks into a fresh staging folder and renames it into place, and the first rename wins.
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import packagedChromium from "@sparticuz/chromium";

export interface PackagedChromium {
  executablePath: string;
  /** Environment for the browser: its own fontconfig, so pages render the same without system fonts. */
  env: Record<string, string>;
}

// The folder is named by the package's version, so an upgrade unpacks its own browser. The
// package exports no ./package.json; its entry lies two folders below it (build/esm/index.js).
const entry = fileURLToPath(import.meta.resolve("@sparticuz/chromium"));
const VERSION: string = JSON.parse(readFileSync(join(dirname(entry), "..", "..", "package.json"), "utf8")).version;

export async function packagedChromiumPath(): Promise<PackagedChromium> {
  const home = join(tmpdir(), `beleefd-chromium-${VERSION}`);
  if (!existsSync(join(home, "chromium"))) await unpackInto(home);
  return { executablePath: join(home, "chromium"), env: { FONTCONFIG_PATH: join(home, "fonts") } };
}

async function unpackInto(home: string): Promise<void> {
  const staging = mkdtempSync(join(tmpdir(), "beleefd-chromium-staging-"));
  const previousTmp = process.env.TMPDIR;
  // The package unpacks into os.tmpdir(), which follows TMPDIR at each call.
  process.env.TMPDIR = staging;
  try {
    await packagedChromium.executablePath();
  } finally {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
  }
  // Its fonts.conf names the bare temp dir; this one names the fonts unpacked beside the binary.
  const fonts = join(home, "fonts");
  writeFileSync(
    join(staging, "fonts", "fonts.conf"),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fonts}</dir>\n  <cachedir>${join(home, "fonts-cache")}</cachedir>\n</fontconfig>\n`,
  );
  try {
    renameSync(staging, home);
  } catch (error) {
    // Another worker got there first: its copy is complete, ours is not needed.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(home, "chromium"))) throw error;
  }
}
