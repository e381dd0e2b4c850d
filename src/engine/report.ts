// Turns a rule's report into a LintMessage: wording from meta.messages, line/column from offsets.
import type { Conversation, Node, Phase, Span, Turn, CallEvent } from "../model/conversation.js";
import type { Source } from "../model/source.js";
import type { Fix, LintMessage, ReportDescriptor, RuleMeta, Suggestion } from "../types.js";
import { phaseAt } from "../model/phases.js";
import { interpolate } from "../shared/interpolate.js";

export class RuleReportError extends Error {}

/** The turn or event whose span holds `offset`, for the speaker and phase of a message. */
export function itemAt(conversation: Conversation, offset: number): Turn | CallEvent | undefined {
  for (const call of conversation.calls) {
    if (offset < call.span[0] || offset >= call.span[1]) continue;
    let low = 0;
    let high = call.items.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const item = call.items[mid]!;
      if (offset < item.span[0]) high = mid - 1;
      else if (offset >= item.span[1]) low = mid + 1;
      else return item;
    }
  }
  return undefined;
}

function spanOf(node: Node | undefined): Span | undefined {
  return node?.span;
}

export function createMessage(
  source: Source,
  conversation: Conversation,
  ruleId: string,
  meta: RuleMeta,
  severity: 1 | 2,
  descriptor: ReportDescriptor,
): LintMessage {
  const template = meta.messages[descriptor.messageId];
  if (template === undefined) {
    throw new RuleReportError(`Regel "${ruleId}" meldt onbekende messageId "${descriptor.messageId}".`);
  }
  const span = descriptor.span ?? spanOf(descriptor.node);
  if (!span) throw new RuleReportError(`Regel "${ruleId}" meldt zonder node of span.`);
  const message = locate(source, conversation, span, {
    ruleId,
    severity,
    message: interpolate(template, descriptor.data),
    messageId: descriptor.messageId,
  }, descriptor.node);
  if (descriptor.fix) {
    if (!meta.fixable) throw new RuleReportError(`Regel "${ruleId}" geeft een oplossing (fix) maar zet meta.fixable niet.`);
    message.fix = checkedFix(ruleId, source, descriptor.fix);
  }
  if (descriptor.suggest?.length) {
    if (!meta.hasSuggestions) throw new RuleReportError(`Regel "${ruleId}" geeft suggesties maar zet meta.hasSuggestions niet.`);
    message.suggestions = descriptor.suggest.map((suggestion): Suggestion => {
      const fix = checkedFix(ruleId, source, suggestion.fix);
      if (suggestion.desc !== undefined) return { desc: suggestion.desc, fix };
      const descTemplate = suggestion.messageId === undefined ? undefined : meta.messages[suggestion.messageId];
      if (descTemplate === undefined) throw new RuleReportError(`Regel "${ruleId}" geeft een suggestie zonder desc of bekende messageId.`);
      return { desc: interpolate(descTemplate, suggestion.data), messageId: suggestion.messageId!, fix };
    });
  }
  return message;
}

/** A fix must edit the text it was found in: whole offsets, in order, inside the source. */
function checkedFix(ruleId: string, source: Source, fix: Fix): Fix {
  const [start, end] = fix.range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > source.text.length || typeof fix.text !== "string") {
    throw new RuleReportError(`Regel "${ruleId}" geeft een oplossing met een ongeldig bereik [${start}, ${end}].`);
  }
  return { range: [start, end], text: fix.text };
}

/** Adds line, column, end and the speaker and phase of the place to a message. */
export function locate(
  source: Source,
  conversation: Conversation | undefined,
  span: Span,
  base: Pick<LintMessage, "ruleId" | "severity" | "message"> & Partial<LintMessage>,
  node?: Node,
): LintMessage {
  const start = source.position(span[0]);
  const end = source.position(Math.max(span[0], span[1]));
  // Object.assign, not a spread: V8 gives every spread-then-extended object its own hidden class
  // (~370 bytes each), and a run keeps every message until the formatter has written it.
  const message = Object.assign({}, base) as LintMessage;
  message.line = start.line;
  message.column = start.column;
  message.endLine = end.line;
  message.endColumn = end.column;
  message.span = span;
  const item = node && (node.kind === "turn" || node.kind === "event") ? node : conversation && itemAt(conversation, span[0]);
  if (item?.kind === "turn") message.speaker = item.speaker;
  const phase: Phase | undefined = item && phaseAt(item, span[0]);
  if (phase) message.phase = phase;
  return message;
}
