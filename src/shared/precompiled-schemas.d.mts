// Types for src/shared/precompiled-schemas.mjs, which web/build/precompiled.ts imports.
/** Matches the path of src/shared/precompiled.ts, which the precompiled module replaces. */
export declare const PRECOMPILED_MODULE: RegExp;
/** ajv's standalone validators for the schema files and the built-in rules' options, as an ES module. */
export declare function precompiledModule(): Promise<string>;
/** Marks the validators folder in the lazy module; the build replaces it with a relative path. */
export declare const VALIDATORS_DIR_MARK: string;
/** One CommonJS validator file per schema, and the module that requires them on first use. */
export declare function lazyPrecompiled(): Promise<{ files: Record<string, string>; module: string }>;
