// A line scanner for the few Markdown blocks a call script uses, in time linear in the text. It
// stands in for remark on files remark would take too long over (see markdown-budget.ts): remark's
// inline parser can need time quadratic in a paragraph, and costs far more per block than this.
// It knows ATX headings, thematic breaks, fenced code, HTML comment blocks, blockquotes, list items
// and paragraphs; the tree has the mdast node types ScriptWalker reads, with offsets only.
import type { Nodes, RootContent } from "mdast";

const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const COMMENT_START = /^ {0,3}<!--/;
const QUOTE = /^ {0,3}>/;
const INDENTED_CODE = /^(?: {4}| {0,3}\t)/;
const LIST_MARKER = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;

const at = (offset: number) => ({ line: 0, column: 0, offset });
const node = <T extends Nodes>(type: T["type"], from: number, to: number, extra: object = {}): T =>
  ({ type, position: { start: at(from), end: at(to) }, ...extra }) as unknown as T;

/** A paragraph being read: plain, in a blockquote, or the content of a list item. */
interface Open {
  kind: "paragraph" | "quote" | "item";
  /** The list item's marker starts here; the paragraph at `from`. */
  markerAt: number;
  from: number;
  to: number;
}

function close(open: Open): RootContent {
  const body = node<RootContent>("paragraph", open.from, open.to);
  if (open.kind === "quote") return node("blockquote", open.from, open.to, { children: [body] });
  if (open.kind === "paragraph") return body;
  const item = node<RootContent>("listItem", open.markerAt, open.to, { children: open.to > open.from ? [body] : [] });
  return node("list", open.markerAt, open.to, { children: [item] });
}

/** The blocks of `text` as mdast nodes with offsets. */
export function scanBlocks(text: string): RootContent[] {
  const blocks: RootContent[] = [];
  let open: Open | undefined;
  let fence: RegExp | undefined;
  let fenceFrom = 0;
  let commentFrom = -1;
  const flush = () => {
    if (open) blocks.push(close(open));
    open = undefined;
  };

  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length + 1 : newline + 1;
    const content = text.slice(start, end).replace(/\r$/, "");
    const line = { start, end };
    start = next;
    if (fence) {
      if (fence.test(content)) {
        blocks.push(node("code", fenceFrom, line.end));
        fence = undefined;
      }
      continue;
    }
    if (commentFrom !== -1) {
      if (content.includes("-->")) {
        blocks.push(node("html", commentFrom, line.end));
        commentFrom = -1;
      }
      continue;
    }
    if (content.trim() === "") {
      flush();
      continue;
    }
    if (!open && INDENTED_CODE.test(content)) {
      // Indented code, which cannot interrupt a paragraph: not speech.
      blocks.push(node("code", line.start, line.end));
      continue;
    }
    const fenceMatch = FENCE.exec(content);
    if (fenceMatch && !(fenceMatch[1]![0] === "`" && content.slice(fenceMatch[0].length).includes("`"))) {
      flush();
      // A fence closes with at least as many of the same characters on a line of its own.
      fence = new RegExp(`^ {0,3}${fenceMatch[1]![0] === "`" ? "`" : "~"}{${fenceMatch[1]!.length},}[ \\t]*$`);
      fenceFrom = line.start;
      continue;
    }
    if (COMMENT_START.test(content)) {
      flush();
      if (content.includes("-->", content.indexOf("<!--") + 4)) blocks.push(node("html", line.start, line.end));
      else commentFrom = line.start;
      continue;
    }
    const heading = ATX.exec(content);
    if (heading) {
      flush();
      blocks.push(node("heading", line.start + content.indexOf("#"), line.end, { depth: heading[1]!.length, children: [] }));
      continue;
    }
    if (THEMATIC_BREAK.test(content)) {
      flush();
      blocks.push(node("thematicBreak", line.start, line.end));
      continue;
    }
    const quoted = QUOTE.test(content);
    const item = quoted ? null : LIST_MARKER.exec(content);
    if (item) {
      // Each item is a block of its own, as in remark: a new item ends the turn before it.
      flush();
      const markerAt = line.start + item[1]!.length;
      open = { kind: "item", markerAt, from: Math.min(line.start + item[0].length, line.end), to: line.end };
      continue;
    }
    const kind = quoted ? "quote" : "paragraph";
    // Lazy continuation: a plain line goes on with the open paragraph, quote or list item.
    if (open && (open.kind === kind || (open.kind === "item" && !quoted))) {
      open.to = line.end;
      continue;
    }
    flush();
    open = { kind, markerAt: line.start, from: line.start, to: line.end };
  }
  if (fence) blocks.push(node("code", fenceFrom, text.length));
  if (commentFrom !== -1) blocks.push(node("html", commentFrom, text.length));
  flush();
  return blocks;
}
