// English calls: the language is chosen per file, the English pack's words and wording reach the
// rules through the same engine, and rules with no English meaning stay silent.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { presetConfig } from "../src/config/presets.js";
import { lintText, parseText } from "../src/engine/linter.js";
import { chooseLanguage, declaredLanguage, detectLanguage } from "../src/lang/choose.js";
import { loadLanguage } from "../src/lang/index.js";
import { describeSentences } from "../src/describe.js";
import type { ResolvedConfig } from "../src/types.js";

const all = presetConfig("beleefd:all", builtinRules);

async function lint(text: string, config: ResolvedConfig = all, filePath = "call.txt") {
  return lintText(text, { filePath, config, rules: builtinRules });
}

const HOLD_WITHOUT_ASKING = `Agent: Good afternoon, this is Sarah from Northwind Energy, how can I help you?
Customer: Hi, it's Daniel Price. I've had no hot water since Monday.
Agent: One sec, I'll check that.
[hold]
`;

describe("de taal van een gesprek kiezen", () => {
  it("front matter taal: of language: zegt het", () => {
    expect(declaredLanguage("---\ntaal: en\n---\nAgent: Hallo\n")).toBe("en");
    expect(declaredLanguage("---\nlanguage: 'en' # Engels\nrichting: inbound\n---\n")).toBe("en");
    expect(declaredLanguage("WEBVTT\nLanguage: en\n\n1\n00:00:01.000 --> 00:00:02.000\nHi\n")).toBe("en");
    expect(declaredLanguage("Agent: language: en\n")).toBeUndefined();
  });

  it("zonder aanwijzing herkent beleefd duidelijk Engels en houdt twijfel Nederlands", () => {
    expect(detectLanguage(HOLD_WITHOUT_ASKING)).toBe("en");
    expect(detectLanguage("Agent: Goedemiddag, u spreekt met Sigrid van Enerva, wat kan ik voor u doen?\nKlant: Ik heb een vraag over mijn rekening.\n")).toBeUndefined();
    // A few English words in a Dutch call ("sorry", "okay", "help") do not make it English.
    expect(detectLanguage("Agent: Sorry, okay, ik ga het even voor u na. Heeft u een moment? De helpdesk belt u terug.\n")).toBeUndefined();
    expect(detectLanguage("Agent: Hello.\nCustomer: Hi.\n")).toBeUndefined();
  });

  it("de front matter gaat voor de configuratie, de configuratie voor wat de woorden laten zien", () => {
    expect(chooseLanguage("---\ntaal: nl\n---\n" + HOLD_WITHOUT_ASKING, "en")).toBe("nl");
    expect(chooseLanguage("Agent: Goedemiddag, met Sigrid.\n", "en")).toBe("en");
    expect(chooseLanguage(HOLD_WITHOUT_ASKING, "nl")).toBe("nl");
    expect(chooseLanguage(HOLD_WITHOUT_ASKING, undefined)).toBe("en");
  });

  it("een onbekende taal geeft een Nederlandse waarschuwing met de plaats, en het gesprek wordt als Nederlands gelezen", async () => {
    const result = await lint("---\ntaal: fr\n---\nAgent: Goedemiddag, u spreekt met Sigrid van Enerva, wat kan ik voor u doen?\n", all, "gesprek.txt");
    const warning = result.messages.find((m) => m.ruleId === null);
    expect(warning).toMatchObject({ line: 1, column: 1, severity: 1 });
    expect(warning?.message).toBe('Onbekende taal "fr" in het bestand: beleefd kent nl, en. Het gesprek wordt als Nederlands gelezen.');
  });

  it("het gekozen pakket bereikt de regels en de fasen", async () => {
    const parsed = await parseText(HOLD_WITHOUT_ASKING, { filePath: "call.txt", config: all });
    expect(parsed.language.code).toBe("en");
    expect(parsed.conversation.calls[0]!.meta.language).toBe("en");
    expect(parsed.conversation.calls[0]!.items[0]!.phase).toBe("aanvang");
    const dutch = await parseText("Agent: Goedemiddag, u spreekt met Sigrid van Enerva.\n", { filePath: "gesprek.txt", config: all });
    expect(dutch.language.code).toBe("nl");
    expect(dutch.conversation.calls[0]!.meta.language).toBeUndefined();
  });
});

