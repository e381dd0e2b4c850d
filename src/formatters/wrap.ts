// Word wrapping by terminal columns (textWidth), for messages in a narrow terminal.
import { textWidth } from "./text-width.js";

/**
 * Breaks plain text into lines of at most `width` columns, at spaces; a word wider than a whole
 * line is cut. Line breaks in the text are kept. Never returns an empty list.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let used = 0;
    for (const word of paragraph.split(" ").filter(Boolean)) {
      const wordWidth = textWidth(word);
      if (line && used + 1 + wordWidth <= width) {
        line += ` ${word}`;
        used += 1 + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      if (wordWidth <= width) {
        line = word;
        used = wordWidth;
        continue;
      }
      const pieces = cutToWidth(word, width);
      line = pieces.pop() ?? "";
      used = textWidth(line);
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}

/** A word wider than a line, in pieces of at most `width` columns (a wide character is not split). */
function cutToWidth(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece && textWidth(piece + char) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}
