// The trainee web page in a real headless Chromium (tests/web/open-page.ts builds and serves it).
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { lint } from "../../src/browser.js";
import { scoreResult } from "../../src/grade/score.js";
import { pageRubric } from "../../web/src/score.js";
import { configFor, DEFAULT_SETTINGS } from "../../web/src/settings.js";
import { screenshotPath } from "../support/browser.js";
import { lowContrastTexts } from "../support/contrast.js";
import { lines } from "../support/calls.js";
import { openPage as openOn, useSite } from "./open-page.js";

/** No front matter, so the page's direction setting decides whether the call is outbound. */
const BAD_CALL = lines(
  "Agent: Hallo, met Sanne.",
  "Klant: Goedemiddag, met meneer Bakker. Ik heb een vraag over mijn rekening.",
  "Agent: Heb je je klantnummer bij de hand?",
  "Klant: Ja, dat is 4839201.",
  "Agent: Een moment hoor!",
  "[in de wacht]",
  "[uit de wacht]",
  "Agent: Meneer Bakker, bedankt voor het wachten. De rekening klopt, het voorschot is verhoogd.",
  "Klant: Oké, dank u wel.",
  "Agent: Heeft u verder nog vragen, meneer Bakker?",
  "Klant: Nee, dat was het.",
  "Agent: Bedankt voor uw telefoontje en nog een fijne dag.",
  "Klant: Dag.",
  "[klant verbreekt]",
);

const SCRIPT = `---
richting: inbound
organisatie: Enerva
---

# Belscript storing

## Aanvangsfase

**Agent:** Goedemiddag, u spreekt met {eigen naam} van Enerva. Wat kan ik voor u doen?

**Klant:** (vertelt dat er geen stroom is)

## Analysefase

**Agent:** Dus als ik het goed begrijp, heeft u sinds vanochtend geen stroom. Klopt dat?

**Klant:** (bevestigt)

## Aanbodfase

**Agent:** Ik stel voor dat ik vandaag nog een monteur inplan, {naam}.

**Klant:** (gaat akkoord)

## Afsluitingsfase

**Agent:** Heeft u verder nog vragen, {naam}? Bedankt voor uw telefoontje en nog een fijne dag.

**Klant:** Dag!

[klant verbreekt]
`;

const site = useSite();

const openPage = (viewport?: { width: number; height: number }) => openOn(site(), viewport);

/** Text of every highlight that carries the given rule. */
function marksOf(page: Page, ruleId: string): Promise<string[]> {
  return page.$$eval(`mark[data-rules~="${ruleId}"]`, (marks) => marks.map((m) => m.textContent ?? ""));
}