describe("Engelse gesprekken", () => {
  it("meldingen en suggesties in het Engels, met een Engelse naam voor de klant", async () => {
    const result = await lint(HOLD_WITHOUT_ASKING);
    const hold = result.messages.find((m) => m.ruleId === "hold-ask-permission");
    expect(hold?.message).toBe("You put the customer on hold without asking first. Ask permission and wait for the answer, for example: 'Could you hold for a moment, Mrs Johnson? I'll check that for you.'");
    expect(hold?.suggestions?.[0]).toMatchObject({ desc: "Add: 'Could you hold for a moment, Mrs Johnson? I'll check that for you.'" });
    expect(result.messages.filter((m) => m.ruleId === "greeting")).toEqual([]);
  });

  it.each([
    "Ashworth Borough Council, Tom speaking. Good morning, how can I help?",
    "Good morning, St Bride's Primary School, Mrs Kaur speaking. How can I help?",
    "good morning northwind energy tom speaking how can i help",
  ])("'… speaking' noemt de eigen naam, en wat ervoor staat de organisatie: %s", async (opening) => {
    const result = await lint(`---\nlanguage: en\n---\nAgent: ${opening}\nCustomer: Hi, my heating has stopped since last night.\n`);
    expect(result.messages.filter((m) => m.ruleId === "greeting")).toEqual([]);
  });

  it("regels zonder Engelse betekenis draaien niet; tijdregels wel", async () => {
    const text = `[00:00:01-00:00:05] Agent: Good morning, this is Tom from Elmwood Bank, how can I help you?
[00:00:06-00:00:10] Customer: Hi, I'd like to know the balance on my account.
[00:00:40-00:00:44] Agent: Your balance is two hundred pounds. Do you want me to send it to you by email as well?
`;
    const result = await lint(text);
    const ids = new Set(result.messages.map((m) => m.ruleId));
    expect(ids.has("max-silence")).toBe(true);
    expect(result.messages.find((m) => m.ruleId === "max-silence")?.message).toContain("the line was silent for 30 seconds");
    for (const skipped of ["no-tutoyeren", "consistent-address", "greeting-time-of-day", "phase-order"]) expect(ids.has(skipped)).toBe(false);
  });

  it("een Engels script met Engelse koppen krijgt zijn fasen uit de koppen", async () => {
    const text = readFileSync(new URL("../fixtures/lang-en/boiler-repair-script.md", import.meta.url), "utf8");
    const parsed = await parseText(text, { filePath: "script.md", config: all });
    expect(parsed.conversation.calls[0]!.meta.phaseSource).not.toBe("inferred");
    expect(parsed.conversation.calls[0]!.items.map((item) => item.phase)).toEqual(["aanvang", "aanvang", "analyse", "analyse", "aanbod", "afsluiting"]);
    const result = await lint(text, all, "script.md");
    expect(result.messages.map((m) => `${m.ruleId}:${m.messageId}:${m.line}`)).toEqual(["closing:noFurtherQuestions:24", "closing:noGoodDay:24"]);
    expect(result.messages[0]!.message).toMatch(/^You do not ask whether the customer has any other questions/);
  });

  it("zinnen krijgen dezelfde handelingen als in het Nederlands", async () => {
    const en = await loadLanguage("en");
    const acts = (text: string, speaker: "agent" | "customer" = "agent") => describeSentences(text, speaker, undefined, en).map((s) => [...s.acts, s.question ?? ""].filter(Boolean).join(" "));
    expect(acts("Could you hold for a moment while I check that")).toEqual(["question holdRequest closed"]);
    expect(acts("When did the problem start?")).toEqual(["question open"]);
    expect(acts("So you've had no signal since Monday, is that right?")).toEqual(["question summary control"]);
    expect(acts("Is there anything else I can help you with?")).toEqual(["question furtherQuestions closed"]);
    expect(acts("I'll send you a new card today.")).toEqual(["offer"]);
    expect(acts("My card was stolen yesterday and I'm really worried.", "customer")).toEqual(["badNews emotion"]);
    // Grammar, not word lists: a noun as subject after "does" makes a question without "?".
    expect(acts("does the router show a red light")).toEqual(["question closed"]);
  });
});

describe("de Engelse taalbestanden", () => {
  it("voldoen aan dezelfde JSON Schema's als de Nederlandse, en elk patroon compileert", async () => {
    const { validatorFor } = await import("../src/shared/ajv.js");
    const { compilePattern } = await import("../src/text/pattern.js");
    const read = (name: string) => JSON.parse(readFileSync(new URL(`../src/lang/${name}`, import.meta.url), "utf8")) as Record<string, unknown>;
    const phrases = read("en/phrases.en.json") as Record<string, string[]>;
    const cues = read("en/phase-cues.en.json") as { cues: Array<{ phrases?: string[]; lists?: string[] }> };
    for (const [data, schema] of [[phrases, "phrases"], [read("en/advice.en.json"), "advice"], [cues, "phase-cues"]] as const) {
      const validate = validatorFor(read(`schemas/${schema}.schema.json`));
      expect(validate(data), `${schema}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    for (const pattern of [...Object.values(phrases).flat(), ...cues.cues.flatMap((group) => group.phrases ?? [])]) expect(() => compilePattern(pattern), pattern).not.toThrow();
    for (const list of cues.cues.flatMap((group) => group.lists ?? [])) expect(Object.keys(phrases)).toContain(list);
  });
});
