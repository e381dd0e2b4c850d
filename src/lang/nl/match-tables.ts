// The Dutch phrase lists and phase cues as one match table. Computed here when the sources run
// as they are (tests, the web page); the package build replaces this module with the finished
// table (scripts/match-tables.mjs), so a run does not parse the patterns again.
import { compileMatchTables, type MatchTables } from "../../text/match-tables.js";
import phaseCues from "./phase-cues.nl.json" with { type: "json" };
import phrases from "./phrases.nl.json" with { type: "json" };

export const dutchMatchTables: MatchTables = compileMatchTables(phrases, phaseCues.cues as { speaker: "agent" | "customer" }[]);
