// The language server's code actions on their own: the disable comment in each format's syntax
// (applied, the engine no longer reports the message), and quick fixes from ESLint-shaped fixes.
import { TextDocument } from "vscode-languageserver-textdocument";
import type { TextEdit } from "vscode-languageserver";
import { describe, expect, it } from "vitest";
import { lint } from "../src/api.js";
import { codeActions, type FixableMessage, type Reported } from "../src/lsp/code-actions.js";
import { toDiagnostic } from "../src/lsp/diagnostics.js";
import type { Rule } from "../src/types.js";

const noUrl = () => undefined;

async function reportedFor(name: string, text: string, options: Parameters<typeof lint>[1] = {}): Promise<{ document: TextDocument; reported: Reported[] }> {
  const document = TextDocument.create(`file:///werk/${name}`, "plaintext", 1, text);
  const result = await lint(text, { filePath: name, ...options });
  return { document, reported: result.messages.map((message) => ({ message, diagnostic: toDiagnostic(message, document, noUrl) })) };
}

function actionsOn(document: TextDocument, extension: string, reported: Reported[], ruleId: string) {
  const target = reported.find((r) => r.message.ruleId === ruleId)!;
  return codeActions(document, extension, reported, target.diagnostic.range);
}

function applied(document: TextDocument, edits: TextEdit[]): string {
  return TextDocument.applyEdits(document, edits);
}

const SCRIPT = "# Inkomend gesprek\n\n- **Agent:** Goedemorgen, u spreekt met Sanne van Vitens. Wat kan ik voor je doen?\n- **Klant:** Mijn water is afgesloten.\n";
const VTT =
  "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Agent>Goedemorgen, u spreekt met Sanne van Vitens. Wat kan ik voor je doen?</v>\n\n" +
  "2\n00:00:04.500 --> 00:00:07.000\n<v Klant>Mijn water is afgesloten.</v>\n";

describe("'disable for this line' in each format's comment syntax", () => {
  it.each([
    ["script.md", ".md", SCRIPT, "<!-- beleefd-disable-next-line no-tutoyeren -->"],
    ["gesprek.vtt", ".vtt", VTT, "NOTE beleefd-disable-next-line no-tutoyeren"],
    ["gesprek.txt", ".txt", "Agent: Goedemorgen, u spreekt met Sanne van Vitens. Wat kan ik voor je doen?\nKlant: Mijn water is afgesloten.\n", "# beleefd-disable-next-line no-tutoyeren"],
  ])("%s: the comment silences the message", async (name, extension, text, comment) => {
    const { document, reported } = await reportedFor(name, text);
    const disable = actionsOn(document, extension, reported, "no-tutoyeren").find((a) => a.title === "Zet no-tutoyeren uit voor deze tekstregel")!;
    const edits = disable.edit!.changes![document.uri]!;
    const after = applied(document, edits);
    expect(after).toContain(comment);
    const relinted = await lint(after, { filePath: name });
    expect(relinted.messages.filter((m) => m.ruleId === "no-tutoyeren")).toEqual([]);
    // Only that message went: the comment itself is no problem.
    expect(relinted.messages.map((m) => m.ruleId)).toEqual(reported.map((r) => r.message.ruleId).filter((id) => id !== "no-tutoyeren"));
  });

  it("offers none where the format has no comments (SubRip); the rule's suggestions stay", async () => {
    const srt = "1\n00:00:01,000 --> 00:00:04,000\nAgent: Goedemorgen, u spreekt met Sanne van Vitens. Wat kan ik voor je doen?\n\n2\n00:00:04,500 --> 00:00:07,000\nKlant: Mijn water is afgesloten.\n";
    const { document, reported } = await reportedFor("gesprek.srt", srt);
    const titles = actionsOn(document, ".srt", reported, "no-tutoyeren").map((a) => a.title);
    expect(titles.filter((title) => title.startsWith("Zet "))).toEqual([]);
    // A transcript is never rewritten, but the better word is offered.
    expect(titles).toContain("Vervang door 'u'.");
  });
});

