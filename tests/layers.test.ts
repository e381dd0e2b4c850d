// The import arrows between the layers run one way: a lower layer never imports a higher one.
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/build.js";
import { importsOf, layerViolations, projectImports, sourceFiles, staleExceptions, unplacedFiles, type ImportEdge } from "./support/imports.js";
import { EXCEPTIONS, LAYERS, type Layer } from "./support/layers.js";

const CHECKED = ["src", "rules"];

describe("the layer check", () => {
  const layers: Layer[] = [
    { name: "shared", paths: ["src/shared/"], holds: "" },
    { name: "engine", paths: ["src/engine/"], holds: "" },
    { name: "cli", paths: ["src/cli.ts", "src/cli/"], holds: "" },
  ];
  const edge = (from: string, to: string, typeOnly = false): ImportEdge => ({ from, to, specifier: `./${to}`, line: 3, typeOnly });

  it("lets an import go down or stay in its layer", () => {
    const graph = [edge("src/cli.ts", "src/engine/linter.ts"), edge("src/engine/linter.ts", "src/shared/ajv.ts"), edge("src/cli/args.ts", "src/cli.ts")];
    expect(layerViolations(layers, graph)).toEqual([]);
  });

  it("fails on a deliberately wrong import, naming the file, the import and both layers", () => {
    const graph = [edge("src/shared/ajv.ts", "src/engine/linter.ts"), edge("src/engine/report.ts", "src/cli/args.ts", true)];
    expect(layerViolations(layers, graph)).toEqual([
      "src/shared/ajv.ts:3: import './src/engine/linter.ts' gaat omhoog: laag 'shared' mag laag 'engine' niet importeren (src/engine/linter.ts).",
      "src/engine/report.ts:3: type-import './src/cli/args.ts' gaat omhoog: laag 'engine' mag laag 'cli' niet importeren (src/cli/args.ts).",
    ]);
  });

  it("gives a file to the layer with the longest path that holds it", () => {
    const nested: Layer[] = [...layers, { name: "api", paths: ["src/"], holds: "" }];
    expect(layerViolations(nested, [edge("src/decode.ts", "src/engine/linter.ts")])).toEqual([]);
    expect(layerViolations(nested, [edge("src/engine/linter.ts", "src/decode.ts")])).toEqual([
      "src/engine/linter.ts:3: import './src/decode.ts' gaat omhoog: laag 'engine' mag laag 'api' niet importeren (src/decode.ts).",
    ]);
  });

  it("lets a listed exception pass, and fails when it is no longer needed", () => {
    const wrong = [edge("src/engine/report.ts", "src/cli/args.ts")];
    const exception = { from: "src/engine/report.ts", to: "src/cli/args.ts" };
    expect(layerViolations(layers, wrong, [exception])).toEqual([]);
    expect(staleExceptions(wrong, [exception])).toEqual([]);
    expect(staleExceptions([], [exception])).toEqual([
      "de uitzondering src/engine/report.ts → src/cli/args.ts is niet meer nodig: haal haar weg uit tests/support/layers.ts.",
    ]);
  });

  it("names a file that belongs to no layer", () => {
    expect(unplacedFiles(layers, ["src/engine/linter.ts", "src/nieuw/map.ts"])).toEqual([
      "src/nieuw/map.ts hoort bij geen laag: zet het pad in tests/support/layers.ts.",
    ]);
  });

  it("reads static, re-exported, dynamic and type imports, and which are type-only", () => {
    const text = [
      'import { a } from "../shared/a.js";',
      'import type { B } from "./b.js";',
      'import { type C, type D } from "./c.js";',
      'export * from "./e.js";',
      'import ajv from "ajv";',
      "const f = () => import('../cli/f.js');",
      'let g: import("../formatters/g.js").G;',
    ].join("\n");
    expect(importsOf("src/engine/x.ts", text).map((e) => [e.to, e.line, e.typeOnly])).toEqual([
      ["src/shared/a.ts", 1, false],
      ["src/engine/b.ts", 2, true],
      ["src/engine/c.ts", 3, true],
      ["src/engine/e.ts", 4, false],
      ["src/cli/f.ts", 6, false],
      ["src/formatters/g.ts", 7, true],
    ]);
  });
});

describe("the layers of src/ and rules/", () => {
  const edges = projectImports(ROOT, CHECKED);

  it("place every file", () => {
    expect(unplacedFiles(LAYERS, sourceFiles(ROOT, CHECKED))).toEqual([]);
  });

  it("import only their own layer and the layers below", () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(layerViolations(LAYERS, edges, EXCEPTIONS)).toEqual([]);
  });

  it("need every exception they list", () => {
    expect(staleExceptions(edges, EXCEPTIONS)).toEqual([]);
  });
});
