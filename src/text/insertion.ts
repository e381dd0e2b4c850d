// Where a suggested sentence goes: after the punctuation that closes the text before it.
const CLOSING = /^[.!?…"'”’)]*/u;

/** The offset just past the sentence-ending punctuation at `offset` ("Tot ziens.|"). */
export function afterSentenceEnd(text: string, offset: number): number {
  return offset + (CLOSING.exec(text.slice(offset, offset + 8))?.[0].length ?? 0);
}
