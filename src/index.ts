// The public API for Node programs: the browser-safe API plus linting files on disk.
export * from "./browser.js";
export { lintFiles, lintFileStream, type LintFilesOptions } from "./files.js";
export { loadRuleDoc } from "./docs/load.js";
