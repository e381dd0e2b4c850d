// A rule's doc page for the terminal (`beleefd --explain`): headings, paragraphs and list items
// wrapped to the width, examples indented as they are. Pure: the caller brings page, width, colour.
import { paint, type Paint } from "../shared/ansi.js";
import type { RuleMeta } from "../types.js";
import type { RuleDoc } from "./rule-doc.js";

const INDENT = "  ";
const CODE_INDENT = "    ";

/** Inline Markdown as plain text: `code`, **bold**, *italic*, [text](url). */
function inline(text: string): string {
  return text
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\*\*([^*]+)\*\*|\*([^*]+)\*/g, (_, bold, italic) => bold ?? italic)
    .replace(/\[([^\]]+)\]\(([^)]*)\)/g, "$1 ($2)");
}

/** Words filled into lines of at most `width` characters; the first line starts with `first`. */
export function wrap(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += (empty ? "" : " ") + word;
    empty = false;
  }
  lines.push(line);
  return lines;
}

const LIST_ITEM = /^([-*]|\d+\.) +/;

/** One section's Markdown → terminal lines: fences verbatim and indented, the rest wrapped. */
function renderBody(markdown: string, width: number, p: Paint): string[] {
  const out: string[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const text = inline(block.join(" "));
    const marker = LIST_ITEM.exec(text);
    if (marker) out.push(...wrap(text.slice(marker[0].length), width, `${INDENT}${marker[1]} `, INDENT + " ".repeat(marker[1]!.length + 1)));
    else if (text.startsWith("#")) out.push(INDENT + p.bold(text.replace(/^#+\s*/, "")));
    else out.push(...wrap(text, width, INDENT, INDENT));
    block = [];
  };
  let fence = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) {
      flush();
      if (fence) out.push("");
      fence = !fence;
      continue;
    }
    if (fence) out.push(line ? CODE_INDENT + line : "");
    else if (line.trim() === "") {
      flush();
      if (out.at(-1) !== "") out.push("");
    } else {
      // A new list item or heading starts a new block; an indented line continues the item.
      if (LIST_ITEM.test(line) || line.startsWith("#")) flush();
      block.push(line.trim());
    }
  }
  flush();
  while (out.at(-1) === "") out.pop();
  return out;
}

function page(title: string, summary: string, sections: Array<[string, string]>, url: string | undefined, width: number, color: boolean): string {
  const p = paint(color);
  const lines = [p.bold(title), ...wrap(inline(summary), width, "", ""), ""];
  for (const [heading, body] of sections) {
    lines.push(p.bold(p.underline(heading)), ...renderBody(body, width, p), "");
  }
  if (url) lines.push(`Meer: ${url}`);
  while (lines.at(-1) === "") lines.pop();
  return `${lines.join("\n")}\n`;
}

export interface TerminalOptions {
  width: number;
  color: boolean;
  url?: string;
}

export function renderRuleDoc(doc: RuleDoc, options: TerminalOptions): string {
  return page(doc.id, doc.summary, Object.entries(doc.sections), options.url, options.width, options.color);
}

const TYPES: Record<RuleMeta["type"], string> = { problem: "probleem", suggestion: "suggestie", layout: "opmaak" };

/** A rule without a page (plugin and house rules): everything its meta says. */
export function renderRuleMeta(ruleId: string, meta: RuleMeta, options: TerminalOptions): string {
  const facts = [`- Soort: ${TYPES[meta.type] ?? meta.type}`, `- Aanbevolen: ${meta.docs.recommended ? "ja" : "nee"}`];
  if (meta.formats) facts.push(`- Geldt voor: ${meta.formats.join(", ")}`);
  const sections: Array<[string, string]> = [["Over deze regel", facts.join("\n")]];
  const messages = Object.entries(meta.messages).map(([id, text]) => `- ${id}: ${text.replace(/\s*\n\s*/g, " ")}`);
  if (messages.length) sections.push(["Meldingen", messages.join("\n")]);
  const json = (value: unknown) => `\`\`\`json\n${JSON.stringify(value, null, 2)}\n\`\`\``;
  if (meta.schema) sections.push(["Opties (JSON Schema)", json(meta.schema)]);
  if (meta.defaultOptions) sections.push(["Standaardopties", json(meta.defaultOptions)]);
  return page(ruleId, meta.docs.description, sections, options.url, options.width, options.color);
}
