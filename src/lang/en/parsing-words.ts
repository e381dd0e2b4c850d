// The English words a parser needs before a file's language is known: events in `[...]`, script
// headings and speaker labels. Plain data, so a Dutch run can read them without the English pack.
import type { EventWords, ScriptHeadingWords, SpeakerWords } from "../types.js";
import events from "./events.en.json" with { type: "json" };
import scriptHeadings from "./script-headings.en.json" with { type: "json" };
import { speakers } from "./words.js";

const englishParsingWords: { events: EventWords; scriptHeadings: ScriptHeadingWords; speakers: SpeakerWords } = { events, scriptHeadings, speakers };
export default englishParsingWords;
