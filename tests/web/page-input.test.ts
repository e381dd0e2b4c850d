// The trainee's input as it happens: pasting shows the result, typing checks again, the format
// is recognised from the text, and speakers with names get a role picker.
import { describe, expect, it } from "vitest";
import { screenshotPath } from "../support/browser.js";
import { lines } from "../support/calls.js";
import { openPage, paste, useSite } from "./open-page.js";

const CALL = lines(
  "Agent: Goedemiddag, u spreekt met Sanne van Enerva. Wat kan ik voor u doen?",
  "Klant: Ik heb een vraag over mijn rekening.",
  "Agent: Heeft u uw klantnummer bij de hand?",
  "Klant: Ja, dat is 4839201.",
  "Agent: Dank u. Het voorschot is verhoogd, daarom is de rekening hoger. Heeft u verder nog vragen?",
  "Klant: Nee, dat was het.",
  "Agent: Bedankt voor uw telefoontje en nog een fijne dag.",
  "Klant: Dag.",
  "[klant verbreekt]",
);

const VTT = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Agent>Hallo, met Kim.

00:00:05.000 --> 00:00:08.000
<v Klant>Goedemiddag, ik bel over mijn pakket.

00:00:09.000 --> 00:00:12.000
<v Agent>Heb je een ordernummer?
`;

const SRT = `1
00:00:01,000 --> 00:00:04,000
Agent: Goedemiddag, u spreekt met Kim van Pakketpost. Wat kan ik voor u doen?

