// The package as a company gets it: `npm pack`, installed into an empty project with
// `npm install --save-dev`, run with `npx beleefd`, and its API type-checked and run from TypeScript.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, ROOT } from "./support/build.js";

// npm's own variables from a surrounding `npm test` (its prefix, its config) must not steer the
// installs below: they belong to this repository, not to the empty project.
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

function npm(args: string[], cwd: string): string {
  return execFileSync("npm", args, { cwd, env: cleanEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

interface PackedFile {
  path: string;
}

const work = mkdtempSync(join(tmpdir(), "beleefd-package-"));
const project = join(work, "belscripts-bedrijf");
let packedFiles: string[] = [];

beforeAll(() => {
  ensureBuilt();
  // dist/ is current (ensureBuilt); --ignore-scripts keeps `prepack` from rebuilding it under the
  // feet of the other test files that run the CLI at the same time.
  const [packed] = JSON.parse(npm(["pack", "--ignore-scripts", "--json", "--pack-destination", work], ROOT)) as {
    filename: string;
    files: PackedFile[];
  }[];
  packedFiles = packed!.files.map((file) => file.path);
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "belscripts-bedrijf", private: true, type: "module" }));
  npm(["install", "--save-dev", "--prefer-offline", "--no-audit", "--no-fund", join(work, packed!.filename)], project);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed package", () => {
  it("ships the built code, its types, the JSON Schemas and the rule pages, and no sources or tests", () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        "dist/cli.js",
        "dist/index.js",
        "dist/browser/index.js",
        "dist/types/src/index.d.ts",
        "dist/types/src/browser.d.ts",
        "dist/rule.js",
        "dist/types/src/rule.d.ts",
        "src/config/config.schema.json",
        "src/parsers/json/transcript.schema.json",
        "src/parsers/metadata/metadata.schema.json",
        "rules/no-tutoyeren.md",
        "src/lang/en/docs/closing.md",
      ]),
    );
    expect(packedFiles.filter((file) => /\.ts$/.test(file) && !file.endsWith(".d.ts"))).toEqual([]);
    expect(packedFiles.some((file) => file.startsWith("tests/") || file.startsWith("node_modules/"))).toBe(false);
  });

  it("installs as a devDependency with only its runtime dependencies, and no install scripts", () => {
    const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8"));
    expect(Object.keys(manifest.devDependencies)).toEqual(["beleefd"]);
    const installed = JSON.parse(readFileSync(join(project, "node_modules", "beleefd", "package.json"), "utf8"));
    // compromise: the English pack's grammar, loaded only for English calls.
    expect(Object.keys(installed.dependencies).sort()).toEqual(["ajv", "compromise"]);
    expect(Object.keys(installed.scripts ?? {}).filter((name) => /install|prepare/.test(name))).toEqual([]);
  });

  it("runs with npx beleefd on a transcript and a Markdown script with front matter", () => {
    writeFileSync(
      join(project, "gesprek.txt"),
      "Agent: Goedemiddag, u spreekt met Sanne van Fietsplein. Waarmee kan ik je helpen?\nKlant: Mijn fiets maakt een raar geluid.\n",
    );
    mkdirSync(join(project, "scripts"));
    writeFileSync(
      join(project, "scripts", "storing.md"),
      "---\nrichting: inbound\norganisatie: Energie Zuid\n---\n\n# Storing\n\n## Aanvang\n\n- **Agent:** Hoi, wat is er?\n- **Klant:** (vertelt)\n",
    );
    const run = spawnSync("npx", ["--no-install", "beleefd", "--format", "compact", "gesprek.txt", "scripts/"], {
      cwd: project,
      env: cleanEnv(),
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("gesprek.txt: line 1, col 72, Error - Je spreekt de klant aan met 'je'");
    expect(run.stdout).toContain("scripts/storing.md: line 10, col 14, Error - Je begroet de klant met 'Hoi'");
  });

  it("gives TypeScript the types of the API, beleefd/browser and beleefd/rule: a consumer compiles and runs, a wrong call does not compile", () => {
    writeFileSync(join(project, "consumer.ts"), CONSUMER);
    // A wrong option type must be an error, so the types are not `any`.
    writeFileSync(join(project, "wrong.ts"), 'import { lint } from "beleefd";\nawait lint("Agent: Hallo.", { filePath: 42 });\n');
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify(CONSUMER_TSCONFIG));
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const check = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project, encoding: "utf8" });
    expect(check.stdout.trim().split("\n")).toEqual(["wrong.ts(2,31): error TS2322: Type 'number' is not assignable to type 'string'."]);
    const run = spawnSync(process.execPath, ["out/consumer.js"], { cwd: project, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout);
    expect(out.inNode).toContain("no-tutoyeren");
    expect(out.inBrowserEntry).toEqual(out.inNode);
    expect(out).toMatchObject({ plugin: ["huis/geen-hoi"], files: 1, stylish: true, own: true });
  }, 180_000);
});

