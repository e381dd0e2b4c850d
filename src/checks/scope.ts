// Where a house rule looks: the turns of one speaker, in a phase, among the first or last N turns;
// and where a check's patterns are said in them.
import type { Call, Role, Span, Turn } from "../model/conversation.js";
import { tokenSpan, turns } from "../model/query.js";
import { ROLE_WORDS } from "../parsers/labels.js";
import type { PhraseBook } from "../text/phrases.js";
import { tokensOf } from "../text/tokens.js";
import type { CheckScope, SpeakerName } from "./definition.js";

/** "any"/"iedereen" is every speaker; the other names are the role words front matter accepts too. */
function roleOf(speaker: SpeakerName): Role | undefined {
  return speaker === "any" || speaker === "iedereen" ? undefined : ROLE_WORDS[speaker];
}

/** The phases a scope names, as a list (empty: any phase). */
export function scopePhases(scope: CheckScope): readonly string[] {
  return scope.phase === undefined ? [] : typeof scope.phase === "string" ? [scope.phase] : scope.phase;
}

/**
 * The turns a check looks at. A phase only narrows when the call has phases (script headings, or
 * inferred for transcripts); without them the whole call counts, so a config that also gives
 * firstTurns/lastTurns works for both.
 */
export function scopedTurns(call: Call, scope: CheckScope, speaker: SpeakerName = scope.speaker ?? "agent"): Turn[] {
  let result = turns(call, roleOf(speaker));
  const phases = scopePhases(scope);
  if (phases.length > 0 && call.items.some((item) => item.phase !== undefined)) {
    result = result.filter((turn) => turn.phase !== undefined && phases.includes(turn.phase));
  }
  if (scope.firstTurns !== undefined) result = result.slice(0, scope.firstTurns);
  if (scope.lastTurns !== undefined) result = result.slice(-scope.lastTurns);
  return result;
}

/** One place where a pattern of a list is said (not quoted). */
export interface Said {
  turn: Turn;
  /** Token indices [from, to) in the turn. */
  from: number;
  to: number;
  pattern: string;
  span: Span;
  /** The words as written. */
  text: string;
}

/** Every place in `turns` where a phrase of `list` is said, in order of the conversation. */
export function saidIn(turnsToSearch: readonly Turn[], phrases: PhraseBook<string>, list: string): Said[] {
  const result: Said[] = [];
  for (const turn of turnsToSearch) {
    const { tokens } = tokensOf(turn);
    for (const match of phrases.findAll(list, tokens)) {
      if (tokens.slice(match.from, match.to).some((token) => token.quoted)) continue;
      const first = tokens[match.from]!;
      result.push({
        turn,
        from: match.from,
        to: match.to,
        pattern: match.pattern,
        span: tokenSpan(turn, tokens, match.from, match.to),
        text: turn.text.slice(first.start, tokens[match.to - 1]!.end).replace(/\s+/g, " "),
      });
    }
  }
  return result;
}

/** `a` comes before `b` in the call. */
export function isBefore(a: Pick<Said, "turn" | "from">, b: Pick<Said, "turn" | "from">): boolean {
  return a.turn.index < b.turn.index || (a.turn.index === b.turn.index && a.from < b.from);
}
