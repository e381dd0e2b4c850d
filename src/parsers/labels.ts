// Speaker labels → roles. Defaults from the language pack; front matter and config add to them.
// Parsing comes before a call's language is known, so the labels are the default pack's (which
// has the English labels a transcript tool writes: agent, customer, caller, colleague).
import { defaultLanguage } from "../lang/index.js";
import type { Role } from "../model/conversation.js";

/** Speaker labels every transcript may use without declaring them: the language pack's. */
export const DEFAULT_SPEAKERS: Readonly<Record<string, Role>> = defaultLanguage.speakers.labels;

/** Role words accepted as values in `sprekers:` (Dutch and English). */
export const ROLE_WORDS: Readonly<Record<string, Role>> = defaultLanguage.speakers.roleWords;

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