2
00:00:05,000 --> 00:00:08,000
Klant: Ik bel over mijn pakket.
`;

const NAMED = lines(
  "Kees: Goedemiddag, u spreekt met Kees van Enerva. Wat kan ik voor u doen?",
  "Mevrouw De Vries: Goedemiddag, ik heb sinds vanochtend geen stroom.",
  "Kees: Wat vervelend voor u, mevrouw De Vries. Ik stuur vandaag nog een monteur. Heeft u verder nog vragen?",
  "Mevrouw De Vries: Nee, dank u wel.",
  "Kees: Bedankt voor uw telefoontje en nog een fijne dag.",
  "Mevrouw De Vries: Dag.",
  "[klant verbreekt]",
);

const site = useSite();

describe("the result comes into view", () => {
  for (const viewport of [
    { width: 1280, height: 900, name: "breed" },
    { width: 360, height: 740, name: "telefoon" },
  ]) {
    it(`after a paste at ${viewport.width} px: scrolled to and focused on the score`, async () => {
      const { page, errors } = await openPage(site(), viewport);
      expect(await page.evaluate(() => document.querySelector("#resultaat")!.getBoundingClientRect().top)).toBeGreaterThan(viewport.height);
      await paste(page, CALL);
      await page.waitForSelector(".score");
      await page.waitForFunction(() => document.activeElement?.id === "samenvatting");
      const top = await page.evaluate(() => document.querySelector("#samenvatting")!.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(viewport.height / 2);
      await page.screenshot({ path: screenshotPath(`web-na-plakken-${viewport.name}`) });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it("checks again while the trainee types, without moving them away from the text", async () => {
    const { page } = await openPage(site());
    await paste(page, CALL);
    await page.waitForSelector(".score");
    expect(await page.$('.problem[data-rule="no-tutoyeren"]')).toBeNull();
    await page.focus("#tekst");
    await page.keyboard.press("Control+End");
    await page.keyboard.type("Agent: Heb je nog iets?\n");
    await page.waitForSelector('.problem[data-rule="no-tutoyeren"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tekst");
    expect(await page.isHidden("#bezig")).toBe(true);
    await page.context().close();
  });

  it("stays usable on a very long call: the check finishes and the text is all there", async () => {
    const { page, errors } = await openPage(site());
    const turns = Array.from({ length: 400 }, (_, i) => (i % 2 ? `Klant: Ik heb nog een vraag over factuur ${i}.` : `Agent: Dat zoek ik voor u uit, factuur ${i} klopt.`));
    const long = lines("Agent: Goedemiddag, u spreekt met Sanne van Enerva. Wat kan ik voor u doen?", ...turns);
    await paste(page, long);
    await page.waitForSelector(".score", { timeout: 60_000 });
    expect(await page.isHidden("#bezig")).toBe(true);
    expect(await page.inputValue("#tekst")).toBe(long);
    expect(await page.$$eval(".turn", (n) => n.length)).toBe(401);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});

describe("the format is recognised from the text", () => {
  it("reads pasted WebVTT as subtitles, SRT as SRT, and lets the trainee override it", async () => {
    const { page } = await openPage(site());
    expect(await page.inputValue("#formaat")).toBe("auto");
    await paste(page, VTT);
    await page.waitForSelector(".problem");
    expect(await page.textContent("#formaat-herkend")).toContain("WebVTT");
    // Read as subtitles, the cues are turns with their speakers and the agent's "je" is found.
    expect(await page.$$eval(".turn", (n) => n.length)).toBe(3);
    await page.waitForSelector('.problem[data-rule="no-tutoyeren"]');

    await paste(page, SRT);
    await page.waitForFunction(() => document.querySelector("#formaat-herkend")?.textContent?.includes("SRT"));
    await page.waitForFunction(() => document.querySelectorAll(".turn").length === 2);

    // Chosen by hand, the text is read as plain text, and the page says what it looks like.
    await page.selectOption("#formaat", ".txt");
    await page.waitForFunction(() => document.querySelector("#formaat-herkend")?.textContent?.startsWith("Zelf gekozen"));
    expect(await page.textContent("#formaat-herkend")).toContain("SRT");
    await page.context().close();
  });

  it("reads a pasted Whisper JSON and a Markdown script by their shape", async () => {
    const { page } = await openPage(site());
    const whisper = JSON.stringify({
      text: "",
      segments: [
        { start: 0, end: 3, speaker: "SPEAKER_00", text: "Goedemiddag, u spreekt met Kim van Pakketpost. Wat kan ik voor u doen?" },
        { start: 3, end: 6, speaker: "SPEAKER_01", text: "Ik bel over mijn pakket." },
      ],
    }, null, 2);
    await paste(page, whisper);
    await page.waitForFunction(() => document.querySelector("#formaat-herkend")?.textContent?.includes("JSON"));
    await page.waitForFunction(() => document.querySelectorAll(".turn").length === 2);
    await paste(page, "## Aanvangsfase\n\n**Agent:** Goedemiddag, u spreekt met Kim van Pakketpost.\n");
    await page.waitForFunction(() => document.querySelector("#formaat-herkend")?.textContent?.includes("Markdown"));
    await page.context().close();
  });
});

describe("the trainee names the speakers on the page", () => {
  it("lists each label with a best guess, checks the call with it, and follows a new choice at once", async () => {
    const { page, errors } = await openPage(site());
    await paste(page, NAMED);
    await page.waitForSelector("#sprekers select");
    expect(await page.$$eval("#sprekers select", (s) => s.map((x) => [x.getAttribute("data-speaker"), (x as HTMLSelectElement).value]))).toEqual([
      ["Kees", "agent"],
      ["Mevrouw De Vries", "customer"],
    ]);
    // With the guess the call is read and scored; no front matter or YAML is asked for.
    await page.waitForSelector(".score");
    expect(await page.textContent("#sprekers")).not.toMatch(/front matter|sprekers:/);
    expect(await page.$$eval(".turn--agent", (n) => n.length)).toBe(3);
    await page.screenshot({ path: screenshotPath("web-sprekers"), fullPage: true });

    // Swapping the roles: the customer's words are now the agent's, who never opens the call.
    await page.selectOption('#sprekers select[data-speaker="Kees"]', "customer");
    await page.selectOption('#sprekers select[data-speaker="Mevrouw De Vries"]', "agent");
    await page.waitForFunction(() => document.querySelectorAll(".turn--agent").length === 3 && document.querySelector(".turn--agent")?.textContent?.includes("stroom"));
    await page.waitForSelector('.problem[data-rule="greeting"]');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("asks about guessed voices of a speech-to-text export too", async () => {
    const { page } = await openPage(site(), { width: 360, height: 740 });
    const whisper = JSON.stringify({
      text: "",
      segments: [
        { start: 0, end: 3, speaker: "SPEAKER_00", text: "Goedemiddag, u spreekt met Kim van Pakketpost. Wat kan ik voor u doen?" },
        { start: 3, end: 6, speaker: "SPEAKER_01", text: "Ik bel over mijn pakket." },
      ],
    });
    await paste(page, whisper);
    await page.waitForSelector('#sprekers select[data-speaker="SPEAKER_01"]');
    expect(await page.inputValue('#sprekers select[data-speaker="SPEAKER_00"]')).toBe("agent");
    expect(await page.inputValue('#sprekers select[data-speaker="SPEAKER_01"]')).toBe("customer");
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.context().close();
  });
});
