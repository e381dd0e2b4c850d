// --output-file: the report goes to a file instead of stdout. The folder is made when missing; the
// file is never one of the files being checked, and never a folder.
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

export class OutputFileError extends Error {
  override name = "OutputFileError";
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "geen schrijfrechten";
  if (code === "ENOTDIR" || code === "EEXIST") return "een deel van het pad is een bestand, geen map";
  if (code === "EROFS") return "het bestandssysteem is alleen-lezen";
  if (code === "ENOSPC") return "de schijf is vol";
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** Writes `output` to `path` (relative to `cwd`); OutputFileError with a Dutch reason when it cannot. */
export async function writeOutputFile(path: string, cwd: string, output: string, inputs: readonly string[]): Promise<void> {
  const target = resolve(cwd, path);
  if (inputs.includes(target)) {
    throw new OutputFileError(`--output-file '${path}' is een bestand dat beleefd controleert; kies een ander pad, bijv. 'beleefd-rapport.txt'.`);
  }
  if ((await stat(target).catch(() => undefined))?.isDirectory()) {
    throw new OutputFileError(`--output-file '${path}' is een map; geef een bestandsnaam, bijv. '${join(path, "beleefd.sarif")}'.`);
  }
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, output);
  } catch (error) {
    throw new OutputFileError(`Kan de uitvoer niet schrijven naar '${path}': ${reason(error)}.`);
  }
}
