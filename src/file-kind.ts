// What is on disk before beleefd opens it (Node only): only regular files are read (a FIFO or a
// device would block or never end), huge files are refused by their size, and folders that cannot
// be read while expanding a pattern are noted instead of skipped in silence.
import { readdir, readdirSync, statSync, type Dirent, type Stats } from "node:fs";
import { join } from "node:path";

/** Far above any call transcript; reading more would only exhaust memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type FileCheck = { ok: true } | { skip: string } | { problem: string };

/** Whether `path` may be read: a regular file of a sane size. Follows symbolic links. */
export function checkFile(path: string): FileCheck {
  let info: Stats;
  try {
    info = statSync(path);
  } catch {
    // Reading will say what is wrong (missing, no permission).
    return { ok: true };
  }
  if (info.isDirectory()) return { ok: true };
  if (!info.isFile()) return { skip: `Overgeslagen: dit is geen gewoon bestand maar ${kindOf(info)}; beleefd opent het niet.` };
  if (info.size > MAX_FILE_BYTES) {
    return { problem: `Bestand is te groot om te controleren (${formatSize(info.size)}); beleefd leest bestanden tot ${formatSize(MAX_FILE_BYTES)}.` };
  }
  return { ok: true };
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return "een named pipe (FIFO)";
  if (info.isSocket()) return "een socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "een apparaat";
  return "iets anders dan een bestand";
}

/** "1,0 GB", "64 MB", "512 kB": decimal units, a Dutch comma. */
export function formatSize(bytes: number): string {
  const units: Array<[number, string]> = [[1e9, "GB"], [1e6, "MB"], [1e3, "kB"]];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${(value < 10 ? value.toFixed(1) : Math.round(value).toString()).replace(".", ",")} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}

/** What a folder scan met besides files: folders it could not read, and FIFOs, sockets and devices. */
export interface ScanNotes {
  unreadable: Set<string>;
  special: Set<string>;
}

/**
 * An fs for tinyglobby that notes what it passes over in silence: folders it cannot read, and
 * entries that are neither file, folder nor link (it never lists those).
 */
export function watchedFs(notes: ScanNotes, wanted: (name: string) => boolean) {
  const note = (path: string, error: NodeJS.ErrnoException | null, entries: Dirent[] | undefined) => {
    if (error && error.code !== "ENOENT" && error.code !== "ENOTDIR") notes.unreadable.add(path);
    for (const entry of entries ?? []) {
      if (!entry.isFile() && !entry.isDirectory() && !entry.isSymbolicLink() && wanted(entry.name)) notes.special.add(join(path, entry.name));
    }
  };
  return {
    readdir: ((path: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) =>
      readdir(path, options, (error, entries) => {
        note(path, error, entries);
        callback(error, entries);
      })) as unknown as typeof readdir,
    readdirSync: ((path: string, options: { withFileTypes: true }) => {
      try {
        const entries = readdirSync(path, options);
        note(path, null, entries);
        return entries;
      } catch (error) {
        note(path, error as NodeJS.ErrnoException, undefined);
        throw error;
      }
    }) as unknown as typeof readdirSync,
  };
}
