// Runs the linter on the text and keeps the model it parsed: the page shows the call as the rules
// saw it (turns, events, phases), with the messages placed on it by their spans.
import { lintWithModel, type Conversation, type LintResult, type UserConfig } from "../../src/browser.js";
import { uncertainSpeakers, type SpeakerLabel } from "./speaker-roles.js";

export interface CheckOutcome {
  result: LintResult;
  /** Absent when the text could not be read (the result then holds the fatal message). */
  conversation?: Conversation;
  /** The text the spans point into (without a byte order mark). */
  source: string;
  /** Speakers whose role beleefd does not know for sure, also when the call could not be read. */
  speakers: SpeakerLabel[];
}

/** Lints `text` as a file with extension `extension` (".txt", ".md", ...). */
export async function check(text: string, extension: string, config: UserConfig): Promise<CheckOutcome> {
  const filePath = `gesprek${extension}`;
  const { result, parsed } = await lintWithModel(text, { filePath, config });
  const speakers = parsed ? uncertainSpeakers(parsed.conversation) : [];
  if (!parsed || result.fatalErrorCount > 0) return { result, source: text, speakers };
  return { result, conversation: parsed.conversation, source: parsed.source.text, speakers };
}
