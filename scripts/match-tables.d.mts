// Types for scripts/match-tables.mjs, which scripts/build.mjs uses and a test checks.
/** Matches the path of src/lang/nl/match-tables.ts, which the finished table replaces. */
export declare const MATCH_TABLES_MODULE: RegExp;
/** The Dutch match table as an ES module (`export const dutchMatchTables = …`). */
export declare function matchTablesModule(): Promise<string>;
/** The esbuild plugin that puts the finished table in place of src/lang/nl/match-tables.ts. */
export declare const precompiledMatchTables: { name: string; setup(build: unknown): void };
