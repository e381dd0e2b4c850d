// The html report and the grade pages in a real headless Chromium: they render, mark the right
// text, run no script from the input, and the class chart has the right bars. Screenshots land in
// reports/screenshots/ for a person to look at.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { ConfigLoader } from "../src/config/load.js";
import { loadRuleDoc } from "../src/docs/load.js";
import { lintFiles } from "../src/files.js";
import { formatters } from "../src/formatters/all.js";
import { rubricForConfig, rulesMetaFor } from "../src/grade/config-rubric.js";
import { gradeScripts } from "../src/grade/graded.js";
import type { Rubric } from "../src/grade/rubric.js";
import { lint } from "../src/api.js";
import { overviewPage } from "../src/grade/overview-page.js";
import { studentPage } from "../src/grade/student-page.js";
import { launchBrowser, screenshotPath } from "./support/browser.js";
import { SCRIPT, reportResults } from "./support/report-input.js";

const ROOT = resolve(import.meta.dirname, "..");
let browser: Browser;
let page: Page;
let temp: string;

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), "beleefd-browser-"));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 30_000);
afterAll(async () => {
  await browser?.close();
  rmSync(temp, { recursive: true, force: true });
});

async function open(name: string, html: string): Promise<void> {
  const file = join(temp, name);
  writeFileSync(file, html);
  await page.goto(pathToFileURL(file).href);
}

const markTexts = (section: string) => page.locator(`${section} mark`).allTextContents();

describe("html-rapport", () => {
  beforeAll(async () => {
    const rulesMeta = Object.fromEntries(Object.entries(builtinRules).map(([id, rule]) => [id, rule.meta]));
    await open("rapport.html", formatters.html(await reportResults(), { cwd: "/klas", color: false, rulesMeta, ruleDoc: loadRuleDoc }));
    await page.screenshot({ path: screenshotPath("html-rapport"), fullPage: true });
  });

  it("toont elk bestand onder een kop, met de tekst", async () => {
    expect(await page.locator("main h2").allTextContents()).toEqual(["kim.txt", "sanne.md"]);
    expect(await page.locator("#bestand-2 .row").count()).toBe(SCRIPT.split("\n").length - 1);
  });

  it("markeert precies de stukken tekst met een probleem, op de juiste regels", async () => {
    expect(await markTexts("#bestand-1")).toEqual(["Hallo", ", met Kim. Wat kan ik voor ", "je", " doen", "[in de wacht]", "Ik pas het aan"]);
    expect(await page.locator("#bestand-1 .row.problem .ln").allTextContents()).toEqual(["4", "7", "9"]);
    expect(await page.locator("#bestand-1 li.problem").count()).toBe(5);
    expect(await markTexts("#bestand-2")).toEqual([]);
  });

  it("voert een <script> uit de invoer niet uit, maar toont het als tekst", async () => {
    expect(await page.title()).toBe("beleefd-rapport");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator("#bestand-1-r5 .text").textContent()).toContain('<script>document.title = "gehackt"; window.__xss = 1</script> & ik snap');
  });
});

let klasRubric: Rubric;
let klasInfo: Parameters<typeof studentPage>[2];

