// Lint results for the CI formatter tests: rule messages, a warning, a parser warning, a file that
// could not be read, a crashed rule, a plugin rule, and text that needs escaping in every format.
import { summarize } from "../../src/engine/linter.js";
import type { LintMessage, LintResult, RuleMeta } from "../../src/types.js";
import type { FormatterContext } from "../../src/formatters/types.js";
import { parseRuleDoc } from "../../src/docs/rule-doc.js";

function message(partial: Partial<LintMessage> & Pick<LintMessage, "line" | "column" | "message">): LintMessage {
  return { ruleId: null, severity: 2, span: [0, 1], ...partial };
}

export const ciResults: LintResult[] = [
  summarize("/project/gesprekken/klachten.txt", [
    message({ ruleId: "greeting", line: 1, column: 1, endLine: 1, endColumn: 6, message: "Je begroeting is te informeel: 'Hoi'." }),
    message({
      ruleId: "greeting",
      line: 1,
      column: 8,
      endLine: 1,
      endColumn: 20,
      message: "Je noemt de organisatie niet. Bijvoorbeeld: 'Goedemiddag, u spreekt met Sigrid van Enerva.'",
    }),
    message({
      ruleId: "no-tutoyeren",
      severity: 1,
      line: 12,
      column: 15,
      endLine: 13,
      endColumn: 4,
      message: "Je zegt 'je' tegen de klant.\nZeg 'u': 'Kunt u dat online regelen?'",
    }),
    message({ severity: 1, line: 20, column: 1, endLine: 20, endColumn: 40, message: "Overbodige beleefd-disable-opmerking: werd hier niets gemeld." }),
  ]),
  summarize("/project/scripts/100% klant, zakelijk: <script>.md", [
    message({
      ruleId: "acme/geen-vakjargon",
      severity: 1,
      line: 3,
      column: 2,
      endLine: 3,
      endColumn: 9,
      message: 'Vakjargon "<script>alert(1)</script>" & 50% korting\r\nzeg het eenvoudiger; teken \u0007 weg.',
    }),
  ]),
  summarize("/project/scripts/goed.md", []),
  summarize("/project/scripts/vastgelopen.txt", [
    message({ ruleId: "closing", fatal: true, line: 1, column: 1, message: 'De regel "closing" liep vast op dit bestand: kapot' }),
  ]),
  summarize("/elders/kapot.txt", [message({ fatal: true, line: 3, column: 5, message: "Dit bestand is geen geldige UTF-8." })]),
];

const meta = (type: RuleMeta["type"], description: string, url?: string): RuleMeta => ({
  type,
  docs: { description, recommended: true, ...(url ? { url } : {}) },
  messages: {},
});

const greetingPage = `# greeting

Open het gesprek met een begroeting, je naam en de organisatie.

## Wat controleert deze regel?

De eerste beurten van de medewerker moeten een **begroeting** en je \`naam\` bevatten.

## Waarom

De klant wil weten met wie hij spreekt.

## Fout

\`\`\`txt
Agent: Hallo.
\`\`\`

## Goed

\`\`\`txt
Agent: Goedemiddag, Sigrid van Enerva.
\`\`\`

## Opties

Geen.
`;

/** Context of a CLI run in /project: which rules ran where, their meta, and one doc page. */
export const ciContext: FormatterContext = {
  cwd: "/project",
  color: false,
  rulesMeta: {
    greeting: meta("problem", "Open het gesprek met een begroeting, je naam en de organisatie."),
    "no-tutoyeren": meta("suggestion", "Spreek de klant aan met u."),
    closing: meta("problem", "Sluit het gesprek netjes af."),
    "acme/geen-vakjargon": meta("suggestion", "Geen vakjargon tegen klanten.", "https://acme.example/regels/geen-vakjargon"),
  },
  rulesRun: {
    "/project/gesprekken/klachten.txt": ["greeting", "no-tutoyeren", "closing"],
    "/project/scripts/100% klant, zakelijk: <script>.md": ["greeting", "acme/geen-vakjargon"],
    "/project/scripts/goed.md": ["greeting", "closing"],
    "/project/scripts/vastgelopen.txt": ["greeting", "closing"],
    "/elders/kapot.txt": [],
  },
  ruleDoc: (id) => (id === "greeting" ? parseRuleDoc(greetingPage) : undefined),
};
