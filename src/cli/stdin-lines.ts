// `--stdin --stdin-format jsonl`: one call per line of standard input, each a JSON transcript,
// linted as its own file named `<stdin>:<line>`. A bad line gets a fatal result of its own and the
// next line is read all the same. Chunks are read one at a time and each line is linted before
// the next chunk is asked for, so an endless stream keeps memory flat.
import type { Readable } from "node:stream";
import { decodeText } from "../decode.js";
import { MAX_FILE_BYTES } from "../file-kind.js";
import { fatalResult, lintDecoded } from "../files.js";
import type { LoadedConfig } from "../config/resolve.js";
import type { LintResult } from "../types.js";

export interface StdinLineOptions {
  keepSource?: boolean;
  fix?: boolean;
  fixTypes?: ReadonlySet<"problem" | "suggestion" | "layout">;
}

/** The name of a line's result. */
export function lineName(line: number): string {
  return `<stdin>:${line}`;
}

/** Lines as bytes (without "\n" or "\r\n"), each with its 1-based number; a line past the limit comes as its length only. */
async function* linesOf(input: Readable): AsyncGenerator<{ line: number; bytes?: Buffer; tooLong?: number }> {
  let parts: Buffer[] = [];
  let length = 0;
  let line = 0;
  const finish = (last: Buffer) => {
    line++;
    const total = length + last.length;
    const bytes = parts.length ? Buffer.concat([...parts, last]) : last;
    parts = [];
    length = 0;
    if (total > MAX_FILE_BYTES) return { line, tooLong: total };
    return { line, bytes: bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes };
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end !== -1; end = chunk.indexOf(0x0a, start)) {
      yield finish(chunk.subarray(start, end));
      start = end + 1;
    }
    const rest = chunk.subarray(start);
    // Past the limit a line is only counted, not kept.
    if (length + rest.length > MAX_FILE_BYTES) parts = [];
    else if (rest.length) parts.push(Buffer.from(rest));
    length += rest.length;
  }
  if (length > 0) yield finish(Buffer.alloc(0));
}

export async function* lintStdinLines(input: Readable, config: LoadedConfig, options: StdinLineOptions): AsyncGenerator<LintResult> {
  for await (const { line, bytes, tooLong } of linesOf(input)) {
    const name = lineName(line);
    if (tooLong !== undefined) {
      yield fatalResult(name, `Regel ${line} van de invoer is te lang (${tooLong} bytes); beleefd leest gesprekken tot ${MAX_FILE_BYTES} bytes.`);
      continue;
    }
    // An empty line separates nothing and holds no call.
    if (bytes!.every((byte) => byte === 0x20 || byte === 0x09)) continue;
    yield await lintDecoded(decodeText(bytes!), name, config, { parser: "json", ...options });
  }
}
