// The English words a parser needs before a file's language is known: events in `[...]` and script
// headings. Plain data, so a Dutch run can read them without the English pack.
import type { EventWords, ScriptHeadingWords } from "../types.js";
import events from "./events.en.json" with { type: "json" };
import scriptHeadings from "./script-headings.en.json" with { type: "json" };

const englishParsingWords: { events: EventWords; scriptHeadings: ScriptHeadingWords } = { events, scriptHeadings };
export default englishParsingWords;
