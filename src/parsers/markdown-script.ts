// Markdown call scripts: headings name phases, `Agent:` / `**Agent:**` paragraphs and list items are
// turns, `[event]` lines are events, HTML comments carry disable directives, `---` separates calls.
// remark finds the blocks; the text of turns and events is always read from the source itself,
// because mdast rewrites what we need verbatim (`<naam>` becomes html, `[naam klant]` a reference).
// Scripts mix speech with instructions for the agent, so unlike a transcript, prose paragraphs,
// headings, tables and code are skipped silently, and an unknown label is a speaker only when it
// is bold or declared in front matter (see ScriptWalker). Every thematic break starts a new call,
// so `---` must not be used as mere decoration between the phases of one call.
import type { Nodes, Root, RootContent } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Conversation, Span } from "../model/conversation.js";
import { readDirectiveText, type Directive } from "../model/directive.js";
import { Source } from "../model/source.js";
import type { ParseOptions, ParseProblem, ParseResult, Parser } from "../types.js";
import { placeDirective, type PassedOver } from "./directive-lines.js";
import { readFrontMatter, speakerMapFor } from "./front-matter.js";
import { remarkCanRead } from "./markdown-budget.js";
import { scanBlocks } from "./markdown-blocks.js";
import { commentsIn, linkMarkupIn } from "./markdown-inline.js";
import { ScriptWalker } from "./script-walker.js";

const processor = unified().use(remarkParse);
// An unclosed comment runs to the end of its HTML block, as it does in a browser.
const COMMENT = /<!--([\s\S]*?)(?:-->|$)/g;
/** Lines a `disable-next-line` passes over: blank lines and lines that are one whole comment. */
const NOT_SPEECH = /^\s*(?:$|<!--.*-->\s*$)/;
const passedOver: PassedOver = (source, line) => NOT_SPEECH.test(source.lineText(line));

/** How the `markdown-script` parser reads (its name and extensions are in ./index.ts). */
export const markdownScript: Pick<Parser, "parse"> = {
  async parse(source: Source, options: ParseOptions): Promise<ParseResult> {
    const front = await readFrontMatter(source);
    const speakers = speakerMapFor(options.speakers, front);
    const meta = { ...front.meta, speakers: speakers.toRecord() };

    // remark gets the whole text with the front matter blanked, so its offsets are ours as they are.
    const visible = blank(source.text, [[0, front.bodyStart]]);
    const { blocks, comments, markup } = remarkCanRead(visible) ? readWithRemark(visible) : readLinear(visible);
    const directives: Directive[] = [];
    for (const comment of comments) {
      const text = readDirectiveText(comment.body);
      if (text) directives.push(placeDirective(text, comment.span, source, passedOver));
    }

    // Comments and link markup are not speech: blank them too, so they never end up in a turn.
    const hidden = [...comments.map((c) => c.span), ...markup].sort((a, b) => a[0] - b[0]);
    const masked = new Source(blank(visible, hidden), source.path);
    const problems: ParseProblem[] = [];
    const walker = new ScriptWalker(masked, speakers, meta, problems, front.bodyStart);
    walker.blocks(blocks, false);
    const conversation: Conversation = {
      kind: "conversation",
      format: "script",
      calls: walker.finish(),
      span: [0, source.text.length],
    };
    return { conversation, directives, problems };
  },
};

interface Comment {
  body: string;
  span: Span;
}

interface Read {
  blocks: RootContent[];
  comments: Comment[];
  markup: Span[];
}

function readWithRemark(text: string): Read {
  const tree = processor.parse(text);
  return { blocks: tree.children, ...nonSpeech(tree, text) };
}

/** The linear reading of a file too large or too full of markup for remark (see markdown-budget.ts). */
function readLinear(text: string): Read {
  const blocks = scanBlocks(text);
  const comments: Comment[] = [];
  const markup: Span[] = [];
  const visit = (node: RootContent): void => {
    const from = node.position!.start.offset!;
    const to = node.position!.end.offset!;
    if (node.type === "html") comments.push(...commentsIn(text, from, to, true));
    else if (node.type === "paragraph" || node.type === "heading") {
      comments.push(...commentsIn(text, from, to, false));
      markup.push(...linkMarkupIn(text, from, to));
    } else if ("children" in node) for (const child of node.children) visit(child as RootContent);
  };
  blocks.forEach(visit);
  return { blocks, comments, markup };
}

/**
 * Every HTML comment outside code, in document order (block comments and inline ones), and the
 * markup of links and images: `[onze site](https://…)` says "onze site".
 */
function nonSpeech(tree: Root, text: string): { comments: Comment[]; markup: Span[] } {
  const comments: Comment[] = [];
  const markup: Span[] = [];
  const visit = (node: Nodes): void => {
    const position = node.position;
    if (position && (node.type === "image" || (node.type === "link" && node.children.length === 0))) {
      markup.push([position.start.offset!, position.end.offset!]);
    } else if (position && node.type === "link") {
      markup.push([position.start.offset!, node.children[0]!.position!.start.offset!]);
      markup.push([node.children.at(-1)!.position!.end.offset!, position.end.offset!]);
    }
    if (node.type === "html" && node.position) {
      const start = node.position.start.offset!;
      const slice = text.slice(start, node.position.end.offset);
      for (const match of slice.matchAll(COMMENT)) {
        const from = start + match.index;
        comments.push({ body: match[1]!, span: [from, from + match[0].length] });
      }
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return { comments, markup };
}

/** `text` with the given ranges replaced by spaces; line breaks stay, so lines and offsets do too. */
function blank(text: string, ranges: readonly Span[]): string {
  let result = "";
  let at = 0;
  for (const [start, to] of ranges) {
    // Ranges may nest (a link inside a comment): what is blanked already stays so.
    const from = Math.max(start, at);
    if (to <= from) continue;
    result += text.slice(at, from) + text.slice(from, to).replace(/[^\r\n]/g, " ");
    at = to;
  }
  return result + text.slice(at);
}
