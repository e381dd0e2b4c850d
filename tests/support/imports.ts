// Every import between the project's own modules, read with the TypeScript compiler's parser, and
// the check that holds them against the layers of tests/support/layers.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import ts from "typescript";
import type { Layer } from "./layers.js";

export interface ImportEdge {
  /** Importing file, relative to the project root with "/" ("src/engine/linter.ts"). */
  from: string;
  /** Imported file, resolved the same way (".js" written in the import is the ".ts" source). */
  to: string;
  /** The module specifier as written. */
  specifier: string;
  /** 1-based line of the import. */
  line: number;
  typeOnly: boolean;
}

/** The .ts files under the given folders, relative to root. */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: "utf8" })
      .map((path) => posix.join(folder, path.split("\\").join("/")))
      .filter((path) => path.endsWith(".ts") && !path.endsWith(".d.ts")),
  );
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

/** The relative imports of one file: static, `export ... from`, `import()` calls and `import("...")` types. */
export function importsOf(path: string, text: string): ImportEdge[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const edges: ImportEdge[] = [];
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteralLike(specifier) || !specifier.text.startsWith(".")) return;
    const to = posix.normalize(posix.join(posix.dirname(path), specifier.text)).replace(/\.js$/, ".ts");
    const line = file.getLineAndCharacterOfPosition(specifier.getStart(file)).line + 1;
    edges.push({ from: path, to, specifier: specifier.text, line, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, isTypeOnlyImport(node));
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], false);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edges;
}

export function projectImports(root: string, folders: readonly string[]): ImportEdge[] {
  return sourceFiles(root, folders).flatMap((path) => importsOf(path, readFileSync(join(root, path), "utf8")));
}

/** The layer index of a path: the layer with the longest path that holds it, or -1. */
export function layerIndex(layers: readonly Layer[], path: string): number {
  let best = -1;
  let bestLength = -1;
  layers.forEach((layer, index) => {
    for (const prefix of layer.paths) {
      const holds = prefix.endsWith("/") ? path.startsWith(prefix) : path === prefix;
      if (holds && prefix.length > bestLength) [best, bestLength] = [index, prefix.length];
    }
  });
  return best;
}

const kind = (edge: ImportEdge) => (edge.typeOnly ? "type-import" : "import");

/** Files that belong to no layer, in Dutch: a new folder has to be given its place. */
export function unplacedFiles(layers: readonly Layer[], files: readonly string[]): string[] {
  return files.filter((path) => layerIndex(layers, path) < 0).map((path) => `${path} hoort bij geen laag: zet het pad in tests/support/layers.ts.`);
}

/**
 * In Dutch, every import that runs from a lower layer to a higher one. Imports of files outside
 * the layers (package.json) are not held against them.
 */
export function layerViolations(
  layers: readonly Layer[],
  edges: readonly ImportEdge[],
  exceptions: readonly { from: string; to: string }[] = [],
): string[] {
  const problems: string[] = [];
  for (const edge of edges) {
    const from = layerIndex(layers, edge.from);
    const to = layerIndex(layers, edge.to);
    if (from < 0 || to <= from) continue;
    if (exceptions.some((e) => e.from === edge.from && e.to === edge.to)) continue;
    problems.push(
      `${edge.from}:${edge.line}: ${kind(edge)} '${edge.specifier}' gaat omhoog: laag '${layers[from]!.name}' mag laag '${layers[to]!.name}' niet importeren ` +
        `(${edge.to}).`,
    );
  }
  return problems;
}

/** Exceptions that match no import any more: they would let a new upward import pass unseen. */
export function staleExceptions(edges: readonly ImportEdge[], exceptions: readonly { from: string; to: string }[]): string[] {
  return exceptions
    .filter((e) => !edges.some((edge) => edge.from === e.from && edge.to === e.to))
    .map((e) => `de uitzondering ${e.from} → ${e.to} is niet meer nodig: haal haar weg uit tests/support/layers.ts.`);
}
