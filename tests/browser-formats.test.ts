// The timed parsers and the metadata merge do no I/O: the browser bundle lints every format in a
// real Chromium and finds what Node finds.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { lint } from "../src/browser.js";
import { launchBrowser } from "./support/browser.js";
import { ROOT, ensureBuilt } from "./support/build.js";

let server: Server;
let origin: string;

beforeAll(async () => {
  ensureBuilt();
  server = createServer((request, response) => {
    const path = join(ROOT, "dist/browser", (request.url ?? "/").replace(/\?.*$/, ""));
    try {
      const body = path.endsWith("/") ? "<!doctype html><title>beleefd</title>" : readFileSync(path);
      response.writeHead(200, { "content-type": path.endsWith(".js") ? "text/javascript" : "text/html" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const fixture = (name: string) => readFileSync(join(ROOT, "fixtures/parsers", name), "utf8");
const CASES = [
  { filePath: "gesprek.vtt", text: fixture("webshop-features.webvtt.vtt") },
  { filePath: "gesprek.srt", text: fixture("gemeente-afspraak.subrip.srt") },
  { filePath: "gesprek.json", text: fixture("webshop-features.beleefd.json") },
  { filePath: "gesprek.json", text: fixture("contact-lens.transcribe.json") },
  { filePath: "gesprek.json", text: fixture("ivr-handover.ccai.json") },
  {
    filePath: "gesprek.json",
    text: fixture("inbound-hold.whisper.json"),
    metadata: { text: JSON.stringify({ ContactId: "c-7", InitiationMethod: "INBOUND", DisconnectReason: "AGENT_DISCONNECT", Agent: { NumberOfHolds: 1 } }), name: "contact.json" },
  },
];

it("lints WebVTT, SRT, JSON and metadata in a browser as in Node", async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    // A string, not a function: the test runner would rewrite `import()` inside a function.
    const inBrowser = (await page.evaluate(`(async (cases) => {
      const { lint } = await import("/index.js");
      return Promise.all(cases.map(async (c) => (await lint(c.text, c)).messages.map((m) => m.line + ":" + m.column + " " + (m.ruleId ?? m.message))));
    })(${JSON.stringify(CASES)})`)) as string[][];
    const inNode = await Promise.all(CASES.map(async (c) => (await lint(c.text, c)).messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? m.message}`)));
    expect(inBrowser).toEqual(inNode);
    expect(inNode[5]!.some((m) => m.endsWith(" customer-hangs-up-first"))).toBe(true);
  } finally {
    await browser.close();
  }
}, 60_000);
