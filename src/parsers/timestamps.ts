// `[00:01:23]`, `[01:23]`, `[1:23.5]` → seconds.
export const TIMESTAMP_SOURCE = String.raw`\[(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?\]`;

export function timestampSeconds(hours: string | undefined, minutes: string, seconds: string, fraction?: string): number {
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds) + (fraction ? Number(`0.${fraction}`) : 0);
}
