// File bytes to text (Node only): strict UTF-8, with a Dutch problem at the line and column of the
// first bad byte, so a Latin-1 or binary file is reported where it goes wrong.
import { isUtf8 } from "node:buffer";

/** Decodes UTF-8 strictly; for bad input, a Dutch problem with the line and column of the first bad byte. */
export type DecodedText = { text: string } | { problem: string; line: number; column: number };

export function decodeText(bytes: Uint8Array): DecodedText {
  // Notepad and Word save "Unicode" as UTF-16 with a byte-order mark; full of NUL bytes, it is text all the same.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  if (utf16) return decodeUtf16(bytes, utf16);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = positionOfByte(bytes, nul);
    return { problem: "Dit is een binair bestand (het bevat een NUL-byte), geen tekst. beleefd leest alleen tekstbestanden.", line, column };
  }
  if (isUtf8(bytes)) {
    // What the strict TextDecoder gives (without a leading BOM), by Node's fast decoder: the strict
    // one goes through ICU, several times slower on a corpus.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.length - bom).toString("utf8") };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidByte(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, "0");
    return {
      problem: `Dit bestand is geen geldige UTF-8 (byte 0x${hex} op regel ${line}, kolom ${column}). Sla het op als UTF-8, bijvoorbeeld met 'iconv -f latin1 -t utf-8'.`,
      line,
      column,
    };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodedText {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return {
      problem: `Dit bestand is UTF-16 (${encoding === "utf-16le" ? "little-endian" : "big-endian"}), maar niet geldig. Sla het op als UTF-8, bijvoorbeeld met 'iconv -f utf-16 -t utf-8'.`,
      line: 1,
      column: 1,
    };
  }
}

/** Offset of the first byte that starts a bad UTF-8 sequence (called only for invalid input). */
function firstInvalidByte(bytes: Uint8Array): number {
  const accepts = (length: number) => {
    try {
      // Streaming mode tolerates a sequence cut off at the end of the prefix.
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 1;
  let high = bytes.length + 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (accepts(mid)) low = mid + 1;
    else high = mid;
  }
  // Byte `low - 1` made decoding fail; if it sits inside a sequence that a lead byte opened, the
  // sequence (the lead byte) is what is wrong, as with Latin-1 "é" (0xE9) followed by a letter.
  // At the end of the file (low > length) the last sequence is merely cut off.
  const failing = Math.min(low - 1, bytes.length);
  for (let i = failing - 1; i >= Math.max(0, failing - 3); i--) {
    const byte = bytes[i]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (i + length > failing) return i;
    break;
  }
  return Math.min(failing, bytes.length - 1);
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}
