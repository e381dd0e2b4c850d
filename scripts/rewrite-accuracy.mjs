// The je → u rewrite against fixtures/eval/rewrite.json: each sentence as the agent's line of a
// small script, linted with only no-tutoyeren. A "fix" sentence counts when --fix alone gives the
// expected text; a "suggestion" sentence when the fixes plus the first suggestion of every other
// message give it, and --fix alone did not rewrite it wrongly on its own.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const OPENING = "# Gesprek\n\n**Agent:** Goedemorgen, u spreekt met Sigrid van Enerva. Waarmee kan ik u helpen?\n**Klant:** Ik heb een vraag over mijn rekening.\n**Agent:** ";
const CONFIG = { rules: { "no-tutoyeren": "error" } };

function agentLine(text) {
  return text.slice(OPENING.length).replace(/\n$/, "");
}

/** Applies non-overlapping edits, left to right. */
function applyEdits(text, edits) {
  let out = "";
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.range[0] - b.range[0])) {
    if (edit.range[0] < at) continue;
    out += text.slice(at, edit.range[0]) + edit.text;
    at = edit.range[1];
  }
  return out + text.slice(at);
}

export async function rewriteAccuracy(api, root) {
  const { sentences } = JSON.parse(readFileSync(join(root, "fixtures/eval/rewrite.json"), "utf8"));
  const score = { fix: { right: 0, total: 0, misses: [] }, suggestion: { right: 0, total: 0, misses: [] }, wrongFixes: [] };
  for (const item of sentences) {
    const text = `${OPENING}${item.sentence}\n`;
    const fixed = await api.lint(text, { filePath: "script.md", config: CONFIG, fix: true });
    const fixOutput = agentLine(fixed.output ?? text);
    const plain = await api.lint(text, { filePath: "script.md", config: CONFIG });
    const edits = plain.messages.flatMap((m) => (m.fix ? [m.fix] : m.suggestions?.length ? [m.suggestions[0].fix] : []));
    const suggested = agentLine(applyEdits(text, edits));
    const bucket = score[item.as];
    bucket.total++;
    const right = item.as === "fix" ? fixOutput === item.expected : suggested === item.expected;
    if (right) bucket.right++;
    else bucket.misses.push({ sentence: item.sentence, expected: item.expected, got: item.as === "fix" ? fixOutput : suggested });
    // A fix that changes the sentence into something neither the original nor on the way to the expected text.
    if (fixOutput !== item.sentence && fixOutput !== item.expected && item.as === "suggestion" && suggested !== item.expected) score.wrongFixes.push(item.sentence);
  }
  return score;
}

export async function printRewriteAccuracy(api, root, details = true) {
  const score = await rewriteAccuracy(api, root);
  const pct = (s) => (s.total ? `${((100 * s.right) / s.total).toFixed(1)}%` : "-");
  console.log(`\n\n=== je → u herschrijven (fixtures/eval/rewrite.json: ${score.fix.total + score.suggestion.total} zinnen) ===\n`);
  console.log(`  fix (--fix past toe), exact goed:            ${score.fix.right}/${score.fix.total} ${pct(score.fix)}`);
  console.log(`  suggestie (eerste suggestie), exact goed:    ${score.suggestion.right}/${score.suggestion.total} ${pct(score.suggestion)}`);
  if (!details) return;
  for (const m of score.fix.misses) console.log(`  fix       ${m.sentence}  →  ${m.got}  (verwacht: ${m.expected})`);
  for (const m of score.suggestion.misses) console.log(`  suggestie ${m.sentence}  →  ${m.got}  (verwacht: ${m.expected})`);
}
