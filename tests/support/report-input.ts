// Realistic lint results with their text, for the html report and grade tests.
import { lint } from "../../src/api.js";
import type { LintResult } from "../../src/types.js";

/** A transcript with typical mistakes and markup-like text that must stay text. */
export const TRANSCRIPT = `---
organisatie: Enerva
---
Agent: Hallo, met Kim. Wat kan ik voor je doen?
Klant: Mijn rekening is te hoog <script>document.title = "gehackt"; window.__xss = 1</script> & ik snap het niet.
Agent: Momentje.
[in de wacht]
[uit de wacht]
Agent: Mevrouw Janssen, bedankt voor het wachten. Ik pas het aan. Heeft u verder nog vragen?
Klant: Nee.
Agent: Bedankt voor uw telefoontje en nog een prettige dag.
[klant verbreekt]
`;

export const SCRIPT = `---
richting: inbound
organisatie: Enerva
---
# Belscript

## Aanvangsfase
**Agent:** Goedemiddag, u spreekt met Sanne van Enerva. Wat kan ik voor u doen?
**Klant:** (vertelt dat de jaarafrekening hoger is dan verwacht)

## Analysefase
**Agent:** Dus als ik het goed begrijp, is uw jaarafrekening hoger dan u verwachtte. Klopt dat?
**Klant:** Ja.

## Aanbodfase
**Agent:** Ik stel voor dat ik uw maandbedrag aanpas, {naam}.
**Klant:** Graag.

## Afsluitingsfase
**Agent:** Heeft u verder nog vragen?
**Klant:** Nee.
**Agent:** Dank u wel voor uw telefoontje en nog een prettige dag.

[klant verbreekt]
`;

export async function reportResults(): Promise<LintResult[]> {
  return [
    await lint(TRANSCRIPT, { filePath: "/klas/kim.txt", keepSource: true }),
    await lint(SCRIPT, { filePath: "/klas/sanne.md", keepSource: true }),
  ];
}
