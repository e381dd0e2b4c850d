// The page offers the linter's fixes: in a script each message's fix or suggestion can be applied,
// all certain fixes at once, and undone; a transcript is never changed and shows the better sentence.
import { describe, expect, it } from "vitest";
import { lint } from "../../src/browser.js";
import { screenshotPath } from "../support/browser.js";
import { openPage, paste, useSite } from "./open-page.js";

const SCRIPT = [
  "# Inkomend gesprek: adreswijziging",
  "",
  "**Agent:** Goedemorgen, u spreekt met Sigrid van Enerva. Waarmee kan ik u helpen?",
  "**Klant:** Ik ben verhuisd en wil mijn adres doorgeven.",
  "**Agent:** Kun je mij het nieuwe adres geven?",
  "",
].join("\n");
const TRANSCRIPT = [
  "Agent: Goedemorgen, u spreekt met Sigrid van Enerva.",
  "Klant: Ik ben verhuisd en wil mijn adres doorgeven.",
  "Agent: Kun je mij het nieuwe adres geven?",
  "",
].join("\n");
const TUTOYEREN = '.rule-group[data-rule="no-tutoyeren"]';

const site = useSite();

describe("applying fixes on the page", () => {
  it("applies a script's fix from the keyboard, relints, undoes it, and applies all fixes at 360 px", async () => {
    const { page, errors } = await openPage(site(), { width: 360, height: 800 });
    await paste(page, SCRIPT);
    const apply = `${TUTOYEREN} .problem__apply`;
    await page.waitForSelector(apply);
    expect(await page.textContent("#formaat-herkend")).toContain("Belscript");
    expect(await page.textContent(apply)).toContain("Kunt u");
    await page.locator(apply).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("web-pas-toe-360") });

    await page.focus(apply);
    await page.keyboard.press("Enter");
    await page.waitForSelector(TUTOYEREN, { state: "detached" });
    expect(await page.inputValue("#tekst")).toBe(SCRIPT.replace("Kun je mij", "Kunt u mij"));
    // Focus stays on a control that is still there: the undo button.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("ongedaan-maken");

    await page.keyboard.press("Enter");
    await page.waitForSelector(apply);
    expect(await page.inputValue("#tekst")).toBe(SCRIPT);
    // Nothing left to undo: marked so, and focus stays on it.
    expect(await page.getAttribute("#ongedaan-maken", "aria-disabled")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("ongedaan-maken");

    const { output } = await lint(SCRIPT, { filePath: "gesprek.md", fix: true });
    expect(output).toContain("Kunt u mij");
    await page.click("#alles-toepassen");
    await page.waitForSelector(TUTOYEREN, { state: "detached" });
    expect(await page.inputValue("#tekst")).toBe(output);

    // Nothing sticks out sideways on a narrow phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath("web-verbeteren-360"), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows a transcript's suggestion as the better sentence, with no buttons that change the text", async () => {
    const { page, errors } = await openPage(site());
    await paste(page, TRANSCRIPT);
    await page.waitForSelector(`${TUTOYEREN} .problem__better`);
    expect(await page.textContent("#formaat-herkend")).toContain("Transcript");
    const better = await page.$$eval(`${TUTOYEREN} .problem__better li`, (items) => items.map((item) => item.textContent));
    expect(better).toEqual(['Beter: "Kunt u mij het nieuwe adres geven?"']);
    expect(await page.$$eval(".problem__apply", (buttons) => buttons.length)).toBe(0);
    expect(await page.isHidden("#herstellen")).toBe(true);
    expect(await page.inputValue("#tekst")).toBe(TRANSCRIPT);
    await page.screenshot({ path: screenshotPath("web-transcript-beter"), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
