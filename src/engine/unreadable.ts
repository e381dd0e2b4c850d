// Calls beleefd cannot read: no turn it knows to be the agent's, or mostly speakers it does not
// know. Scoring such a call would grade rules that never saw the agent, so it gets one fatal
// problem that says how to name the roles, instead of a verdict.
import type { Call, Conversation, Span, Turn } from "../model/conversation.js";
import type { ParseProblem } from "../types.js";

export interface UnreadableCall {
  span: Span;
  problem: ParseProblem;
  /** Speaker labels in the call with no known role. */
  labels: string[];
}

/** Unreadable calls of a conversation; a text without any call counts as one. */
export function unreadableCalls(conversation: Conversation): UnreadableCall[] {
  if (conversation.calls.length === 0) {
    const at = conversation.span[0];
    return [{ span: conversation.span, labels: [], problem: { span: [at, at], fatal: true, message: noAgentMessage([]) } }];
  }
  const result: UnreadableCall[] = [];
  for (const call of conversation.calls) {
    const turns = call.items.filter((item): item is Turn => item.kind === "turn");
    const labels = [...new Set(turns.filter((turn) => turn.role === "unknown").map((turn) => turn.speaker))];
    const problem = unreadableProblem(call, turns, labels);
    if (problem) result.push({ span: call.span, problem, labels });
  }
  return result;
}

function unreadableProblem(call: Call, turns: readonly Turn[], labels: readonly string[]): ParseProblem | undefined {
  const unknown = turns.filter((turn) => turn.role === "unknown");
  const at = (unknown[0] ?? turns[0])?.span[0] ?? call.span[0];
  const span: Span = [at, at];
  // A colleague speaks for the organisation too (a transfer's second half is all colleague).
  if (!turns.some((turn) => turn.role === "agent" || turn.role === "colleague")) return { span, fatal: true, message: noAgentMessage(labels) };
  if (unknown.length * 2 > turns.length) {
    const why = `beleefd weet bij ${unknown.length} van de ${turns.length} beurten niet wie er spreekt, dus dit gesprek wordt niet beoordeeld.`;
    return { span, fatal: true, message: `${why} ${howToName(labels)}` };
  }
  return undefined;
}

function noAgentMessage(labels: readonly string[]): string {
  return `beleefd herkent in dit gesprek geen beurt van de agent, dus het wordt niet beoordeeld. ${howToName(labels)}`;
}

/** What to do, with the file's own labels as the example: the first voice is usually the agent's. */
function howToName(labels: readonly string[]): string {
  if (labels.length === 0) {
    return "Begin elke beurt met wie er spreekt ('Agent:' of 'Klant:'), of geef de rollen van je eigen labels op in de front matter onder 'sprekers:' of met --speaker LABEL=agent.";
  }
  const [first, ...rest] = labels.slice(0, 4);
  const lines = [`  ${first}: agent`, ...rest.map((label) => `  ${label}: klant`)].join("\n");
  return (
    `Onbekende sprekers: ${labels.map((label) => `"${label}"`).join(", ")}. Geef hun rol op in de front matter, bijvoorbeeld:\n` +
    `sprekers:\n${lines}\n` +
    `of op de opdrachtregel met --speaker "${first}=agent" (bij JSON en ondertitels kan het ook onder "speakers" in de configuratie of de metadata).`
  );
}

/** The parse problems left for unreadable calls: the per-line unknown-speaker warnings say nothing the fatal problem does not. */
export function withoutUnknownSpeakers(problems: readonly ParseProblem[], unreadable: readonly UnreadableCall[], text: string): ParseProblem[] {
  return problems.filter((problem) => {
    const call = unreadable.find((c) => inside(problem.span[0], c.span));
    return !(call && !problem.fatal && call.labels.includes(text.slice(problem.span[0], problem.span[1])));
  });
}

export function inside(offset: number, span: Span): boolean {
  return offset >= span[0] && offset < span[1];
}
