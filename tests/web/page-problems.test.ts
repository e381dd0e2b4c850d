// The list of problems, grouped by rule: a Dutch title and the "why" once per rule, each message
// short with its first sentence standing out, the rule id there for those who want it.
import { describe, expect, it } from "vitest";
import { lint } from "../../src/browser.js";
import { screenshotPath } from "../support/browser.js";
import { lines } from "../support/calls.js";
import { splitMessage } from "../../web/src/render-problems.js";
import { openPage, paste, useSite } from "./open-page.js";

const CALL = lines(
  "Agent: Goedemiddag, u spreekt met Sanne van Enerva. Wat kan ik voor je doen?",
  "Klant: Ik heb een vraag over mijn rekening.",
  "Agent: Heb je je klantnummer bij de hand?",
  "Klant: Ja, dat is 4839201.",
  "Agent: Dank je. Het voorschot is verhoogd. Kan ik je verder nog helpen?",
  "Klant: Nee, dat was het.",
  "Agent: Bedankt voor uw telefoontje en nog een fijne dag.",
  "Klant: Dag.",
  "[klant verbreekt]",
);

const site = useSite();

describe("problems grouped by rule", () => {
  it("shows one section per rule with a Dutch title, its id, the why once, and every message under it", async () => {
    const expected = await lint(CALL, { filePath: "gesprek.txt" });
    const tutoyeren = expected.messages.filter((m) => m.ruleId === "no-tutoyeren");
    expect(tutoyeren.length).toBeGreaterThan(2);
    const { page, errors } = await openPage(site());
    await paste(page, CALL);
    await page.waitForSelector('.rule-group[data-rule="no-tutoyeren"]');
    const group = '.rule-group[data-rule="no-tutoyeren"]';
    expect(await page.$$eval(`${group} li.problem`, (n) => n.length)).toBe(tutoyeren.length);
    expect(await page.$$eval(`${group} .rule-group__why`, (n) => n.length)).toBe(1);
    expect(await page.$$eval(".problem .rule-group__why, .problem .problem__why", (n) => n.length)).toBe(0);
    expect(await page.textContent(`${group} .rule-group__id`)).toBe("no-tutoyeren");
    // The title is the doc page's Dutch summary, not the English id.
    const title = (await page.textContent(`${group} h4`))!.replace("no-tutoyeren", "");
    expect(title).toMatch(/^Spreek de klant aan met u/);
    // Each message: the first sentence stands out, the whole message is still there.
    const leads = await page.$$eval(`${group} .problem__lead`, (n) => n.map((x) => x.textContent));
    expect(leads).toEqual(tutoyeren.map((m) => splitMessage(m.message)[0]));
    await page.screenshot({ path: screenshotPath("web-meldingen"), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("splitMessage", () => {
  it("cuts after the first sentence, not inside a quote or an abbreviation-free example", () => {
    expect(splitMessage("Je zegt 'je' tegen de klant. Zeg 'u'. Bijvoorbeeld: 'Heeft u ...'")).toEqual(["Je zegt 'je' tegen de klant.", " Zeg 'u'. Bijvoorbeeld: 'Heeft u ...'"]);
    expect(splitMessage("Geen afsluiting")).toEqual(["Geen afsluiting", ""]);
  });
});
