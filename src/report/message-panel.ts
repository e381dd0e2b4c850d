// The explanation beside a marked problem: the Dutch message, why the rule exists and how it
// sounds when done right, taken from the rule's doc page.
import { plainText, type RuleDoc } from "../docs/rule-doc.js";
import type { LintMessage, RuleMeta } from "../types.js";
import type { NumberedProblem } from "./annotated-source.js";
import { html, type Html } from "./escape.js";

/** Where the panels find a rule's doc page and meta; both may be missing (plugin and house rules). */
export interface RuleInfo {
  rulesMeta: Readonly<Record<string, RuleMeta>>;
  ruleDoc?: ((ruleId: string) => RuleDoc | undefined) | undefined;
}

function placeText(message: LintMessage): string {
  const where = message.line ? `regel ${message.line}, kolom ${message.column}` : "";
  return [where, message.speaker, message.phase].filter(Boolean).join(" · ");
}

function messageLines(text: string): Html {
  return html`${text.split("\n").map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`))}`;
}

function explanation(ruleId: string, info: RuleInfo): Html {
  const doc = info.ruleDoc?.(ruleId);
  if (!doc) {
    const description = info.rulesMeta[ruleId]?.docs.description;
    return description ? html`<p class="why"><strong>Regel:</strong> ${description}</p>` : html``;
  }
  const good = doc.goed[0];
  return html`<p class="why"><strong>Waarom:</strong> ${plainText(doc.why)}</p>${
    good ? html`<div class="example"><strong>Zo klinkt het goed:</strong><pre>${good.code.trimEnd()}</pre></div>` : ""
  }`;
}

/**
 * The first problem of each rule in a file carries the why and the example; later ones point back
 * to it, so a script with six "je"s does not repeat the same paragraph six times.
 */
export type FirstOfRule = ReadonlyMap<string, NumberedProblem>;

function ruleExplanation(problem: NumberedProblem, ruleId: string, info: RuleInfo, first: FirstOfRule): Html {
  const earlier = first.get(ruleId);
  if (!earlier || earlier === problem) return explanation(ruleId, info);
  return html`<p class="why">Waarom en een goed voorbeeld: zie melding <a href="#${earlier.id}">${earlier.number}</a>.</p>`;
}

export function problemPanel(problem: NumberedProblem, info: RuleInfo, first: FirstOfRule): Html {
  const { message } = problem;
  const severity = message.severity === 2 ? "error" : "warn";
  const label = message.fatal ? "onleesbaar" : message.severity === 2 ? "fout" : "waarschuwing";
  return html`<li class="problem ${severity}" id="${problem.id}">
<p class="head"><span class="badge">${problem.number}</span> <span class="sev">${label}</span> · ${placeText(message)}${
    message.ruleId ? html` · <code>${message.ruleId}</code>` : ""
  }</p>
<p class="msg">${messageLines(message.message)}</p>
${message.ruleId ? ruleExplanation(problem, message.ruleId, info, first) : ""}
</li>`;
}

export function firstOfRule(problems: readonly NumberedProblem[]): FirstOfRule {
  const first = new Map<string, NumberedProblem>();
  for (const problem of problems) if (problem.message.ruleId && !first.has(problem.message.ruleId)) first.set(problem.message.ruleId, problem);
  return first;
}

export function problemList(problems: readonly NumberedProblem[], info: RuleInfo, first: FirstOfRule): Html {
  return html`<ol class="problems">${problems.map((problem) => problemPanel(problem, info, first))}</ol>`;
}
