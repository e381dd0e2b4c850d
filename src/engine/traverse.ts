// Walks Conversation → Call → Turn | Event (in order) → Call:exit → Conversation:exit.
import type { Conversation } from "../model/conversation.js";
import type { RuleListener } from "../types.js";

export interface BoundListener {
  ruleId: string;
  listener: RuleListener;
}

export function traverse(conversation: Conversation, listeners: readonly BoundListener[], onError: (ruleId: string, error: unknown) => void): void {
  const each = (fn: (l: RuleListener) => void) => {
    for (const { ruleId, listener } of listeners) {
      try {
        fn(listener);
      } catch (error) {
        onError(ruleId, error);
      }
    }
  };
  each((l) => l.Conversation?.(conversation));
  for (const call of conversation.calls) {
    each((l) => l.Call?.(call));
    for (const item of call.items) {
      if (item.kind === "turn") each((l) => l.Turn?.(item, call));
      else each((l) => l.Event?.(item, call));
    }
    each((l) => l["Call:exit"]?.(call));
  }
  each((l) => l["Conversation:exit"]?.(conversation));
}