const CONSUMER_TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    // Check the package's declarations too, as a consumer without skipLibCheck would.
    skipLibCheck: false,
    outDir: "out",
    // The consumer has Node's types as any Node project does; borrowed from this repository.
    typeRoots: [join(ROOT, "node_modules", "@types")],
    types: ["node"],
  },
  files: ["consumer.ts", "wrong.ts"],
};

const CONSUMER = `import { formatters, lint, lintFiles, type Formatter, type FormatterContext, type LintResult, type Rule } from "beleefd";
import { lint as lintInBrowser } from "beleefd/browser";
import { defineRule, speaksToCustomer, tokenSpan, tokensOf, type Call, type Turn } from "beleefd/rule";

const text = "Agent: Goedemorgen, u spreekt met Joris van de Stadsbank. Hoe kan ik je helpen?\\nKlant: Hoi, ik wil mijn pas blokkeren.\\n";
const ruleIds = (result: LintResult): (string | null)[] => [...new Set(result.messages.map((message) => message.ruleId))];

const noHoi: Rule = defineRule({
  meta: {
    type: "suggestion",
    docs: { description: "Begin niet met hoi.", recommended: false },
    messages: { hoi: "Zeg geen '{{word}}' tegen een klant." },
  },
  create(context) {
    return {
      Turn(turn: Turn, call: Call) {
        const { tokens } = tokensOf(turn);
        const at = tokens.findIndex((token) => token.norm === "hoi");
        if (speaksToCustomer(call, turn) && at >= 0) {
          context.report({ node: turn, span: tokenSpan(turn, tokens, at, at + 1), messageId: "hoi", data: { word: tokens[at]!.value } });
        }
      },
    };
  },
});

const inNode = await lint(text, { filePath: "gesprek.txt" });
const inBrowserEntry = await lintInBrowser(text, { filePath: "gesprek.txt" });
const plugin = await lint("Agent: Hoi, met Joris van de Stadsbank.\\nKlant: Dag.\\n", {
  filePath: "gesprek.txt",
  config: { plugins: ["beleefd-plugin-huis"], rules: { "huis/geen-hoi": "warn" } },
  plugins: { "beleefd-plugin-huis": { rules: { "geen-hoi": noHoi } } },
});
const files = await lintFiles(["gesprek.txt"], { cwd: process.cwd() });
const stylish: string = formatters.stylish(files, { cwd: process.cwd(), color: false, rulesMeta: {} });
// A formatter of the user's own, typed with the exported Formatter and FormatterContext.
const context: FormatterContext = { cwd: process.cwd(), color: false, rulesMeta: {} };
const countOnly: Formatter = (results, { cwd }) => \`\${results.length} bestand in \${cwd}\`;

console.log(
  JSON.stringify({
    inNode: ruleIds(inNode),
    inBrowserEntry: ruleIds(inBrowserEntry),
    plugin: ruleIds(plugin),
    files: files.length,
    stylish: stylish.includes("no-tutoyeren"),
    own: countOnly(files, context) === \`1 bestand in \${process.cwd()}\`,
  }),
);
`;
