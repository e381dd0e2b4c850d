// The same call in every format gives the same findings, pointing at the same words.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lint, parseText, resolveConfig } from "../../src/browser.js";
import type { Conversation } from "../../src/model/conversation.js";
import type { LintMessage } from "../../src/types.js";
import { CONVERTERS } from "../support/convert.js";

const DIR = fileURLToPath(new URL("../../fixtures/examples/transcripts/", import.meta.url));
const FIXTURES = [
  "bank-hypotheek-inbound-fouten.txt",
  "energie-jaarafrekening-inbound-fouten.txt",
  "goede-doel-werving-outbound-fouten.txt",
  "reizen-annulering-inbound-vlaams-fouten.txt",
  "pakket-bezorging-inbound-fouten.txt",
  "telecom-abonnement-inbound-fouten.txt",
];

/**
 * Where a finding points, independent of the format: an event (by its place among the events),
 * the words of a turn it points into, or a whole turn.
 */
function anchor(message: LintMessage, conversation: Conversation, text: string): string {
  const items = conversation.calls.flatMap((call) => call.items);
  const events = items.filter((item) => item.kind === "event");
  const event = events.findIndex((e) => e.span[0] === message.span[0] && e.span[1] === message.span[1]);
  if (event !== -1) return `${message.ruleId} @ gebeurtenis ${event} (${events[event]!.event})`;
  const turns = items.filter((item) => item.kind === "turn");
  const inText = turns.findIndex((t) => message.span[0] >= t.textOffset && message.span[0] < t.textOffset + t.text.length);
  const words = (slice: string) => (slice.match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
  if (inText !== -1) return `${message.ruleId} @ beurt ${inText}: ${words(text.slice(message.span[0], message.span[1]))}`;
  const inTurn = turns.findIndex((t) => message.span[0] >= t.span[0] && message.span[0] < t.span[1]);
  return `${message.ruleId} @ ${inTurn === -1 ? "gesprek" : `beurt ${inTurn}`}`;
}

async function findings(text: string, filePath: string, metadata?: string): Promise<string[]> {
  const options = { filePath, ...(metadata ? { metadata: { text: metadata, name: "gesprek.meta.json" } } : {}) };
  const result = await lint(text, options);
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  const { conversation } = await parseText(text, { ...options, config: await resolveConfig(undefined) });
  return result.messages
    .filter((m) => m.ruleId !== null)
    .map((m) => anchor(m, conversation, text))
    .sort();
}

describe("the same call in every format", () => {
  for (const name of FIXTURES) {
    describe(name, () => {
      const txt = readFileSync(`${DIR}${name}`, "utf8");
      for (const [format, convert] of Object.entries(CONVERTERS)) {
        it(`${format}: same rules, same words`, async () => {
          const expected = await findings(txt, name);
          expect(expected.length).toBeGreaterThan(0);
          const converted = await convert(txt);
          expect(await findings(converted.text, `gesprek${converted.extension}`, converted.metadata)).toEqual(expected);
        });
      }
    });
  }
});