describe("web page", () => {
  it("highlights every problem on the right words, explains it, and sends nothing anywhere", async () => {
    const { page, requests, errors } = await openPage();
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    const loaded = requests.length;
    expect(requests.every((url) => url.startsWith(site().url))).toBe(true);

    await page.fill("#tekst", BAD_CALL);
    await page.waitForSelector('.problem[data-rule="no-tutoyeren"]');
    const expected = await lint(BAD_CALL, { filePath: "gesprek.txt" });
    expect(expected.messages.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining(["greeting", "no-tutoyeren", "hold-ask-permission"]),
    );
    // Every message the linter gives, in the same order and words.
    const shownMessages = await page.$$eval(".problem__message", (n) => n.map((x) => x.textContent));
    expect([...shownMessages].sort()).toEqual(expected.messages.map((m) => m.message).sort());
    // Grouped by rule: one section per rule, each with its own messages and the "why" once.
    for (const [i, message] of expected.messages.entries()) {
      expect(await page.$eval(`#probleem-${i}`, (li) => li.closest(".rule-group")?.getAttribute("data-rule"))).toBe(message.ruleId);
    }
    expect(await page.$$eval(".rule-group", (n) => n.length)).toBe(new Set(expected.messages.map((m) => m.ruleId)).size);
    expect(await page.$$eval(".rule-group__why", (n) => n.length)).toBe(await page.$$eval(".rule-group", (n) => n.length));
    // Each message sits on exactly the words its span covers (or on the event marker it is about).
    for (const [i, message] of expected.messages.entries()) {
      const words = BAD_CALL.slice(...message.span);
      const shown = await page.$$eval(`[data-problems~="${i}"]`, (nodes) => nodes.map((n) => n.textContent).join(""));
      if (words.startsWith("[")) expect(await page.$eval(`[data-problems~="${i}"]`, (n) => n.classList.contains("event"))).toBe(true);
      else expect(shown).toBe(words);
    }
    expect(await marksOf(page, "greeting")).toContain("Hallo");
    expect((await marksOf(page, "no-tutoyeren")).join("|")).toMatch(/^Heb je\|?/);
    expect(await page.textContent('.event[data-rules~="hold-ask-permission"]')).toContain("in de wacht");
    expect(await page.textContent('.rule-group[data-rule="greeting"] .rule-group__why')).toMatch(/Waarom\? \S/);
    expect(await page.textContent('.rule-group[data-rule="no-tutoyeren"] .rule-group__good pre')).toMatch(/\bu\b/);
    expect(await page.textContent("#samenvatting")).toContain(`${expected.errorCount} fouten`);
    const points = scoreResult(expected, await pageRubric(configFor(DEFAULT_SETTINGS))).total;
    expect(await page.getAttribute(".score", "data-score")).toBe(String(points));
    expect(await page.$('.problem[data-rule="outbound-ask-convenient"]')).toBeNull();
    await page.screenshot({ path: screenshotPath("web-inkomend"), fullPage: true });

    await page.check('input[name="richting"][value="outbound"]');
    await page.waitForSelector('.problem[data-rule="outbound-ask-convenient"]');
    expect(await page.textContent('.problem[data-rule="outbound-ask-convenient"] .problem__message')).toMatch(/gelegen/);
    await page.screenshot({ path: screenshotPath("web-uitgaand"), fullPage: true });

    expect(requests.slice(loaded)).toEqual([]);
    expect(errors).toEqual([]);
    // The choice is remembered: after a reload the page still lints as outbound.
    await page.reload({ waitUntil: "load" });
    expect(await page.isChecked('input[name="richting"][value="outbound"]')).toBe(true);
    await page.context().close();
  });

  it("moves keyboard focus between the problems and their highlights", async () => {
    const { page, errors } = await openPage();
    await page.click('button[data-example="fouten"]');
    await page.waitForSelector(".problem__jump");
    // Tab reaches the problems from the top of the page.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.classList.contains("problem__jump"))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-problem"))).toBe("0");
    await page.keyboard.press("ArrowDown");
    const second = await page.$$eval(".problem__jump", (n) => n[1]!.getAttribute("data-problem"));
    expect(second).toBe("1");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-problem"))).toBe(second);
    await page.keyboard.press("Enter");
    const focused = await page.evaluate(() => ({
      problems: document.activeElement?.getAttribute("data-problems")?.split(" "),
      current: document.activeElement?.classList.contains("is-current"),
      outline: getComputedStyle(document.activeElement!).outlineStyle,
      describedBy: document.activeElement?.getAttribute("aria-describedby")?.split(" "),
    }));
    expect(focused).toEqual({
      problems: expect.arrayContaining(["1"]),
      current: true,
      outline: "solid",
      describedBy: expect.arrayContaining(["melding-1"]),
    });
    expect(await page.textContent("#melding-1")).toBe(await page.textContent('[data-problem="1"] .problem__message'));
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-problem"))).toBe(focused.problems![0]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("reads a dropped or chosen file by its extension and shows the script's phases", async () => {
    const { page } = await openPage();
    await page.setInputFiles("#bestand", { name: "storing.md", mimeType: "text/markdown", buffer: Buffer.from(SCRIPT) });
    await page.waitForSelector(".phase__title");
    // The file's name and its shape agree, so the page reads it as detected.
    expect(await page.inputValue("#formaat")).toBe("auto");
    expect(await page.textContent("#formaat-herkend")).toContain("Belscript (Markdown)");
    expect(await page.$$eval(".phase__title", (n) => n.map((x) => x.textContent))).toEqual(["Aanvangsfase", "Analysefase", "Aanbodfase", "Afsluitingsfase"]);
    expect(await page.textContent("#meldingen")).toContain("Geen meldingen");
    // Stage directions are no speech, but are shown (in italics) so the call reads as written.
    expect(await page.textContent(".turn--customer .direction")).toBe("(vertelt dat er geen stroom is)");

    // Dropped anywhere on the page: read as a transcript because of its name.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "gesprek.TXT", { type: "text/plain" }));
      document.querySelector("main")!.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, BAD_CALL);
    await page.waitForSelector('.problem[data-rule="no-tutoyeren"]');
    expect(await page.textContent("#formaat-herkend")).toContain("Transcript (.txt)");
    expect(await page.inputValue("#tekst")).toBe(BAD_CALL);

    await page.setInputFiles("#bestand", { name: "notities.docx", mimeType: "application/octet-stream", buffer: Buffer.from("x") });
    expect(await page.textContent("#bestand-fout")).toMatch(/kan beleefd niet lezen.*\.txt/);
    expect(await page.getAttribute("#bestand", "accept")).toContain(".md");
    await page.context().close();
  });

  it("explains a call it cannot read and selects the bad spot in the text", async () => {
    const { page } = await openPage();
    const broken = "---\nklant: [mevrouw Bakker\n---\nAgent: Goedemiddag, met Sigrid van Enerva.\n";
    await page.fill("#tekst", broken);
    await page.waitForSelector('.problem[data-rule="lezen"]');
    expect(await page.textContent("#samenvatting")).toContain("kon niet gelezen worden");
    expect(await page.textContent(".problem__message")).toContain("front matter");
    const expected = (await lint(broken, { filePath: "gesprek.txt" })).messages[0]!.span;
    await page.click(".problem__jump");
    expect(await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return [area.id, area.selectionStart];
    })).toEqual(["tekst", expected[0]]);
    // The page's policy forbids every connection, so the text cannot be sent anywhere.
    expect(await page.evaluate(() => fetch("./").then(() => "verstuurd", () => "geweigerd"))).toBe("geweigerd");
    await page.context().close();
  });

  it("runs under a policy without 'unsafe-eval': front matter is checked by validators compiled at build time", async () => {
    const { page, errors } = await openPage();
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain("unsafe-eval");
    // Anything the policy refuses (an ajv compiling a schema with `new Function`) is recorded.
    await page.addInitScript(() => {
      const refused: string[] = [];
      Object.assign(window, { refused });
      document.addEventListener("securitypolicyviolation", (event) => refused.push(event.violatedDirective));
    });
    await page.reload({ waitUntil: "load" });
    const call = "---\nrichting: zijwaarts\n---\nAgent: Goedemiddag, met Sigrid van Enerva.\n";
    await page.fill("#tekst", call);
    await page.waitForSelector(".problem");
    const expected = await lint(call, { filePath: "gesprek.txt" });
    expect(expected.messages[0]!.message).toContain('richting: moet een van deze waarden zijn: "inbound", "outbound"');
    expect(await page.$$eval(".problem__message", (n) => n.map((x) => x.textContent))).toEqual(expected.messages.map((m) => m.message));
    expect(await page.evaluate(() => (window as unknown as { refused: string[] }).refused)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps text contrast at WCAG AA (4.5:1) on its background", async () => {
    const { page } = await openPage();
    await page.click('button[data-example="fouten"]');
    await page.waitForSelector(".problem");
    const low = await page.evaluate(lowContrastTexts);
    expect(low).toEqual([]);
    await page.context().close();
  });

  it("fits a 360 px phone screen without sideways scrolling", async () => {
    const { page } = await openPage({ width: 360, height: 740 });
    await page.click('button[data-example="fouten"]');
    await page.waitForSelector(".problem");
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.screenshot({ path: screenshotPath("web-telefoon"), fullPage: true });
    await page.context().close();
  });
});
