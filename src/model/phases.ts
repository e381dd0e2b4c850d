// Where the phases of a call are: the phase at a place in a turn, and the stretches of each phase.
import type { Call, CallEvent, Phase, Turn } from "./conversation.js";

/** The phase at source `offset` inside a turn or event (a phase may begin inside a turn). */
export function phaseAt(item: Turn | CallEvent, offset: number): Phase | undefined {
  let phase = item.phase;
  if (item.kind === "turn") for (const change of item.phaseChanges ?? []) if (offset >= change.offset) phase = change.phase;
  return phase;
}

/** Every phase a turn or event takes part in, in order. */
export function phasesOf(item: Turn | CallEvent): Phase[] {
  const result: Phase[] = item.phase ? [item.phase] : [];
  if (item.kind === "turn") for (const change of item.phaseChanges ?? []) result.push(change.phase);
  return result;
}

/** A run of the call in one phase: where it starts (item and source offset). */
export interface PhaseRun {
  phase: Phase;
  item: Turn | CallEvent;
  offset: number;
}

/** The call as consecutive runs of phases, in order; items without a phase are skipped. */
export function phaseRuns(call: Call): PhaseRun[] {
  const runs: PhaseRun[] = [];
  const add = (phase: Phase, item: Turn | CallEvent, offset: number) => {
    if (runs.at(-1)?.phase !== phase) runs.push({ phase, item, offset });
  };
  for (const item of call.items) {
    if (item.phase) add(item.phase, item, item.kind === "turn" ? item.textOffset : item.span[0]);
    if (item.kind === "turn") for (const change of item.phaseChanges ?? []) add(change.phase, item, change.offset);
  }
  return runs;
}
