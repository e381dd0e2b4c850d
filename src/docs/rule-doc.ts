// A rule's Dutch doc page (rules/<id>.md) read into its parts, for `--explain`, the HTML report and
// the web page. Pure: the caller brings the Markdown text, so it runs in a browser too.

/** The part of a formatter's context that docs provide: where a page cannot be read (browsers), it is absent. */
export interface RuleDocContext {
  /** A built-in rule's parsed doc page; undefined for plugin rules. */
  ruleDoc?: (ruleId: string) => RuleDoc | undefined;
}

export interface DocExample {
  /** The fence's language: "txt" for transcripts, "md" for scripts. */
  lang: string;
  code: string;
}

export interface RuleDoc {
  id: string;
  /** The sentence under the title. */
  summary: string;
  /** Section title → its Markdown text, without the heading, trimmed. */
  sections: Record<string, string>;
  /** "Wat controleert deze regel?" */
  what: string;
  /** "Waarom" */
  why: string;
  fout: DocExample[];
  goed: DocExample[];
  /** "Opties" */
  options: string;
}

const FENCE = /^```(\w*)\n([\s\S]*?)^```[ \t]*$/gm;

export function parseRuleDoc(markdown: string): RuleDoc {
  const text = markdown.replace(/\r\n?/g, "\n");
  const title = /^# +(.+)$/m.exec(text);
  const sections: Record<string, string> = {};
  let summary = "";
  // Split on level-2 headings, but not inside fences (an example may contain "## Aanvang").
  const parts: Array<{ heading: string | null; body: string[] }> = [{ heading: null, body: [] }];
  let inFence = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("```")) inFence = !inFence;
    if (!inFence && line.startsWith("## ")) parts.push({ heading: line.slice(3).trim(), body: [] });
    else parts.at(-1)!.body.push(line);
  }
  for (const part of parts) {
    const body = part.body.join("\n").trim();
    if (part.heading === null) summary = body.replace(/^# .*$/m, "").trim().replace(/\s*\n\s*/g, " ");
    else sections[part.heading] = body;
  }
  // A language pack's pages (src/lang/<code>/docs/) have the same sections under their own names.
  const section = (names: readonly string[]) => names.map((name) => sections[name]).find((body) => body !== undefined) ?? "";
  const examples = (names: readonly string[]): DocExample[] =>
    [...section(names).matchAll(FENCE)].map((m) => ({ lang: m[1] || "txt", code: m[2]! }));
  return {
    id: title?.[1]?.trim() ?? "",
    summary,
    sections,
    what: section(["Wat controleert deze regel?", "What it checks"]),
    why: section(["Waarom", "Why"]),
    fout: examples(["Fout", "Wrong"]),
    goed: examples(["Goed", "Right"]),
    options: section(["Opties", "Options"]),
  };
}

/** Markdown prose as one plain paragraph text: for terminals and short tooltips. */
export function plainText(markdown: string): string {
  return markdown
    .replace(FENCE, "")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\*\*([^*]+)\*\*|\*([^*]+)\*/g, (_, a, b) => a ?? b)
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/[ \t]*\n(?!\n|[ \t]*[-*] )[ \t]*/g, " ")
    .trim();
}
