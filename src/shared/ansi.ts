// A few ANSI styles; formatters get `color` from their context and never look at the terminal.
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => (text ? `\u001b[${open}m${text}\u001b[${close}m` : text);
const plain = (text: string) => text;

export function paint(color: boolean): Paint {
  return color
    ? { red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) }
    : { red: plain, yellow: plain, dim: plain, bold: plain, underline: plain };
}
