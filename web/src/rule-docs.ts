// The rules' Dutch doc pages, bundled into the page at build time and read into their parts.
import { parseRuleDoc, plainText, type RuleDoc } from "../../src/browser.js";

const pages = import.meta.glob<string>("../../rules/*.md", { query: "?raw", import: "default", eager: true });

const docs = new Map<string, RuleDoc>();
for (const markdown of Object.values(pages)) {
  const doc = parseRuleDoc(markdown);
  docs.set(doc.id, doc);
}

export interface Explanation {
  /** The rule's one-sentence summary. */
  summary: string;
  /** "Waarom", as plain text. */
  why: string;
  /** The first "Goed" example, as written. */
  good: string | undefined;
}

/** What the page says besides the message; parse problems and rules without a page get a general note. */
export function explanationFor(ruleId: string | null): Explanation {
  const doc = ruleId ? docs.get(ruleId) : undefined;
  if (!doc) {
    return ruleId
      ? { summary: `Regel ${ruleId}`, why: "Voor deze regel is geen uitleg beschikbaar.", good: undefined }
      : {
          summary: "Leesprobleem",
          why:
            "beleefd kan dit stuk tekst niet goed lezen, dus ook niet controleren. Kijk of bij 'Soort tekst' het juiste soort gekozen is, " +
            "en schrijf elke beurt als 'Spreker: tekst' en gebeurtenissen tussen haken, zoals [in de wacht].",
          good: undefined,
        };
  }
  return { summary: doc.summary, why: plainText(doc.why), good: doc.goed[0]?.code.trimEnd() };
}
