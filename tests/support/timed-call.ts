// Calls built directly in the model, the way a speech-to-text export arrives: every turn with a
// start and an end, overlapping turns in order of their start, events with a time. The rule is run
// on them without any parser, so its timing logic is tested apart from the plain-text format.
import type { CallItem, Conversation, EventKind, Role } from "../../src/model/conversation.js";
import { Source } from "../../src/model/source.js";
import { checkRuleOptions } from "../../src/config/rule-options.js";
import { mergedOptions } from "../../src/engine/merged-options.js";
import { traverse } from "../../src/engine/traverse.js";
import { defaultLanguage } from "../../src/lang/index.js";
import { phraseBookOf } from "../../src/text/phrases.js";
import type { ReportDescriptor, Rule } from "../../src/types.js";

export type TimedEntry =
  | { role: Role; said: string; start: number; end?: number }
  | { event: EventKind; start: number; end?: number; by?: Role };

const SPEAKERS: Record<Role, string> = { agent: "Agent", customer: "Klant", colleague: "Collega", unknown: "Spreker" };

/** One call; the source text holds one line per item so every span is real. */
export function timedCall(entries: TimedEntry[]): { conversation: Conversation; source: Source } {
  let text = "";
  const items: CallItem[] = entries.map((entry, index) => {
    const time = entry.end === undefined ? { start: entry.start } : { start: entry.start, end: entry.end };
    const lineStart = text.length;
    if ("event" in entry) {
      text += `[${entry.event}]\n`;
      return { kind: "event", index, event: entry.event, span: [lineStart, text.length - 1], time, ...(entry.by ? { by: entry.by } : {}) };
    }
    const label = `${SPEAKERS[entry.role]}: `;
    text += `${label}${entry.said}\n`;
    const textOffset = lineStart + label.length;
    return { kind: "turn", index, role: entry.role, speaker: SPEAKERS[entry.role], text: entry.said, textOffset, span: [lineStart, text.length - 1], time };
  });
  const source = new Source(text, "call.json");
  const conversation: Conversation = {
    kind: "conversation",
    format: "transcript",
    span: [0, text.length],
    calls: [{ kind: "call", meta: { speakers: {}, extra: {} }, items, span: [0, text.length] }],
  };
  return { conversation, source };
}

/** What the rule reports on the call: messageId, the index of the item, and the data. */
export function runOnCall(ruleId: string, rule: Rule, entries: TimedEntry[], options?: Record<string, unknown>) {
  // Options pass the check config would make, so a test cannot run a rule with options no user could give it.
  const problems = checkRuleOptions(ruleId, rule, options);
  if (problems.length) throw new Error(problems.join("\n"));
  const { conversation, source } = timedCall(entries);
  const reports: Array<{ messageId: string; item: number | undefined; data: ReportDescriptor["data"] }> = [];
  const listener = rule.create({
    id: ruleId,
    options: mergedOptions(rule, options),
    source,
    conversation,
    language: defaultLanguage,
    phrases: phraseBookOf(defaultLanguage),
    settings: {},
    report: (d) => reports.push({ messageId: d.messageId, item: d.node && "index" in d.node ? d.node.index : undefined, data: d.data }),
  });
  traverse(conversation, [{ ruleId, listener }], (_, error) => {
    throw error;
  });
  return reports;
}
