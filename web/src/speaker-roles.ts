// Who is who in a call whose speakers beleefd does not know for sure ("Kees", "Mevrouw De Vries",
// "SPEAKER_00"): the labels to ask the trainee about, and beleefd's best guess for each.
import type { Conversation, Role } from "../../src/browser.js";
import { DEFAULT_SPEAKERS } from "../../src/parsers/labels.js";

/** The roles a trainee can give a speaker. */
export type PickedRole = Exclude<Role, "unknown">;

export const ROLE_NAMES: Record<PickedRole, string> = { agent: "agent", customer: "klant", colleague: "collega" };

export interface SpeakerLabel {
  label: string;
  /** The role beleefd gave the label in this lint; "unknown" when it had none. */
  role: Role;
}

/** Labels in order of first appearance that are no standard label ("Agent", "Klant", ...). */
export function uncertainSpeakers(conversation: Conversation): SpeakerLabel[] {
  const found = new Map<string, Role>();
  for (const call of conversation.calls) {
    for (const item of call.items) {
      if (item.kind !== "turn" || found.has(item.speaker)) continue;
      if (DEFAULT_SPEAKERS[item.speaker.toLowerCase()] !== undefined) continue;
      found.set(item.speaker, item.role);
    }
  }
  return [...found].map(([label, role]) => ({ label, role }));
}

/**
 * A role for every label: the one already chosen, else the role beleefd gave it, else a guess as
 * a call usually goes: the first voice is the agent on an incoming call and the customer on an
 * outgoing one (who answers the phone), every other voice the other party.
 */
export function guessRoles(
  labels: readonly SpeakerLabel[],
  chosen: ReadonlyMap<string, PickedRole>,
  direction: "inbound" | "outbound",
): Map<string, PickedRole> {
  const roles = new Map<string, PickedRole>();
  for (const { label, role } of labels) {
    const known = chosen.get(label) ?? (role === "unknown" ? undefined : role);
    if (known) roles.set(label, known);
  }
  const open = labels.filter(({ label }) => !roles.has(label)).map(({ label }) => label);
  const agentAt = [...roles.values()].includes("agent") ? -1 : direction === "outbound" && open.length > 1 ? 1 : 0;
  open.forEach((label, i) => roles.set(label, i === agentAt ? "agent" : "customer"));
  return roles;
}
