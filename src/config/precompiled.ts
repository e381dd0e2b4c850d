// Validators compiled ahead of time, by schema `$id`. Empty here: in the bundle, scripts/build.mjs
// replaces this module with ajv's standalone code for the project's JSON schema files, so a CLI
// run with a config file or front matter does not compile those schemas (~25 ms each) on start-up.
import type { ValidateFunction } from "ajv";

export const precompiled: Readonly<Record<string, ValidateFunction>> = {};
