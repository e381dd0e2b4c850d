// Every built-in formatter, for the public API (the CLI imports them one at a time instead).
import { compact } from "./compact.js";
import { github } from "./github.js";
import { grade } from "./grade.js";
import { htmlReport } from "./html.js";
import { json } from "./json.js";
import { jsonl } from "./jsonl.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";
import type { FormatterName } from "./index.js";

export const formatters: Readonly<Record<FormatterName, Formatter>> = { stylish, json, jsonl, compact, sarif, junit, github, html: htmlReport, grade };
