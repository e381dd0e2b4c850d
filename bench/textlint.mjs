// A second reference for throughput: textlint with one trivial rule on the same files. It is
// installed once into a folder under the system's temp folder (never into this project), with
// `npm install --no-save --prefix`; when npm cannot reach its registry the reference is missing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const VERSION = "15.8.0";

// Ten lines, as a company would write its first rule: flag "hallo" as a greeting.
const RULE = `module.exports = function (context) {
  const { Syntax, RuleError, report, getSource } = context;
  return {
    [Syntax.Str](node) {
      const match = /(?<!\\p{L})hallo(?!\\p{L})/iu.exec(getSource(node));
      if (match) report(node, new RuleError("Begroet met goedemorgen of goedemiddag.", { index: match.index }));
    },
  };
};
`;

/** The command that runs textlint with the rule (files to be appended), or { missing: reason }. */
export function prepareTextlint(dir = join(tmpdir(), `beleefd-bench-textlint-${VERSION}`)) {
  const bin = join(dir, "node_modules", "textlint", "bin", "textlint.js");
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    const install = spawnSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", dir, `textlint@${VERSION}`], { encoding: "utf8", timeout: 300_000 });
    if (install.status !== 0 || !existsSync(bin)) {
      const reason = (install.stderr || install.error?.message || "").trim().split("\n").at(-1);
      return { missing: `npm install textlint@${VERSION} lukte niet${reason ? ` (${reason})` : ""}` };
    }
  }
  const rules = join(dir, "rules");
  mkdirSync(rules, { recursive: true });
  writeFileSync(join(rules, "greeting.js"), RULE);
  return { argv: ["node", bin, "--rulesdir", rules, "--format", "json"], version: VERSION };
}

/** True when a textlint run read the files: its JSON came out (exit 0 or 1, as for beleefd). */
export const textlintRan = (run) => run.status === 0 || run.status === 1;
