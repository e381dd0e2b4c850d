// Work must grow linearly with the input: the number of pattern steps for an opening turn of 2n
// bytes is about twice that for n bytes, in every format. Counting steps, not timing, keeps the
// test deterministic; the quadratic self-introduction search it guards against gave a factor ~4.
import { describe, expect, it } from "vitest";
import { callWith, FORMATS, longText, manyTurns } from "../bench/long-inputs.mjs";
import { lint } from "../src/api.js";
import { remarkCanRead } from "../src/parsers/markdown-budget.js";
import { patternSteps } from "../src/text/pattern.js";

async function stepsFor(text: string, filePath: string): Promise<number> {
  const before = patternSteps.count;
  const result = await lint(text, { filePath });
  expect(result.fatalErrorCount).toBe(0);
  return patternSteps.count - before;
}

const N = 20_000;

describe("linear work on long input", () => {
  it.each(FORMATS)("an opening turn twice as long costs about twice the pattern steps (.%s)", async (format) => {
    const filePath = `lang.${format}`;
    await stepsFor(callWith(format, longText(1_000)), filePath); // compile the phrase book first
    const once = await stepsFor(callWith(format, longText(N)), filePath);
    const twice = await stepsFor(callWith(format, longText(2 * N)), filePath);
    expect(once).toBeGreaterThan(1_000);
    expect(twice / once).toBeLessThan(2.3);
  });

  it("twice as many short turns cost about twice the pattern steps", async () => {
    const once = await stepsFor(manyTurns(2_000), "veel.txt");
    const twice = await stepsFor(manyTurns(4_000), "veel.txt");
    expect(twice / once).toBeLessThan(2.3);
  });

  it("hands a long line full of link markup not to remark, yet reads the turn", async () => {
    const line = "[a](".repeat(100_000);
    const text = callWith("md", line);
    expect(remarkCanRead(text)).toBe(false);
    expect(remarkCanRead(callWith("md", longText(N)))).toBe(true);
    const result = await lint(text, { filePath: "lang.md" });
    expect(result.fatalErrorCount).toBe(0);
  });
});
