// Suggestions that add a missing sentence: offered with the right text at the right place, never applied by --fix.
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";
import type { LintMessage } from "../../src/types.js";

const OUTBOUND = `---
richting: uitgaand
---
# Uitgaand gesprek

**Agent:** Goedemiddag, u spreekt met Sigrid van Enerva.
**Klant:** Ja, met mevrouw Janssen.
**Agent:** Ik bel over uw contract, dat binnenkort afloopt.
**Klant:** Oké, dank u.
**Agent:** Tot ziens.
`;

function applied(text: string, message: LintMessage): string {
  const { range, text: insert } = message.suggestions![0]!.fix;
  return text.slice(0, range[0]) + insert + text.slice(range[1]);
}

const config = { rules: { closing: "error" as const, "outbound-ask-convenient": "error" as const } };

describe("suggestions that add a sentence", () => {
  it("outbound-ask-convenient offers the question after the introduction", async () => {
    const result = await lint(OUTBOUND, { filePath: "script.md", config });
    const message = result.messages.find((m) => m.ruleId === "outbound-ask-convenient")!;
    expect(message.suggestions![0]!.desc).toBe("Voeg toe: 'Komt het u gelegen?'");
    expect(applied(OUTBOUND, message)).toContain("**Agent:** Goedemiddag, u spreekt met Sigrid van Enerva. Komt het u gelegen?\n**Klant:**");
  });

  it("closing offers the whole close after the last words, and --fix does not apply it", async () => {
    const result = await lint(OUTBOUND, { filePath: "script.md", config, fix: true });
    expect(result.output).toBeUndefined();
    const message = result.messages.find((m) => m.ruleId === "closing")!;
    expect(message.fix).toBeUndefined();
    expect(applied(OUTBOUND, message)).toContain("**Agent:** Tot ziens. Heeft u verder nog vragen? Nog een fijne dag!\n");
  });

  it("closing offers the further-questions sentence before the goodbye, with the customer's name", async () => {
    const text = OUTBOUND.replace("**Agent:** Tot ziens.", "**Agent:** Bedankt voor uw tijd, mevrouw Janssen. Nog een fijne dag!");
    const result = await lint(text, { filePath: "script.md", config });
    const message = result.messages.find((m) => m.messageId === "noFurtherQuestions")!;
    expect(applied(text, message)).toContain("**Agent:** Heeft u verder nog vragen, mevrouw Janssen? Bedankt voor uw tijd");
  });
});

const HOLD = `Agent: Goedemiddag, u spreekt met Sigrid van Enerva. Waarmee kan ik u helpen?
Klant: Goedemiddag, met mevrouw Janssen. Mijn factuur klopt niet.
Agent: Dat zoek ik voor u uit.
[in de wacht]
[uit de wacht]
Agent: Ik heb het nagekeken. Het bedrag wordt aangepast.
Klant: Fijn.
`;

describe("suggestions around a hold, in a transcript", () => {
  it("hold-ask-permission offers the request with the customer's name before the hold", async () => {
    const result = await lint(HOLD, { filePath: "gesprek.txt", config: { rules: { "hold-ask-permission": "error" } }, fix: true });
    expect(result.output).toBeUndefined();
    const message = result.messages.find((m) => m.ruleId === "hold-ask-permission")!;
    expect(applied(HOLD, message)).toContain("Agent: Dat zoek ik voor u uit. Heeft u een moment, mevrouw Janssen? Dan vraag ik het even voor u na.\n[in de wacht]");
  });

  it("hold-return-name-thanks offers the name, then the thanks, at the start of the return", async () => {
    const result = await lint(HOLD, { filePath: "gesprek.txt", config: { rules: { "hold-return-name-thanks": "error" } } });
    const message = result.messages.find((m) => m.messageId === "noName")!;
    expect(applied(HOLD, message)).toContain("[uit de wacht]\nAgent: Mevrouw Janssen, bedankt voor het wachten. Ik heb het nagekeken.");
  });
});
