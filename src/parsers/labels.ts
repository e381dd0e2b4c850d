// Speaker labels → roles. Defaults from the list; front matter and config add to them.
import type { Role } from "../model/conversation.js";

export const DEFAULT_SPEAKERS: Readonly<Record<string, Role>> = {
  agent: "agent",
  medewerker: "agent",
  medewerkster: "agent",
  klantcontactmedewerker: "agent",
  kcm: "agent",
  ccm: "agent",
  operator: "agent",
  advisor: "agent",
  adviseur: "agent",
  klant: "customer",
  beller: "customer",
  customer: "customer",
  caller: "customer",
  collega: "colleague",
  colleague: "colleague",
};

/** Role words accepted as values in `sprekers:` (Dutch and English). */
export const ROLE_WORDS: Readonly<Record<string, Role>> = {
  agent: "agent",
  medewerker: "agent",
  customer: "customer",
  klant: "customer",
  colleague: "colleague",
  collega: "colleague",
};

/** Labels normalized before: every line of a transcript starts with one of a handful. */
const normalizedLabels = new Map<string, string>();
const MAX_REMEMBERED_LABELS = 1000;

export function normalizeLabel(label: string): string {
  let normalized = normalizedLabels.get(label);
  if (normalized !== undefined) return normalized;
  normalized = label
    .replace(/\*\*|__/g, "")
    .replace(/\s*\([^)]*\)\s*$/, "") // "Agent (Sigrid)" → "Agent"
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");
  if (normalizedLabels.size >= MAX_REMEMBERED_LABELS) normalizedLabels.clear();
  normalizedLabels.set(label, normalized);
  return normalized;
}

export class SpeakerMap {
  private readonly map: Map<string, Role>;

  constructor(...sources: Array<Readonly<Record<string, Role>> | undefined>) {
    this.map = new Map();
    for (const source of [DEFAULT_SPEAKERS, ...sources]) {
      for (const [label, role] of Object.entries(source ?? {})) this.map.set(normalizeLabel(label), role);
    }
  }

  roleOf(label: string): Role | undefined {
    const normalized = normalizeLabel(label);
    return this.map.get(normalized) ?? this.map.get(normalized.split(" ")[0]!);
  }

  /** The role of exactly this label, without falling back to its first word. */
  exactRoleOf(label: string): Role | undefined {
    return this.map.get(normalizeLabel(label));
  }

  toRecord(): Record<string, Role> {
    return Object.fromEntries(this.map);
  }
}
