// Reads `[in de wacht]`, `[doorverbinden: afdeling X]`, `[klant verbreekt]` into call events.
// The words are every language pack's: a file is parsed before its call's language is known.
import { parsingWords } from "../lang/index.js";
import type { EventKind, Role } from "../model/conversation.js";
import type { SpeakerMap } from "./labels.js";

export interface ParsedEvent {
  event: EventKind;
  by?: Role;
  target?: string;
}

const simple = new Map<string, EventKind>();
for (const { events } of parsingWords) {
  for (const kind of ["hold", "unhold", "transfer", "hangup"] as const) {
    for (const phrase of events[kind]) if (!simple.has(phrase)) simple.set(phrase, kind);
  }
}
const hangupVerbs = [...new Set(parsingWords.flatMap(({ events }) => events.hangupVerbs))].sort((a, b) => b.length - a.length);

/** The event an `[...]` body describes, or undefined when it is no known event. */
export function parseEventText(body: string, speakers: SpeakerMap): ParsedEvent | undefined {
  const [head = "", ...rest] = body.split(":");
  const phrase = head.trim().toLowerCase().replace(/\s+/g, " ");
  const target = rest.join(":").trim();
  const kind = simple.get(phrase);
  if (kind) {
    const event: ParsedEvent = { event: kind };
    if (target && kind === "transfer") event.target = target;
    if (target && kind === "hangup") {
      const by = speakers.roleOf(target);
      if (by) event.by = by;
    }
    return event;
  }
  // "<speaker> verbreekt", "agent hangt op", "customer hangs up"
  for (const verb of hangupVerbs) {
    if (phrase.endsWith(` ${verb}`)) {
      const who = phrase.slice(0, -verb.length - 1);
      const by = speakers.roleOf(who);
      return by ? { event: "hangup", by } : undefined;
    }
  }
  return undefined;
}