describe("klassenoverzicht en feedbackpagina", () => {
  beforeAll(async () => {
    const loader = new ConfigLoader({ cwd: ROOT, builtinRules });
    const klas = join(ROOT, "fixtures/klas");
    const config = await loader.forDirectory(klas);
    const rubric = rubricForConfig(config, "fixtures/klas/.beleefdrc.json");
    const results = await lintFiles([klas], { cwd: ROOT, loader, keepSource: true });
    const scripts = gradeScripts(results, rubric, (path) => path.slice(ROOT.length + 1));
    const info = { rulesMeta: rulesMetaFor(config), ruleDoc: loadRuleDoc };
    for (const script of scripts) writeFileSync(join(temp, script.page), studentPage(script, rubric, info));
    [klasRubric, klasInfo] = [rubric, info];
    await open("overzicht.html", overviewPage(scripts, rubric));
    await page.screenshot({ path: screenshotPath("klas-overzicht"), fullPage: true });
  });

  it("toont per regel hoeveel studenten haar overtraden, als staven op schaal", async () => {
    const bars = await page.locator("svg.chart g.bar-row").evaluateAll((rows) =>
      rows.map((row) => [row.getAttribute("data-rule"), Number(row.getAttribute("data-value")), row.querySelector("rect")!.getBoundingClientRect().width]),
    );
    const counts = Object.fromEntries(bars.map(([rule, value]) => [rule, value]));
    // Every rule that is on gets a bar, the ones nobody broke at 0.
    expect(Object.fromEntries(Object.entries(counts).filter(([, value]) => value !== 0))).toEqual({
      "summarize-before-offer": 6,
      "hold-return-name-thanks": 4,
      "no-tutoyeren": 3,
      "hold-ask-permission": 3,
      closing: 3,
      "phase-order": 3,
      greeting: 2,
      "customer-hangs-up-first": 2,
      "no-informal-phrases": 2,
      "no-interrupting": 1,
      "transfer-announce": 1,
    });
    expect(counts["outbound-ask-convenient"]).toBe(0);
    const width = (rule: string) => bars.find(([r]) => r === rule)![2] as number;
    expect(width("hold-return-name-thanks")).toBeCloseTo(2 * width("greeting"), 0);
    expect(width("outbound-ask-convenient")).toBe(0);
  });

  it("heeft een tabel met alle studenten die naar hun pagina linkt", async () => {
    expect(await page.locator("table.data tbody tr").count()).toBe(11);
    await page.getByRole("link", { name: "Jesse Mulder" }).click();
    expect(await page.locator("h1").textContent()).toBe("Feedback voor Jesse Mulder");
    expect(await page.locator("p.fail").first().textContent()).toContain("Knock-out: Klant hangt eerst op");
    expect(await page.locator("#script li.problem").count()).toBe(13);
    // Two problems on the same words share one mark; together the marks cover every problem.
    const numbers = await page.locator("#script mark").evaluateAll((marks) => marks.flatMap((m) => m.getAttribute("data-problem")!.split(" ").map(Number)));
    expect([...new Set(numbers)].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    await page.screenshot({ path: screenshotPath("student-jesse-mulder"), fullPage: true });
  });
});

/** Elements whose right edge sticks out of the viewport, unless a scrolling box around them holds them. */
function overflowingElements(): string[] {
  const width = document.documentElement.clientWidth;
  const inScrollBox = (node: Element) => node.closest(".table-box") !== null;
  return [...document.querySelectorAll("body *")]
    .filter((node) => node.getBoundingClientRect().right > width + 1 && !inScrollBox(node))
    .map((node) => `${node.tagName.toLowerCase()}.${node.className}`);
}

describe("docentpagina's op een telefoon (360 px) en op papier", () => {
  let phone: Page;
  beforeAll(async () => {
    phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
  });
  afterAll(async () => {
    await phone?.close();
  });

  async function openOnPhone(name: string): Promise<void> {
    await phone.goto(pathToFileURL(join(temp, name)).href);
  }

  it("de feedbackpagina past: de puntentabel schuift binnen haar eigen vak, de pagina niet", async () => {
    await openOnPhone("jesse-mulder.html");
    expect(await phone.evaluate(overflowingElements)).toEqual([]);
    const page = await phone.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(page.scroll).toBeLessThanOrEqual(page.client);
    // The table is still whole: its last column ("punten af") is reachable by scrolling its box.
    const box = await phone.$eval(".table-box", (node) => ({ scroll: node.scrollWidth, client: node.clientWidth, tab: node.getAttribute("tabindex") }));
    expect(box.tab).toBe("0");
    await phone.$eval(".table-box", (node) => node.scrollTo({ left: node.scrollWidth }));
    const lastHeader = await phone.$eval(".table-box th:last-child", (th) => th.getBoundingClientRect().right);
    expect(lastHeader).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: screenshotPath("student-jesse-mulder-telefoon"), fullPage: true });
  });

  it("het html-rapport past op de telefoon", async () => {
    await openOnPhone("rapport.html");
    expect(await phone.evaluate(overflowingElements)).toEqual([]);
    await phone.screenshot({ path: screenshotPath("html-rapport-telefoon"), fullPage: true });
  });

  it("nummert de markeringen in leesvolgorde", async () => {
    await openOnPhone("jesse-mulder.html");
    const numbers = await phone.locator("#script sup.ref a").allTextContents();
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers.map(Number)).toEqual([...numbers.map(Number)].sort((a, b) => a - b));
    // The explanations beside the lines follow the same order.
    const panels = await phone.locator("#script li.problem .badge").allTextContents();
    expect(panels.map(Number)).toEqual([...panels.map(Number)].sort((a, b) => a - b));
  });

  it("het overzicht past en zijn voettekst beschrijft wat erop staat", async () => {
    await openOnPhone("overzicht.html");
    expect(await phone.evaluate(overflowingElements)).toEqual([]);
    const footer = await phone.textContent("footer");
    expect(footer).not.toContain("Markeringen");
    expect(footer).toContain("feedbackpagina");
    await phone.screenshot({ path: screenshotPath("klas-overzicht-telefoon"), fullPage: true });
  });

  it("een onleesbaar script krijgt alleen de reden, geen tabel met nul aftrek", async () => {
    const text = "Kees: Goedemiddag, met Kees van Enerva.\nMevrouw De Vries: Ik heb geen stroom.\n";
    const result = { ...(await lint(text, { filePath: "/klas/kees.txt", keepSource: true })), source: text };
    const [script] = gradeScripts([result], klasRubric, () => "kees.txt");
    expect(script!.score.unreadable).toBeDefined();
    writeFileSync(join(temp, "kees.html"), studentPage(script!, klasRubric, klasInfo));
    await openOnPhone("kees.html");
    expect(await phone.locator("table").count()).toBe(0);
    const reason = await phone.locator("p.fail").first().textContent();
    expect(reason).toContain("niet beoordeeld");
    // The reason stands once, at its mark: the line above links to it.
    expect(await phone.locator("p.fail a").getAttribute("href")).toBe("#script-p1");
    expect(await phone.textContent("#script-p1")).toContain('Onbekende sprekers: "Kees", "Mevrouw De Vries"');
    expect(await phone.textContent("footer")).toContain("niet beoordeeld");
    expect(await phone.evaluate(overflowingElements)).toEqual([]);
    await phone.screenshot({ path: screenshotPath("student-onleesbaar-telefoon"), fullPage: true });
  });

  it("op papier: geen schuifvak, de tabel op volle breedte en het menu weg", async () => {
    await openOnPhone("jesse-mulder.html");
    await phone.emulateMedia({ media: "print" });
    const printed = await phone.evaluate(() => ({
      overflow: getComputedStyle(document.querySelector(".table-box")!).overflowX,
      nav: getComputedStyle(document.querySelector("nav.files")!).display,
      header: getComputedStyle(document.querySelector("thead")!).display,
    }));
    expect(printed).toEqual({ overflow: "visible", nav: "none", header: "table-header-group" });
    await phone.emulateMedia({ media: "screen" });
  });
});
