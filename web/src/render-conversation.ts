// The call as a conversation: phases as sections, turns as rows with the speaker, events as
// markers, and every problem as a <mark> on the exact words (or on the event it is about).
import { STAGE_DIRECTION, type Call, type CallEvent, type Conversation, type LintMessage, type Phase, type Role, type Turn } from "../../src/browser.js";
import { el } from "./dom.js";
import { itemKey, place, type Placement, type Segment } from "./placement.js";
import { messageId } from "./render-problems.js";

const ROLE_NAMES: Record<Role, string> = { agent: "medewerker", customer: "klant", colleague: "collega", unknown: "onbekende spreker" };
const PHASE_NAMES: Record<Phase, string> = {
  alertheid: "Alertheidsfase",
  aanvang: "Aanvangsfase",
  analyse: "Analysefase",
  aanbod: "Aanbodfase",
  afsluiting: "Afsluitingsfase",
};

/** Records the first element that shows each problem. */
type Claim = (problems: readonly number[], node: HTMLElement) => void;

export interface RenderedConversation {
  root: HTMLElement;
  /** Problem index → the first element that shows it (a mark, an event, or the general note). */
  anchors: Map<number, HTMLElement>;
}

/** The spoken words of a stretch of a turn, with the stage directions (not speech, but they help to read the call) in italics. */
function speech(words: string, source: string): Array<Node | string> {
  const parts: Array<Node | string> = [];
  let last = 0;
  for (const match of source.matchAll(STAGE_DIRECTION)) {
    const start = match.index;
    const end = start + match[0].length;
    if (words.slice(start, end).trim() !== "") continue;
    parts.push(words.slice(last, start), el("span", { class: "direction" }, match[0]));
    last = end;
  }
  parts.push(words.slice(last));
  return parts;
}

export function renderConversation(conversation: Conversation, messages: readonly LintMessage[], source: string): RenderedConversation {
  const placement = place(conversation, messages);
  const anchors = new Map<number, HTMLElement>();
  const claim: Claim = (problems, node) => {
    for (const p of problems) if (!anchors.has(p)) anchors.set(p, node);
  };
  const root = el("div", { class: "conversation" });
  if (placement.general.length > 0) {
    const note = el(
      "p",
      { class: `general-note sev-${maxSeverity(placement.general, messages)}`, attrs: { tabindex: "-1" } },
      `Over het gesprek als geheel: ${placement.general.length === 1 ? "1 melding" : `${placement.general.length} meldingen`} (zie de lijst).`,
    );
    claim(placement.general, note);
    root.append(note);
  }
  conversation.calls.forEach((call, c) => {
    const callNode = el("section", { class: "call", attrs: { "aria-label": `Gesprek ${c + 1}` } });
    if (conversation.calls.length > 1) callNode.append(el("h4", { class: "call__title" }, `Gesprek ${c + 1}`));
    renderItems(call, c, { placement, messages, claim, source }, callNode);
    root.append(callNode);
  });
  return { root, anchors };
}

/** What every item needs besides itself. */
interface RenderContext {
  placement: Placement;
  messages: readonly LintMessage[];
  claim: Claim;
  source: string;
}

function renderItems(call: Call, c: number, context: RenderContext, callNode: HTMLElement): void {
  let container: HTMLElement = callNode;
  let phase: Phase | undefined;
  for (const item of call.items) {
    // A new phase opens a section; calls without phases stay one list.
    if (item.phase && item.phase !== phase) {
      phase = item.phase;
      container = el("section", { class: "phase" }, el("h4", { class: "phase__title" }, PHASE_NAMES[phase]));
      callNode.append(container);
    }
    const key = itemKey(c, item.index);
    container.append(
      item.kind === "turn"
        ? renderTurn(item, context.placement.turns.get(key), context)
        : renderEvent(item, context.placement.events.get(key) ?? [], context),
    );
  }
}

function renderTurn(turn: Turn, segments: readonly Segment[] | undefined, { messages, claim, source }: RenderContext): HTMLElement {
  const text = el("p", { class: "turn__text" });
  for (const segment of segments ?? [{ start: 0, end: turn.text.length, problems: [] }]) {
    const from = turn.textOffset + segment.start;
    const words = speech(turn.text.slice(segment.start, segment.end), source.slice(from, turn.textOffset + segment.end));
    if (segment.problems.length === 0) {
      text.append(...words);
      continue;
    }
    const mark = el(
      "mark",
      {
        class: `sev-${maxSeverity(segment.problems, messages)}`,
        attrs: {
          tabindex: "-1",
          "data-problems": segment.problems.join(" "),
          "data-rules": rulesOf(segment.problems, messages),
          "aria-describedby": describedBy(segment.problems),
        },
      },
      ...words,
    );
    claim(segment.problems, mark);
    text.append(mark);
  }
  return el(
    "div",
    { class: `turn turn--${turn.role}`, attrs: { "data-item": String(turn.index) } },
    el("p", { class: "turn__speaker" }, turn.speaker, el("span", { class: "visually-hidden" }, ` (${ROLE_NAMES[turn.role]})`)),
    text,
  );
}

function eventText(event: CallEvent): string {
  switch (event.event) {
    case "hold":
      return "De klant wordt in de wacht gezet";
    case "unhold":
      return "De klant is uit de wacht";
    case "transfer":
      return event.target ? `Doorverbonden naar ${event.target}` : "Doorverbonden";
    case "hangup":
      return event.by ? `De ${ROLE_NAMES[event.by]} hangt op` : "Er wordt opgehangen";
  }
}

function renderEvent(event: CallEvent, problems: readonly number[], { messages, claim }: RenderContext): HTMLElement {
  const node = el(
    "p",
    { class: `event event--${event.event}${problems.length ? ` has-problem sev-${maxSeverity(problems, messages)}` : ""}`, attrs: { "data-item": String(event.index) } },
    eventText(event),
  );
  if (problems.length) {
    node.tabIndex = -1;
    node.dataset.problems = problems.join(" ");
    node.dataset.rules = rulesOf(problems, messages);
    node.setAttribute("aria-describedby", describedBy(problems));
    claim(problems, node);
  }
  return node;
}

/** Screen readers read the message with the marked words: the list item's message element ids. */
function describedBy(problems: readonly number[]): string {
  return problems.map(messageId).join(" ");
}

function maxSeverity(problems: readonly number[], messages: readonly LintMessage[]): 1 | 2 {
  return problems.some((p) => messages[p]?.severity === 2) ? 2 : 1;
}

function rulesOf(problems: readonly number[], messages: readonly LintMessage[]): string {
  return [...new Set(problems.map((p) => messages[p]?.ruleId ?? "lezen"))].join(" ");
}
