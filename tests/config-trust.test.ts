// A config in a folder below the one beleefd starts in (a student's folder) may not run code, and in
// `grade` it cannot change the teacher's rules or rubric. Through the built CLI, as a teacher runs it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, ensureBuilt } from "./support/build.js";
import { runCli } from "./support/cli.js";

let temp: string;
beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "beleefd-trust-"));
}, 60_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of the sample class in which Daan Bos (35 points, 4,2) hands in from his own folder. */
function classroom(name: string, studentConfig?: string): { dir: string; marker: string } {
  const dir = join(temp, name);
  cpSync(join(ROOT, "fixtures/klas"), join(dir, "klas"), { recursive: true });
  const student = join(dir, "klas/student-b");
  mkdirSync(student);
  renameSync(join(dir, "klas/daan-bos.md"), join(student, "daan-bos.md"));
  const marker = join(student, "uitgevoerd.txt");
  writeFileSync(join(student, "helper.js"), `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(marker)}, "ja");\nexport default { rules: {} };\n`);
  if (studentConfig !== undefined) writeFileSync(join(student, ".beleefdrc.json"), studentConfig);
  return { dir, marker };
}

const PLUGIN_CONFIG = JSON.stringify({ plugins: ["./helper.js"] });

function beleefd(cwd: string, ...args: string[]) {
  return runCli(args, { cwd, env: { NO_COLOR: "1" } });
}

describe("een configuratie in een map onder de startmap laadt geen code", () => {
  it("beleefd klas: duidelijke fout met bestand en sleutel, de plugin is niet uitgevoerd", () => {
    const { dir, marker } = classroom("lint", PLUGIN_CONFIG);
    const run = beleefd(dir, "klas");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("beleefd: configuratiefout: klas/student-b/.beleefdrc.json: plugins: './helper.js' wordt niet geladen");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(marker)).toBe(false);
  });

  it("--print-config voert de plugin evenmin uit", () => {
    const { dir, marker } = classroom("print", PLUGIN_CONFIG);
    const run = beleefd(dir, "--print-config", "klas/student-b/daan-bos.md");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("klas/student-b/.beleefdrc.json: plugins:");
    expect(existsSync(marker)).toBe(false);
  });

  it("ook niet via een absoluut pad of een extends-keten", () => {
    const { dir, marker } = classroom("absoluut", JSON.stringify({ extends: "./basis.json" }));
    writeFileSync(join(dir, "klas/student-b/basis.json"), JSON.stringify({ plugins: [join(dir, "klas/student-b/helper.js")] }));
    const run = beleefd(dir, "klas/student-b");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("klas/student-b/basis.json: plugins:");
    expect(existsSync(marker)).toBe(false);
  });

  it("dezelfde configuratie met --config gekozen wordt wel geladen", () => {
    const { dir, marker } = classroom("gekozen", PLUGIN_CONFIG);
    const run = beleefd(dir, "--config", "klas/student-b/.beleefdrc.json", "klas/student-b/daan-bos.md");
    expect(run.stderr).not.toContain("wordt niet geladen");
    expect(existsSync(marker)).toBe(true);
  });

  it("een configuratie zonder code in een submap geldt gewoon", () => {
    const { dir } = classroom("zonder-code", JSON.stringify({ extends: "beleefd:recommended", rules: { greeting: "off" } }));
    const run = beleefd(dir, "--format", "json", "klas/student-b");
    expect(run.stderr).toBe("");
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(result!.messages.some((m) => m.ruleId === "greeting")).toBe(false);
  });
});

describe("beleefd grade: de configuratie van de docent geldt", () => {
  it("een plugin in een studentmap wordt niet uitgevoerd; de docent hoort van het bestand", () => {
    const { dir, marker } = classroom("grade-plugin", PLUGIN_CONFIG);
    const run = beleefd(dir, "grade", "klas");
    // 1: the class has one script that cannot be graded (zoe-claes.txt); the grading itself ran.
    expect(run.code, run.stderr).toBe(1);
    expect(existsSync(marker)).toBe(false);
    expect(run.stderr).toContain("beleefd: klas/student-b/.beleefdrc.json: configbestand in de klasmap genegeerd");
    const overview = readFileSync(join(dir, "beoordeling/overzicht.html"), "utf8");
    expect(overview).toContain("Genegeerde configuratiebestanden");
    expect(overview).toContain("<li><code>klas/student-b/.beleefdrc.json</code></li>");
  });

  it("{ } in een studentmap verandert het cijfer niet", () => {
    const honest = classroom("grade-eerlijk");
    const cheat = classroom("grade-leeg", "{ }");
    expect(beleefd(honest.dir, "grade", "klas").code).toBe(1);
    const run = beleefd(cheat.dir, "grade", "klas");
    expect(run.code).toBe(1);
    const grades = (dir: string) => readFileSync(join(dir, "beoordeling/cijfers.csv"), "utf8");
    expect(grades(cheat.dir)).toContain("klas/student-b/daan-bos.md;Daan Bos;35;4,2;nee");
    expect(grades(cheat.dir)).toBe(grades(honest.dir));
  });

  it("zonder configbestanden bij de studenten geen melding", () => {
    const { dir } = classroom("grade-schoon");
    const run = beleefd(dir, "grade", "klas");
    expect(run.stderr).not.toContain("genegeerd");
    expect(readFileSync(join(dir, "beoordeling/overzicht.html"), "utf8")).not.toContain("Genegeerde configuratiebestanden");
  });
});
