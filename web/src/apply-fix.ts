// Applying an edit from the linter to the text in the field, and taking it back. The edit's range
// points into the text without a byte order mark (as the spans do), so a leading mark is kept aside.
import type { Fix } from "../../src/browser.js";

const BOM = "\uFEFF";

/** `text` with `fix` applied; its range counts from after a byte order mark. */
export function applyFix(text: string, fix: Fix): string {
  const bom = text.startsWith(BOM) ? BOM : "";
  const body = text.slice(bom.length);
  const [start, end] = fix.range;
  if (start < 0 || end < start || end > body.length) return text;
  return bom + body.slice(0, start) + fix.text + body.slice(end);
}

/** The texts before each apply, newest last, so every apply can be undone in turn. */
export class ApplyHistory {
  private readonly before: string[] = [];

  /** Remembers `text` as it was before an apply. */
  remember(text: string): void {
    this.before.push(text);
  }

  /** The text before the last apply, or undefined when there is nothing to undo. */
  undo(): string | undefined {
    return this.before.pop();
  }

  get canUndo(): boolean {
    return this.before.length > 0;
  }

  /** Typing or a new text starts afresh: older applies can no longer be taken back safely. */
  forget(): void {
    this.before.length = 0;
  }
}
