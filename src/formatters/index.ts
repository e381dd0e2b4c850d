// The built-in formatters by name. The CLI loads only the one it needs (loadFormatter).
import type { Formatter } from "../types.js";

export const FORMATTER_NAMES = ["stylish", "json", "compact", "sarif", "junit", "github", "html", "grade"] as const;
export type FormatterName = (typeof FORMATTER_NAMES)[number];

/** Formatters that show the files' text: the CLI keeps it on the results only for these. */
export const FORMATTERS_WITH_SOURCE: ReadonlySet<string> = new Set(["html", "grade"]);

export async function loadFormatter(name: FormatterName): Promise<Formatter> {
  switch (name) {
    case "stylish":
      return (await import("./stylish.js")).stylish;
    case "json":
      return (await import("./json.js")).json;
    case "compact":
      return (await import("./compact.js")).compact;
    case "sarif":
      return (await import("./sarif.js")).sarif;
    case "junit":
      return (await import("./junit.js")).junit;
    case "github":
      return (await import("./github.js")).github;
    case "html":
      return (await import("./html.js")).htmlReport;
    case "grade":
      return (await import("./grade.js")).grade;
  }
}
