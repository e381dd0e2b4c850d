// What a message offers to change. In a script: a button per fix and per suggestion that changes the
// text. In a transcript, which records what was said, nothing is changed: the suggestion is shown
// as the sentence the agent could have said.
import type { Conversation, Fix, LintMessage } from "../../src/browser.js";
import { el } from "./dom.js";

export interface Change {
  label: string;
  fix: Fix;
}

function sameFix(a: Fix, b: Fix): boolean {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}

/** The changes a message offers: its fix first, then its suggestions; an edit offered twice, once. */
export function changesOf(message: LintMessage): Change[] {
  const changes: Change[] = [];
  const fix = message.fix;
  if (fix) {
    // The fix's own description is the suggestion that offers the same edit, when there is one.
    const desc = message.suggestions?.find((suggestion) => sameFix(suggestion.fix, fix))?.desc ?? `'${fix.text.trim()}'`;
    changes.push({ label: `Pas toe: ${desc}`, fix });
  }
  for (const suggestion of message.suggestions ?? []) {
    if (changes.some((change) => sameFix(change.fix, suggestion.fix))) continue;
    changes.push({ label: `Pas toe: ${suggestion.desc}`, fix: suggestion.fix });
  }
  return changes;
}

/** Buttons that apply a message's fix or one of its suggestions; null when it offers none. */
export function renderApplyButtons(message: LintMessage, onApply: (fix: Fix) => void): HTMLElement | null {
  const changes = changesOf(message);
  if (changes.length === 0) return null;
  const group = el("div", { class: "problem__fixes" });
  for (const change of changes) {
    const button = el("button", { class: "problem__apply", attrs: { type: "button" } }, change.label);
    button.addEventListener("click", () => onApply(change.fix));
    group.append(button);
  }
  return group;
}

/** The agent's sentence as it would read with the edit, or null when the edit is not inside one turn. */
export function betterSentence(fix: Fix, conversation: Conversation): string | null {
  const [start, end] = fix.range;
  for (const call of conversation.calls) {
    for (const item of call.items) {
      if (item.kind !== "turn" || start < item.textOffset || end > item.textOffset + item.text.length) continue;
      const from = start - item.textOffset;
      const to = end - item.textOffset;
      const changed = item.text.slice(0, from) + fix.text + item.text.slice(to);
      // Blanked markup and line breaks in the turn's text become single spaces.
      return changed.replace(/\s+/gu, " ").trim();
    }
  }
  return null;
}

/** For a transcript: each suggestion as "Beter: …", the whole better sentence where it can be made. */
export function renderBetter(message: LintMessage, conversation: Conversation): HTMLElement | null {
  const shown = new Set<string>();
  for (const suggestion of message.suggestions ?? []) {
    const sentence = betterSentence(suggestion.fix, conversation);
    shown.add(sentence ? `"${sentence}"` : suggestion.desc.replace(/^Beter:\s*/u, ""));
  }
  if (shown.size === 0) return null;
  return el("ul", { class: "problem__better" }, ...[...shown].map((better) => el("li", {}, el("strong", {}, "Beter: "), better)));
}
