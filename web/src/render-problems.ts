// The problems beside the conversation, grouped by rule: per rule a Dutch title and why it matters
// (from the rule's doc page) and how it sounds when it is right, once; under it each message, short.
import type { LintMessage } from "../../src/browser.js";
import { el } from "./dom.js";
import { explanationFor } from "./rule-docs.js";

const SEVERITY_NAMES = { 1: "Waarschuwing", 2: "Fout" } as const;

/** The id of a message's text in the list, for aria-describedby on its highlights. */
export function messageId(index: number): string {
  return `melding-${index}`;
}

/** Message indexes per rule, rules in the order their first message appears. */
export function groupByRule(messages: readonly LintMessage[]): Array<{ ruleId: string | null; indexes: number[] }> {
  const groups = new Map<string, { ruleId: string | null; indexes: number[] }>();
  messages.forEach((message, index) => {
    const key = message.ruleId ?? "";
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { ruleId: message.ruleId, indexes: [] }));
    group.indexes.push(index);
  });
  return [...groups.values()];
}

/** A message's first sentence stands out; the rest (an example, a hint) follows in plain text. */
export function splitMessage(message: string): [lead: string, rest: string] {
  const end = /[.!?](?=\s+\p{Lu}|\s+['"‘“]|\s*$)/u.exec(message);
  if (!end) return [message, ""];
  const cut = end.index + 1;
  return [message.slice(0, cut), message.slice(cut)];
}

/** What the page adds under a message (buttons that apply its fix, a better sentence); null for nothing. */
export type MessageExtra = (message: LintMessage) => HTMLElement | null;

/** One section per rule; each message has a button that shows the problem in the call. */
export function renderProblems(messages: readonly LintMessage[], onJump: (index: number) => void, extra?: MessageExtra): HTMLElement {
  const root = el("div", { class: "problems__groups" });
  for (const { ruleId, indexes } of groupByRule(messages)) {
    const explanation = explanationFor(ruleId);
    const list = el("ol", { class: "problems__list" });
    for (const index of indexes) list.append(renderMessage(messages[index]!, index, onJump, extra));
    root.append(
      el(
        "section",
        { class: "rule-group", attrs: { "data-rule": ruleId ?? "lezen" } },
        el("h4", { class: "rule-group__title" }, explanation.summary, ruleId ? el("code", { class: "rule-group__id" }, ruleId) : null),
        el("p", { class: "rule-group__why" }, el("strong", {}, "Waarom? "), explanation.why),
        explanation.good
          ? el("details", { class: "rule-group__good" }, el("summary", {}, "Zo klinkt het goed"), el("pre", {}, explanation.good))
          : null,
        list,
      ),
    );
  }
  root.addEventListener("keydown", (event) => moveBetweenButtons(root, event));
  return root;
}

function renderMessage(message: LintMessage, index: number, onJump: (index: number) => void, extra?: MessageExtra): HTMLLIElement {
  const where = [`tekstregel ${message.line}`, message.speaker, message.phase ? `fase ${message.phase}` : undefined].filter(Boolean).join(" · ");
  const [lead, rest] = splitMessage(message.message);
  const jump = el(
    "button",
    { class: "problem__jump", attrs: { type: "button", "data-problem": String(index) } },
    el("span", { class: `badge sev-${message.severity}` }, SEVERITY_NAMES[message.severity]),
    el("span", { class: "problem__where" }, ` ${where}`),
    el("span", { class: "problem__message", attrs: { id: messageId(index) } }, el("span", { class: "problem__lead" }, lead), rest),
  );
  jump.addEventListener("click", () => onJump(index));
  return el("li", { class: `problem sev-${message.severity}`, attrs: { id: `probleem-${index}`, "data-rule": message.ruleId ?? "lezen", tabindex: "-1" } }, jump, extra?.(message));
}

/** Arrow keys walk the problem buttons; Home and End jump to the first and last. */
function moveBetweenButtons(root: HTMLElement, event: KeyboardEvent): void {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>(".problem__jump")];
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (current < 0) return;
  const targets: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: buttons.length - 1 };
  const next = targets[event.key];
  if (next === undefined || !buttons[next]) return;
  event.preventDefault();
  buttons[next].focus();
}
