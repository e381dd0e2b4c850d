// Grade scales: Dutch schools grade 1–10 with one decimal, Flemish schools use percentages or
// points out of 20. A rubric names one of these or gives its own.
import type { ScaleName, UserScale } from "../config/rubric.js";

export interface Scale {
  /** How the scale is named in the output ("cijfer", "procent", "op20", "eigen"). */
  name: string;
  min: number;
  max: number;
  /** Decimals a grade is rounded to. */
  decimals: number;
  /** The lowest passing grade when the rubric does not say. */
  defaultPassMark: number;
}

export const SCALES = {
  cijfer: { name: "cijfer", min: 1, max: 10, decimals: 1, defaultPassMark: 5.5 },
  procent: { name: "procent", min: 0, max: 100, decimals: 0, defaultPassMark: 50 },
  op20: { name: "op20", min: 0, max: 20, decimals: 1, defaultPassMark: 10 },
} as const satisfies Record<ScaleName, Scale>;

export function scaleOf(user: UserScale | undefined): Scale {
  if (user === undefined) return SCALES.cijfer;
  if (typeof user === "string") return SCALES[user];
  // Halfway is the usual pass mark on a scale nobody named.
  return { name: "eigen", min: user.min, max: user.max, decimals: user.decimals ?? 1, defaultPassMark: roundTo(user.min + (user.max - user.min) / 2, user.decimals ?? 1) };
}

/** Rounds half up; the small nudge keeps 5.45 (stored as 5.4499…) from rounding down. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor + 1e-9) / factor;
}

/** The grade for a share (0–1) of the maximum points. */
export function gradeFor(share: number, scale: Scale): number {
  return roundTo(scale.min + (scale.max - scale.min) * share, scale.decimals);
}

/** One step below the pass mark: the highest grade a knocked-out script can get. */
export function highestFailingGrade(passMark: number, scale: Scale): number {
  return roundTo(Math.max(scale.min, passMark - 10 ** -scale.decimals), scale.decimals);
}

/** A number for people: "6,5" or "6.5", with exactly the given decimals. */
export function formatNumber(value: number, decimals: number, decimalComma: boolean): string {
  const text = value.toFixed(decimals);
  return decimalComma ? text.replace(".", ",") : text;
}

/** Points may be fractional; show them without trailing zeros. */
export function formatPoints(value: number, decimalComma: boolean): string {
  const text = String(roundTo(value, 2));
  return decimalComma ? text.replace(".", ",") : text;
}
