// What each kind of house rule does with a call: the listeners of the compiled rules.
import type { Call, Turn } from "../model/conversation.js";
import { speechSpan, turns } from "../model/query.js";
import type { PhraseBook } from "../text/phrases.js";
import type { RuleContext, RuleListener } from "../types.js";
import type { CheckDefinition, CheckScope, ConditionCheck, SequenceCheck, SubstituteCheck } from "./definition.js";
import { isBefore, saidIn, scopePhases, scopedTurns, type Said } from "./scope.js";

/** The check's patterns compiled into lists of its own, not the language's: "phrases", "replace", "step0".., "when", "then". */
export type CheckLists = PhraseBook<string>;

/**
 * Where a missing phrase is reported: the last turn in scope when the check looks at the end of
 * the call, the first otherwise; without turns in scope, the speaker's (or anyone's) first or last.
 */
function placeOfMissing(call: Call, scope: CheckScope, scoped: readonly Turn[]): Turn | undefined {
  const phases = scopePhases(scope);
  const atEnd = scope.lastTurns !== undefined || (phases.length > 0 && phases.every((phase) => phase === "afsluiting"));
  const pick = (list: readonly Turn[]) => (atEnd ? list.at(-1) : list[0]);
  return pick(scoped) ?? pick(scopedTurns(call, {}, scope.speaker)) ?? pick(turns(call));
}

function requireListener(context: RuleContext, check: CheckDefinition & { kind: "require" }, lists: CheckLists): RuleListener {
  const scope = check.scope ?? {};
  return {
    Call(call) {
      const scoped = scopedTurns(call, scope);
      if (saidIn(scoped, lists, "phrases").length > 0) return;
      const place = placeOfMissing(call, scope, scoped);
      if (!place) return;
      context.report({ node: place, span: speechSpan(place), messageId: check.kind, data: { phrase: check.phrases[0]! } });
    },
  };
}

function forbidListener(context: RuleContext, check: CheckDefinition & { kind: "forbid" }, lists: CheckLists): RuleListener {
  return {
    Call(call) {
      for (const said of saidIn(scopedTurns(call, check.scope ?? {}), lists, "phrases")) {
        context.report({ node: said.turn, span: said.span, messageId: check.kind, data: { phrase: said.text } });
      }
    },
  };
}

function substituteListener(context: RuleContext, check: SubstituteCheck, lists: CheckLists): RuleListener {
  return {
    Call(call) {
      for (const said of saidIn(scopedTurns(call, check.scope ?? {}), lists, "replace")) {
        const preferred = check.replace[said.pattern]!;
        context.report({ node: said.turn, span: said.span, messageId: check.kind, data: { phrase: said.text, preferred } });
      }
    },
  };
}

function stepName(step: string | string[]): string {
  return typeof step === "string" ? step : step[0]!;
}

/**
 * Each step must come after the one before it. A step said only too early is out of order (reported
 * where it is said); a step not said at all is missing (reported at the start of the scope).
 */
function sequenceListener(context: RuleContext, check: SequenceCheck, lists: CheckLists): RuleListener {
  const scope = check.scope ?? {};
  return {
    Call(call) {
      const scoped = scopedTurns(call, scope);
      let previous: Said | undefined;
      check.steps.forEach((step, i) => {
        const said = saidIn(scoped, lists, `step${i}`);
        const inOrder = previous ? said.find((s) => isBefore(previous!, s)) : said[0];
        if (inOrder) {
          previous = inOrder;
          return;
        }
        const phrase = stepName(step);
        // The previous step as it was said, or as the config names it when it was not said.
        const before = previous?.text ?? (i > 0 ? stepName(check.steps[i - 1]!) : "");
        const early = said[0];
        if (early) {
          const problem = `"${early.text}" komt vóór "${before}".`;
          context.report({ node: early.turn, span: early.span, messageId: check.kind, data: { phrase, previous: before, problem } });
          return;
        }
        const place = placeOfMissing(call, scope, scoped);
        if (!place) return;
        const problem = `"${phrase}" ontbreekt.`;
        context.report({ node: place, span: speechSpan(place), messageId: check.kind, data: { phrase, previous: before, problem } });
      });
    },
  };
}

/** Once per call: the first time the trigger is said, the required phrase must be said too (after it, if asked). */
function conditionListener(context: RuleContext, check: ConditionCheck, lists: CheckLists): RuleListener {
  const scope = check.scope ?? {};
  return {
    Call(call) {
      const trigger = saidIn(scopedTurns(call, scope, check.when.speaker ?? "any"), lists, "when")[0];
      if (!trigger) return;
      const answers = saidIn(scopedTurns(call, scope, check.then.speaker ?? "agent"), lists, "then");
      if (answers.some((said) => !check.then.after || isBefore(trigger, said))) return;
      const data = { phrase: trigger.text, required: check.then.phrases[0]! };
      context.report({ node: trigger.turn, span: trigger.span, messageId: check.kind, data });
    },
  };
}

export function listenerFor(context: RuleContext, check: CheckDefinition, lists: CheckLists): RuleListener {
  switch (check.kind) {
    case "require":
      return requireListener(context, check, lists);
    case "forbid":
      return forbidListener(context, check, lists);
    case "substitute":
      return substituteListener(context, check, lists);
    case "sequence":
      return sequenceListener(context, check, lists);
    case "condition":
      return conditionListener(context, check, lists);
  }
}
