// Source text and its line index: offsets in, 1-based line/column out, computed only here.

export interface Position {
  /** 1-based */
  line: number;
  /** 1-based, in UTF-16 code units like ESLint */
  column: number;
}

export class Source {
  /** The text with any byte-order mark removed; all offsets point into this. */
  readonly text: string;
  readonly path: string;
  private readonly lineStarts: number[];

  constructor(text: string, path = "<text>") {
    this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.path = path;
    this.lineStarts = [0];
    for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) {
      this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! + 1 };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }

  /** The text of a 1-based line without its line break (LF or CRLF). */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = this.lineStarts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end -= 1;
    return this.text.slice(start, end);
  }
}
