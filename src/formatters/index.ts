// The built-in formatters by name. The CLI loads only the one it needs (loadFormatter).
import type { Formatter } from "../types.js";

export const FORMATTER_NAMES = ["stylish", "json", "compact", "sarif", "junit", "github"] as const;
export type FormatterName = (typeof FORMATTER_NAMES)[number];

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
  }
}