// A plugin rule that reports a fix in ESLint's JSON shape (a range of offsets and the new text).
// In a call script the fix is kept; in a transcript it becomes a suggestion.
const zegGoedemorgen: Rule = {
  meta: { type: "suggestion", fixable: "code", docs: { description: "Begin met 'Goedemorgen'.", recommended: false }, messages: { hoi: "Zeg 'Goedemorgen' in plaats van 'Hoi'." } } as Rule["meta"],
  create(context) {
    return {
      Conversation() {
        const at = context.source.text.indexOf("Hoi");
        if (at === -1) return;
        const range: [number, number] = [at, at + 3];
        context.report({ span: range, messageId: "hoi", fix: { range, text: "Goedemorgen" } });
      },
    };
  },
};
const pluginOptions = { config: { plugins: ["acme"], rules: { "acme/zeg-goedemorgen": "warn" as const } }, plugins: { acme: { rules: { "zeg-goedemorgen": zegGoedemorgen } } } };
const probe = await lint("Agent: Hoi.\n", { filePath: "gesprek.md", ...pluginOptions });


describe("quick fixes from a message's fix and suggestions", () => {
  const TEXT = "\uFEFFAgent: Hoi, u spreekt met Sanne van Vitens. Wat kan ik voor u doen?\nKlant: Mijn water is afgesloten.\n";

  it("turns ESLint's offsets into edits, past a byte-order mark, the fix preferred", () => {
    const document = TextDocument.create("file:///werk/gesprek.txt", "plaintext", 1, TEXT);
    // Offsets as the engine counts them: in the text without the mark.
    const start = TEXT.indexOf("Hoi") - 1;
    const message: FixableMessage = {
      ruleId: "greeting",
      severity: 2,
      message: "Je begroet de klant met 'Hoi'.",
      line: 1,
      column: start + 1,
      endLine: 1,
      endColumn: start + 4,
      span: [start, start + 3],
      fix: { range: [start, start + 3], text: "Goedemorgen" },
      suggestions: [{ desc: "Vervang 'Hoi' door 'Goedemiddag'", fix: { range: [start, start + 3], text: "Goedemiddag" } }],
    };
    const reported = [{ message, diagnostic: toDiagnostic(message, document, noUrl) }];
    expect(document.getText(reported[0]!.diagnostic.range)).toBe("Hoi");
    const actions = codeActions(document, ".txt", reported, reported[0]!.diagnostic.range);
    expect(actions.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ["Herstel deze melding van greeting", true],
      ["Vervang 'Hoi' door 'Goedemiddag'", false],
      ["Zet greeting uit voor deze tekstregel", false],
    ]);
    expect(applied(document, actions[0]!.edit!.changes![document.uri]!)).toBe(TEXT.replace("Hoi", "Goedemorgen"));
    expect(applied(document, actions[1]!.edit!.changes![document.uri]!)).toBe(TEXT.replace("Hoi", "Goedemiddag"));
  });

  it("ignores a malformed fix instead of failing", () => {
    const document = TextDocument.create("file:///werk/gesprek.txt", "plaintext", 1, TEXT);
    const message = { ruleId: "greeting", severity: 2, message: "x", line: 1, column: 8, endLine: 1, endColumn: 11, span: [7, 10], fix: { range: [10, 7], text: "x" } } as FixableMessage;
    const reported = [{ message, diagnostic: toDiagnostic(message, document, noUrl) }];
    expect(codeActions(document, ".srt", reported, reported[0]!.diagnostic.range)).toEqual([]);
  });

  it("gets the plugin rule's message and its fix through the engine", () => {
    const message = probe.messages.find((m) => m.ruleId === "acme/zeg-goedemorgen");
    expect(message?.fix).toEqual({ range: [7, 10], text: "Goedemorgen" });
  });

  it("offers a plugin rule's fix in a script as the preferred quick fix", async () => {
    const text = TEXT.slice(1);
    const { document, reported } = await reportedFor("gesprek.md", text, pluginOptions);
    const fix = actionsOn(document, ".md", reported, "acme/zeg-goedemorgen").find((a) => a.isPreferred)!;
    expect(applied(document, fix.edit!.changes![document.uri]!)).toBe(text.replace("Hoi", "Goedemorgen"));
  });
});
