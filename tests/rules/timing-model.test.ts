// The timing rules on calls as speech-to-text exports give them: start and end for every turn.
import { describe, expect, it } from "vitest";
import maxHoldDuration from "../../rules/max-hold-duration.js";
import maxSilence from "../../rules/max-silence.js";
import noInterrupting from "../../rules/no-interrupting.js";
import { runOnCall, type TimedEntry } from "../support/timed-call.js";

const opening: TimedEntry[] = [
  { role: "agent", said: "Goedemiddag, u spreekt met Sigrid van Enerva. Wat kan ik voor u doen?", start: 0.4, end: 4.2 },
  { role: "customer", said: "Met Janssen. Mijn jaarafrekening is veel hoger dan vorig jaar en dat snap ik niet.", start: 4.9, end: 11.3 },
];

describe("no-interrupting on a timed call", () => {
  it("reports the agent who talks through the customer, not the short 'hm-hm' before it", () => {
    const reports = runOnCall("no-interrupting", noInterrupting, [
      ...opening,
      { role: "agent", said: "Hm-hm.", start: 6.1, end: 6.5 },
      { role: "agent", said: "Wat is uw klantnummer?", start: 8.8, end: 10.4 },
    ]);
    expect(reports.map((r) => [r.messageId, r.item])).toEqual([["interrupted", 3]]);
  });

  it("leaves turns that follow each other exactly, and an overlap within the margin", () => {
    const reports = runOnCall("no-interrupting", noInterrupting, [
      ...opening,
      { role: "agent", said: "Dat begrijp ik, mevrouw Janssen.", start: 11.3, end: 13 },
      { role: "customer", said: "Kunt u dat uitzoeken?", start: 13.5, end: 15.2 },
      { role: "agent", said: "Dat doe ik graag.", start: 14.6, end: 16 },
    ]);
    expect(reports).toEqual([]);
  });
});

describe("max-silence on a timed call", () => {
  it("measures from the end of the turn before, also when an earlier turn ran on", () => {
    const reports = runOnCall("max-silence", maxSilence, [
      ...opening,
      { role: "agent", said: "Hm-hm.", start: 6.1, end: 6.5 },
      { role: "agent", said: "Dat begrijp ik, mevrouw Janssen.", start: 29.8, end: 32 },
    ]);
    expect(reports.map((r) => [r.messageId, r.item, r.data?.silence])).toEqual([["unexplained", 3, "19 seconden"]]);
  });

  it("says nothing when the agent explained, or when the customer is the one who is quiet", () => {
    const reports = runOnCall("max-silence", maxSilence, [
      ...opening,
      { role: "agent", said: "Een ogenblikje, ik zoek het even voor u op.", start: 12, end: 14.5 },
      { role: "agent", said: "Ik zie het al. Wat is uw klantnummer?", start: 40, end: 43 },
      { role: "customer", said: "Dat moet ik even pakken. Het is 4839201.", start: 70, end: 75 },
    ]);
    expect(reports).toEqual([]);
  });
});

describe("max-hold-duration on a timed call", () => {
  it("takes the end of a hold from call metadata when no unhold follows", () => {
    const reports = runOnCall("max-hold-duration", maxHoldDuration, [...opening, { event: "hold", start: 14, end: 104 }]);
    expect(reports.map((r) => [r.messageId, r.item, r.data?.waited])).toEqual([["tooLong", 2, "90 seconden"]]);
  });

  it("ends a hold at the agent's return and starts the clock again at the next hold", () => {
    const reports = runOnCall("max-hold-duration", maxHoldDuration, [
      ...opening,
      { event: "hold", start: 14 },
      { role: "agent", said: "Mevrouw Janssen, het duurt iets langer. Blijft u nog even aan de lijn?", start: 70, end: 74 },
      { role: "customer", said: "Ja hoor.", start: 74.5, end: 75 },
      { event: "hold", start: 76 },
      { event: "unhold", start: 130 },
    ]);
    expect(reports).toEqual([]);
  });
});
