// The call flow of the phases: which phase may follow which, and what a change costs. Finds the
// sequence of phases for a call's units (sentences and events) that collects the most cue points
// minus the cost of its changes (a Viterbi search over four states).
//
// - A call starts in aanvang; starting later costs more the later the phase.
// - Phases move forward. The next phase costs CHANGE; skipping phases costs a little more than one
//   change (SKIP_ONE, SKIP_TWO), so a phase is assumed only where something was said that belongs
//   to it, never to fill a gap: a transcript that jumps from the greeting to an offer has no analyse.
// - One way back: from aanbod to analyse, when the customer's answer to an offer makes the agent ask
//   and summarise again. It costs BACK, so it takes strong evidence (a summary and a question, say).
//   Nothing goes back to aanvang, and afsluiting is final.
// - On a tie a phase changes as late as possible: a reply belongs to the phase of what it answers.
import type { Unit } from "./cues.js";

const START = [0, 2, 3, 4];
const CHANGE = 1;
const SKIP_ONE = 1.75;
const SKIP_TWO = 2.5;
const BACK = 2.5;
const EPSILON = 1e-9;

/** Cost of going from phase `from` to phase `to` (indexes into SPOKEN_PHASES); Infinity: not allowed. */
export function changeCost(from: number, to: number): number {
  if (to === from) return 0;
  if (to === from + 1) return CHANGE;
  if (to === from + 2) return SKIP_ONE;
  if (to === from + 3) return SKIP_TWO;
  if (from === 2 && to === 1) return BACK;
  return Infinity;
}

/** The phase index of every unit. */
export function decode(units: readonly Unit[]): number[] {
  const n = units.length;
  if (n === 0) return [];
  const states = START.length;
  // Flat rows (unit t, phase p at t * states + p): no arrays per unit for a long call.
  const score = new Float64Array(n * states);
  const back = new Int8Array(n * states);
  for (let p = 0; p < states; p++) score[p] = units[0]!.scores[p]! - START[p]!;
  for (let t = 1; t < n; t++) {
    const row = t * states;
    const previous = row - states;
    const scores = units[t]!.scores;
    for (let to = 0; to < states; to++) {
      let best = -Infinity;
      let bestFrom = -1;
      // On a tie the earlier phase wins: walking back from the end, that puts a change at the
      // latest possible unit.
      for (let p = 0; p < states; p++) {
        const value = score[previous + p]! - changeCost(p, to);
        if (value > best + EPSILON) {
          best = value;
          bestFrom = p;
        }
      }
      score[row + to] = best + scores[to]!;
      back[row + to] = bestFrom;
    }
  }
  // The best last state; on a tie the earliest phase (nothing was said that moves it on).
  const last = (n - 1) * states;
  let state = 0;
  for (let p = 1; p < states; p++) if (score[last + p]! > score[last + state]! + EPSILON) state = p;
  const path = new Array<number>(n);
  for (let t = n - 1; t >= 0; t--) {
    path[t] = state;
    state = back[t * states + state]!;
  }
  return path;
}
