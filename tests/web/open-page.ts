// The trainee web page in a real headless Chromium: built once with Vite into a temp folder,
// served from a subfolder (as on GitHub Pages) by a tiny static server on 127.0.0.1.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "../support/browser.js";
import { serveFolder, type StaticServer } from "../support/static-server.js";

const ROOT = resolve(import.meta.dirname, "../..");

export interface WebSite {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function buildSite(): Promise<WebSite> {
  const site = await mkdtemp(join(tmpdir(), "beleefd-web-"));
  await build({ configFile: join(ROOT, "web/vite.config.ts"), logLevel: "silent", build: { outDir: join(site, "oefenen") } });
  const server: StaticServer = await serveFolder(site);
  const browser = await launchBrowser();
  return {
    url: `${server.url}oefenen/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await rm(site, { recursive: true, force: true });
    },
  };
}

/** Builds and serves the page once for the test file; the returned function gives the site. */
export function useSite(): () => WebSite {
  let site: WebSite | undefined;
  beforeAll(async () => {
    site = await buildSite();
  }, 60_000);
  afterAll(async () => {
    await site?.close();
  });
  return () => site!;
}

export interface OpenPage {
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Uncaught errors and console errors in the page. */
  errors: string[];
}

export async function openPage(site: WebSite, viewport = { width: 1280, height: 900 }): Promise<OpenPage> {
  const context = await site.browser.newContext({ viewport });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(site.url, { waitUntil: "load" });
  return { page, requests, errors };
}

/** Pastes `text` into the call field as a trainee does: a paste event, then the new text. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.focus("#tekst");
  await page.evaluate((value) => {
    const area = document.querySelector<HTMLTextAreaElement>("#tekst")!;
    const data = new DataTransfer();
    data.setData("text/plain", value);
    area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    area.value = value;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}
