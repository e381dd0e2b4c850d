// Validators compiled ahead of time, by schema `$id`. Empty here: in the bundle, scripts/build.mjs
// replaces this module with ajv's standalone code for the project's JSON schema files and the
// built-in rules' option schemas, so a CLI run with a config file, rule options or front matter
// neither loads ajv nor compiles those schemas (~25 ms each) on start-up.
import type { ValidateFunction } from "ajv";

export const precompiled: Readonly<Record<string, ValidateFunction>> = {};
