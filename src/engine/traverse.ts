// Walks Conversation → Call → Turn | Event (in order) → Call:exit → Conversation:exit.
import { forgetSentences } from "../model/acts.js";
import type { Conversation } from "../model/conversation.js";
import type { RuleListener } from "../types.js";

export interface BoundListener {
  ruleId: string;
  listener: RuleListener;
}

type Visit = keyof RuleListener;

/** One listener's handler for one kind of node, with what calling it needs. */
interface Handler {
  ruleId: string;
  listener: RuleListener;
  fn: (this: RuleListener, node: never, call?: never) => void;
}

/**
 * The handlers of one kind of node, in the rules' order. Gathered once per walk: calling through
 * these arrays keeps the hot call sites simple instead of looking each name up on every listener
 * (objects of as many shapes as there are rules) for every turn.
 */
function handlersFor(listeners: readonly BoundListener[], visit: Visit): Handler[] {
  const handlers: Handler[] = [];
  for (const { ruleId, listener } of listeners) {
    const fn = listener[visit] as Handler["fn"] | undefined;
    if (fn) handlers.push({ ruleId, listener, fn });
  }
  return handlers;
}

export function traverse(conversation: Conversation, listeners: readonly BoundListener[], onError: (ruleId: string, error: unknown) => void): void {
  const visit = (handlers: readonly Handler[], node: unknown, call?: unknown) => {
    for (let i = 0; i < handlers.length; i++) {
      const handler = handlers[i]!;
      try {
        (handler.fn as (this: RuleListener, node: unknown, call?: unknown) => void).call(handler.listener, node, call);
      } catch (error) {
        onError(handler.ruleId, error);
      }
    }
  };
  const onCall = handlersFor(listeners, "Call");
  const onTurn = handlersFor(listeners, "Turn");
  const onEvent = handlersFor(listeners, "Event");
  const onCallExit = handlersFor(listeners, "Call:exit");
  visit(handlersFor(listeners, "Conversation"), conversation);
  for (const call of conversation.calls) {
    visit(onCall, call);
    for (const item of call.items) {
      if (item.kind === "turn") visit(onTurn, item, call);
      else visit(onEvent, item, call);
    }
    visit(onCallExit, call);
    // A file of many calls holds the words of one call at a time (rules on the whole conversation make them again).
    if (conversation.calls.length > 1) forgetSentences(call);
  }
  visit(handlersFor(listeners, "Conversation:exit"), conversation);
}
