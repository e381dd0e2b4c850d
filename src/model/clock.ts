// The time of day at a point in a call: the call's start (CallMeta.startedAt) plus the turn's
// offset in the recording, when the input gives one.
import type { Call, CallItem } from "./conversation.js";

const TIME = /(?:^|T)(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Minutes since midnight of an ISO local date-time or a bare "HH:MM[:SS]"; undefined when it is neither. */
export function minutesOfDay(moment: string): number | undefined {
  const match = TIME.exec(moment);
  if (!match) return undefined;
  const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return hours * 60 + minutes + seconds / 60;
}

/** Minutes since midnight when `item` was said, or undefined when the call's start is unknown. */
export function clockAt(call: Call, item: CallItem): number | undefined {
  const start = call.meta.startedAt === undefined ? undefined : minutesOfDay(call.meta.startedAt);
  if (start === undefined) return undefined;
  return (start + (item.time?.start ?? 0) / 60) % (24 * 60);
}

/** "19:05" for 1145.5 minutes. */
export function formatClock(minutes: number): string {
  const whole = Math.floor(minutes);
  return `${String(Math.floor(whole / 60)).padStart(2, "0")}:${String(whole % 60).padStart(2, "0")}`;
}
