// `--speaker SPEAKER_00=agent`: the role of a speaker label, for transcripts whose labels say
// nothing (WhisperX voices, names in subtitles).
import type { Role } from "../model/conversation.js";
import { ROLE_WORDS } from "../parsers/labels.js";
import { UsageError } from "./args.js";

export function parseSpeakerFlags(values: readonly string[]): Record<string, Role> | undefined {
  if (values.length === 0) return undefined;
  const speakers: Record<string, Role> = {};
  for (const value of values) {
    const at = value.lastIndexOf("=");
    const label = value.slice(0, at).trim();
    const role = ROLE_WORDS[value.slice(at + 1).trim().toLowerCase()];
    if (at === -1 || !label || !role) {
      throw new UsageError(`--speaker '${value}': schrijf 'label=rol' met rol agent, klant of collega, bijvoorbeeld --speaker SPEAKER_00=agent`);
    }
    speakers[label] = role;
  }
  return speakers;
}
