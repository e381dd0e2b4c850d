// Applying fixes: which edits may be applied, and applying a set of them that do not overlap.
import type { Conversation } from "../model/conversation.js";
import type { Fix, LintMessage, RuleMeta } from "../types.js";

/**
 * A fix may change only what the agent says in a script. Anything else (a customer's or
 * colleague's line, front matter, prose between turns) is kept out: the fix is dropped there.
 * A transcript records what was said, so there a fix is only offered, as a suggestion.
 */
export function placeFixes(messages: LintMessage[], conversation: Conversation): void {
  for (const message of messages) {
    const fix = message.fix;
    if (!fix) continue;
    delete message.fix;
    if (!insideAgentTurn(fix, conversation)) continue;
    if (conversation.format === "script") message.fix = fix;
    else (message.suggestions ??= []).unshift({ desc: `Beter: "${fix.text.trim()}"`, fix });
  }
}

function insideAgentTurn(fix: Fix, conversation: Conversation): boolean {
  const [start, end] = fix.range;
  return conversation.calls.some((call) =>
    call.items.some((item) => item.kind === "turn" && item.role === "agent" && start >= item.textOffset && end <= item.textOffset + item.text.length),
  );
}

/** The rule types (`meta.type`) whose fixes to apply; absent: all. */
export type FixTypes = ReadonlySet<RuleMeta["type"]> | undefined;

/** Applies the fixes of `messages` that do not overlap an earlier one; returns the new text, or undefined when nothing changed. */
export function applyFixes(text: string, messages: readonly LintMessage[], accept: (message: LintMessage) => boolean): string | undefined {
  const fixes = messages
    .filter((message) => message.fix && accept(message))
    .map((message) => message.fix!)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = "";
  let at = 0;
  for (const fix of fixes) {
    // Touching or overlapping edits wait for the next pass, which sees the text after this one.
    if (fix.range[0] < at) continue;
    output += text.slice(at, fix.range[0]) + fix.text;
    at = fix.range[1];
  }
  output += text.slice(at);
  return output === text ? undefined : output;
}
