// Writing `beleefd grade`'s output folder without ever losing or removing a teacher's files.
// A manifest (.beleefd-grade.json) lists what grade wrote; only those files are ever replaced or
// removed. The new output is written in a sibling folder first: when the output folder holds
// nothing but an earlier run's files, the two folders are swapped by renames, so a killed run
// leaves the old or the new output (and the next run tidies up); when the teacher keeps files of
// their own in it, each file is moved in by a rename of its own, under a manifest that already
// lists every file that may be ours.
import { existsSync } from "node:fs";
import { lstat, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export const MANIFEST_NAME = ".beleefd-grade.json";
const GENERATOR_META = '<meta name="generator" content="beleefd">';

interface Manifest {
  beleefd: "grade";
  files: string[];
}

/** Thrown for an output folder grade must not write into; the message is for the teacher. */
export class OutputFolderError extends Error {}

function newFolderOf(out: string): string {
  return join(dirname(out), `.${basename(out)}.beleefd-nieuw`);
}

function oldFolderOf(out: string): string {
  return join(dirname(out), `.${basename(out)}.beleefd-oud`);
}

async function readManifest(dir: string): Promise<string[] | undefined> {
  const text = await readFile(join(dir, MANIFEST_NAME), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as Partial<Manifest> | null;
    // Only plain file names: a manifest must never make grade remove something elsewhere.
    if (data?.beleefd !== "grade" || !Array.isArray(data.files)) return undefined;
    return data.files.filter((name): name is string => typeof name === "string" && name === basename(name) && name !== "." && name !== "..");
  } catch {
    return undefined;
  }
}

function manifestText(files: Iterable<string>): string {
  return JSON.stringify({ beleefd: "grade", files: [...new Set(files)].sort() } satisfies Manifest, null, 2) + "\n";
}

/** Output of a version before the manifest: cijfers.csv and the pages whose generator is beleefd. */
async function earlierOutputWithoutManifest(dir: string, entries: string[]): Promise<string[] | undefined> {
  const ours: string[] = [];
  for (const name of entries) {
    const info = await lstat(join(dir, name));
    if (!info.isFile()) continue;
    if (name === "cijfers.csv") ours.push(name);
    else if (name.endsWith(".html") && (await readFile(join(dir, name), "utf8")).includes(GENERATOR_META)) ours.push(name);
  }
  return ours.includes("cijfers.csv") && ours.includes("overzicht.html") ? ours : undefined;
}

/** Finishes or undoes what a killed run left: a swap half done, a new folder never swapped in. */
async function recover(out: string): Promise<void> {
  const oldFolder = oldFolderOf(out);
  if (existsSync(oldFolder) && (await readManifest(oldFolder)) !== undefined) {
    if (existsSync(out)) await rm(oldFolder, { recursive: true, force: true });
    else await rename(oldFolder, out);
  }
  const newFolder = newFolderOf(out);
  if (existsSync(newFolder) && (await readManifest(newFolder)) !== undefined) await rm(newFolder, { recursive: true, force: true });
}

/**
 * Writes `files` (name → content) as grade's output in `out`. Throws OutputFolderError for a
 * folder with other work and no earlier output in it, unless `force`.
 */
export async function writeGradeOutput(out: string, shown: string, files: ReadonlyMap<string, string>, force: boolean): Promise<void> {
  await recover(out);
  const info = await lstat(out).catch(() => undefined);
  if (info && !info.isDirectory()) throw new OutputFolderError(`de uitvoermap '${shown}' is een bestand, geen map.`);
  const entries = info ? (await readdir(out)).filter((name) => name !== MANIFEST_NAME) : [];
  const earlier = info ? ((await readManifest(out)) ?? (await earlierOutputWithoutManifest(out, entries))) : [];
  if (earlier === undefined && entries.length > 0 && !force) {
    throw new OutputFolderError(
      `de uitvoermap '${shown}' is niet leeg en lijkt niet op een eerdere beoordeling; kies een andere map met --out, of gebruik --force om er toch in te schrijven (beleefd verwijdert dan niets van wat er al staat).`,
    );
  }
  // Ours are only the listed names that are still plain files: a folder by that name is the teacher's.
  const ours = new Set<string>();
  for (const name of earlier ?? []) if ((await lstat(join(out, name)).catch(() => undefined))?.isFile()) ours.add(name);

  const newFolder = newFolderOf(out);
  await mkdir(dirname(out), { recursive: true });
  await mkdir(newFolder);
  // The manifest first: a folder left by a kill is then known to be ours.
  await writeFile(join(newFolder, MANIFEST_NAME), manifestText(files.keys()));
  for (const [name, content] of files) await writeFile(join(newFolder, name), content);

  const othersPresent = entries.some((name) => !ours.has(name));
  if (!othersPresent) {
    await swapIn(out, newFolder, info !== undefined);
    return;
  }
  await moveInBeside(out, newFolder, files, ours);
}

/** The output folder holds only our files: replace it whole. */
async function swapIn(out: string, newFolder: string, exists: boolean): Promise<void> {
  if (!exists) {
    await rename(newFolder, out);
    return;
  }
  const oldFolder = oldFolderOf(out);
  // An earlier output without a manifest gets one, so a kill between the renames can be undone.
  if ((await readManifest(out)) === undefined) await writeFile(join(out, MANIFEST_NAME), manifestText(await readdir(out)));
  await rename(out, oldFolder);
  await rename(newFolder, out);
  await rm(oldFolder, { recursive: true, force: true });
}

/** The teacher keeps own files in the output folder: move ours in one by one, never touching theirs. */
async function moveInBeside(out: string, newFolder: string, files: ReadonlyMap<string, string>, earlier: ReadonlySet<string>): Promise<void> {
  for (const name of files.keys()) {
    if (!earlier.has(name) && existsSync(join(out, name))) {
      throw new OutputFolderError(`in de uitvoermap staat al '${name}', dat niet door beleefd geschreven is; beleefd laat het staan. Kies een andere map met --out.`);
    }
  }
  // Every file that may be ours after any kill from here on: the old ones and the new ones.
  await writeFile(join(out, `${MANIFEST_NAME}.nieuw`), manifestText([...earlier, ...files.keys()]));
  await rename(join(out, `${MANIFEST_NAME}.nieuw`), join(out, MANIFEST_NAME));
  for (const name of files.keys()) await rename(join(newFolder, name), join(out, name));
  for (const name of earlier) if (!files.has(name)) await rm(join(out, name), { force: true });
  await rename(join(newFolder, MANIFEST_NAME), join(out, MANIFEST_NAME));
  await rm(newFolder, { recursive: true, force: true });
}
