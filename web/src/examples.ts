// Calls to try at once: from the labelled examples, so they show what the rules really find.
import goodCall from "../../fixtures/examples/transcripts/gemeente-paspoort-inbound-goed.txt?raw";
import badCall from "../../fixtures/examples/transcripts/het-westen-inbound-fouten.txt?raw";
import script from "../../fixtures/examples/scripts/energie-storing-inbound.md?raw";

export interface Example {
  id: string;
  label: string;
  extension: string;
  text: string;
}

export const EXAMPLES: readonly Example[] = [
  { id: "goed", label: "Een goed gesprek", extension: ".txt", text: goodCall },
  { id: "fouten", label: "Een gesprek met fouten", extension: ".txt", text: badCall },
  { id: "script", label: "Een belscript", extension: ".md", text: script },
];
