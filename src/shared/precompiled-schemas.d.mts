// Types for src/shared/precompiled-schemas.mjs, which web/build/precompiled.ts imports.
/** Matches the path of src/shared/precompiled.ts, which the precompiled module replaces. */
export declare const PRECOMPILED_MODULE: RegExp;
/** ajv's standalone validators for the schema files and the built-in rules' options, as an ES module. */
export declare function precompiledModule(): Promise<string>;
