// greeting-time-of-day — goedemorgen, goedemiddag or goedenavond fits the time of the call.
import { defineRule } from "../src/rule.js";
import { capitalize, clockAt, findSpoken, formatClock, minutesOfDay, speaksToCustomer, spokenText, tokenSpan } from "../src/model/query.js";
import { exampleIntroduction } from "../src/model/introduction.js";
import type { Call } from "../src/model/conversation.js";
import type { PhraseListName } from "../src/lang/types.js";
import { tokensOf } from "../src/text/tokens.js";

type DayPart = "morgen" | "middag" | "avond" | "nacht";

interface Options {
  /** Start of each day part, "HH:MM". */
  dayParts: Record<DayPart, string>;
  /** Which greetings fit the night. */
  nightGreeting: "goedenacht" | "goedenavond" | "beide";
}

/** The phrase list with the greetings of each day part, and the greeting to suggest. */
const GREETINGS: Record<DayPart, { list: PhraseListName; word: string }> = {
  morgen: { list: "greetingMorning", word: "goedemorgen" },
  middag: { list: "greetingAfternoon", word: "goedemiddag" },
  avond: { list: "greetingEvening", word: "goedenavond" },
  nacht: { list: "greetingNight", word: "goedenacht" },
};
const PARTS = Object.keys(GREETINGS) as DayPart[];
const CLOCK = "^(?:[01]?\\d|2[0-3]):[0-5]\\d$";
const DEFAULT_DAY_PARTS: Record<DayPart, string> = { morgen: "06:00", middag: "12:00", avond: "18:00", nacht: "00:00" };

export default defineRule<Options>({
  meta: {
    type: "problem",
    docs: {
      description: "Groet met goedemorgen, goedemiddag of goedenavond zoals het past bij het tijdstip van het gesprek.",
      recommended: true,
    },
    messages: {
      wrongDayPart:
        "Je zegt '{{said}}', maar het is {{time}} uur: dan zeg je '{{expected}}'. Een groet die niet bij het tijdstip past, klinkt ingestudeerd en alsof je er niet bij bent. Bijvoorbeeld: '{{example}}'",
    },
    schema: {
      type: "object",
      properties: {
        dayParts: {
          type: "object",
          description: "Begintijd (UU:MM) van elk dagdeel; een dagdeel loopt tot het volgende begint.",
          properties: Object.fromEntries(PARTS.map((part) => [part, { type: "string", pattern: CLOCK }])),
          additionalProperties: false,
        },
        nightGreeting: {
          enum: ["goedenacht", "goedenavond", "beide"],
          description: "Welke groet 's nachts past.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { dayParts: DEFAULT_DAY_PARTS, nightGreeting: "beide" },
  },
  create(context) {
    const { options, phrases } = context;
    // Options merge shallowly: a config that moves only "avond" keeps the other defaults.
    const dayParts = { ...DEFAULT_DAY_PARTS, ...options.dayParts };
    // Day parts by start, latest first: the first that has started is the current one.
    const starts = PARTS.map((part) => ({ part, start: minutesOfDay(dayParts[part])! })).sort((a, b) => b.start - a.start);
    const partAt = (minutes: number): DayPart => (starts.find((s) => s.start <= minutes) ?? starts[0]!).part;
    // At night "goedenavond" is what most people say; the option decides whether "goedenacht" fits too.
    const nightFits: DayPart[] = { beide: ["nacht", "avond"], goedenavond: ["avond"], goedenacht: ["nacht"] }[options.nightGreeting] as DayPart[];
    const fits = (said: DayPart, now: DayPart) => (now === "nacht" ? nightFits.includes(said) : said === now);
    const expectedAt = (now: DayPart) => (now === "nacht" && options.nightGreeting !== "goedenacht" ? "goedenavond" : GREETINGS[now].word);

    const example = (call: Call, expected: string) =>
      `${capitalize(expected)}, ${exampleIntroduction(call, context.settings, phrases)}.`;

    return {
      Turn(turn, call) {
        // The agent, or a colleague who took the customer over; not a colleague talking to the agent during a hold.
        if ((turn.role !== "agent" && turn.role !== "colleague") || !speaksToCustomer(call, turn)) return;
        const clock = clockAt(call, turn);
        if (clock === undefined) return;
        const now = partAt(clock);
        const { tokens } = tokensOf(turn);
        for (const part of PARTS) {
          const match = findSpoken(phrases, GREETINGS[part].list, tokens);
          if (!match || fits(part, now)) continue;
          const span = tokenSpan(turn, tokens, match.from, match.to);
          const expected = expectedAt(now);
          context.report({
            node: turn,
            span,
            messageId: "wrongDayPart",
            data: { said: spokenText(turn, tokens, match.from, match.to), time: formatClock(clock), expected, example: example(call, expected) },
          });
        }
      },
    };
  },
});
