// The list of problems beside the conversation: per message what is wrong (the message), why (the
// rule's doc page) and how it sounds when it is right (the page's "Goed" example).
import type { LintMessage } from "../../src/browser.js";
import { el } from "./dom.js";
import { explanationFor } from "./rule-docs.js";

const SEVERITY_NAMES = { 1: "Waarschuwing", 2: "Fout" } as const;

/** The id of a message's text in the list, for aria-describedby on its highlights. */
export function messageId(index: number): string {
  return `melding-${index}`;
}

/** One <li> per message, in source order; each has a button that shows the problem in the call. */
export function renderProblems(messages: readonly LintMessage[], onJump: (index: number) => void): HTMLOListElement {
  const list = el("ol", { class: "problems__list" });
  messages.forEach((message, index) => {
    const explanation = explanationFor(message.ruleId);
    const where = [`tekstregel ${message.line}`, message.speaker, message.phase ? `fase ${message.phase}` : undefined].filter(Boolean).join(" · ");
    const jump = el(
      "button",
      { class: "problem__jump", attrs: { type: "button", "data-problem": String(index) } },
      el("span", { class: `badge sev-${message.severity}` }, SEVERITY_NAMES[message.severity]),
      el("span", { class: "problem__where" }, ` ${where}`),
      el("span", { class: "problem__message", attrs: { id: messageId(index) } }, message.message),
    );
    jump.addEventListener("click", () => onJump(index));
    const item = el(
      "li",
      { class: `problem sev-${message.severity}`, attrs: { id: `probleem-${index}`, "data-rule": message.ruleId ?? "lezen", tabindex: "-1" } },
      jump,
      el("p", { class: "problem__rule" }, message.ruleId ? el("code", {}, message.ruleId) : null, message.ruleId ? ": " : "", explanation.summary),
      el("p", { class: "problem__why" }, el("strong", {}, "Waarom? "), explanation.why),
      explanation.good
        ? el("details", { class: "problem__good" }, el("summary", {}, "Zo klinkt het goed"), el("pre", {}, explanation.good))
        : null,
    );
    list.append(item);
  });
  list.addEventListener("keydown", (event) => moveBetweenButtons(list, event));
  return list;
}

/** Arrow keys walk the problem buttons; Home and End jump to the first and last. */
function moveBetweenButtons(list: HTMLElement, event: KeyboardEvent): void {
  const buttons = [...list.querySelectorAll<HTMLButtonElement>(".problem__jump")];
  const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (current < 0) return;
  const targets: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: buttons.length - 1 };
  const next = targets[event.key];
  if (next === undefined || !buttons[next]) return;
  event.preventDefault();
  buttons[next].focus();
}
