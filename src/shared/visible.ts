// Text from the input (file names, speaker labels, quoted words) shown in a terminal, a CI log or
// a page: control characters would move the cursor, colour or clear the screen, ring the bell or
// start a new annotation line, and bidi overrides would reorder what is read. They are written
// out as visible escapes (`\x1B`, `\n`, `\u202E`) so the output says what the input held.
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
// C0 and C1 controls, DEL, line/paragraph separators, bidi embeddings, overrides and isolates.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const CONTROL_KEEPING_LINES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
// In HTML a carriage return is plain white space; a transcript saved on Windows is full of them.
const CONTROL_IN_MARKUP = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function escape(char: string): string {
  const code = char.charCodeAt(0);
  return NAMED[char] ?? (code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase()}`);
}

/** One line of text, every control character visible: for file names and labels. */
export function visibleLine(text: string): string {
  return text.replace(CONTROL, escape);
}

/** Text that may span lines (a message with an example): line feeds and tabs stay, other controls become visible. */
export function visibleText(text: string): string {
  return text.replace(CONTROL_KEEPING_LINES, escape);
}

/** Text for an HTML page: line breaks and tabs stay as they are, other controls become visible. */
export function visibleMarkup(text: string): string {
  return text.replace(CONTROL_IN_MARKUP, escape);
}

/** A path is Windows-style when it starts with a drive letter or `\\`: only there is `\` a separator. */
export function isWindowsPath(path: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(path) || path.startsWith("\\\\");
}

/** A message on one line (compact and JUnit lines have no room for line breaks). */
export function oneLine(text: string): string {
  return visibleLine(text.replace(/\s*\n\s*/g, " "));
}
