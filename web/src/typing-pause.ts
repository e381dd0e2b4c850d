// How long the page waits after the last keystroke before it checks again: short for a normal
// call, longer when checking takes long (a very long text), so typing never stalls on every key.

const SHORTEST_MS = 300;
const LONGEST_MS = 2000;

export function typingPause(lastCheckMs: number): number {
  return Math.min(LONGEST_MS, Math.max(SHORTEST_MS, Math.round(lastCheckMs * 3)));
}
