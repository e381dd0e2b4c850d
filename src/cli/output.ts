// Where the report goes, piece by piece: stdout (waiting when the reader is slower than beleefd,
// so an endless stream never piles up in memory) or, for --output-file, one file written at the end.
import { once } from "node:events";

export interface ReportOutput {
  write(text: string): Promise<void>;
  /** Ends the report: a last line break on stdout, or the file written. */
  close(): Promise<void>;
}

export function stdoutOutput(): ReportOutput {
  let last = "";
  return {
    async write(text) {
      if (!text) return;
      last = text;
      if (!process.stdout.write(text)) await once(process.stdout, "drain");
    },
    async close() {
      if (last && !last.endsWith("\n")) process.stdout.write("\n");
    },
  };
}

/** The report collected as text (not as results) and written once linting is done; the inputs it may not overwrite are named as they pass. */
export function fileOutput(path: string, cwd: string, inputs: string[]): ReportOutput {
  const parts: string[] = [];
  return {
    async write(text) {
      if (text) parts.push(text);
    },
    async close() {
      const { writeOutputFile } = await import("./output-file.js");
      await writeOutputFile(path, cwd, parts.join(""), inputs);
    },
  };
}
