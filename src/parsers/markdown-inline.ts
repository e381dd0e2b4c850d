// What is not speech inside the blocks of markdown-blocks.ts: HTML comments (they may hold
// disable directives) and the markup of links and images. Each scan moves forward only, so a
// paragraph full of `[`, `](` or `<!--` costs time linear in its length.
import type { Span } from "../model/conversation.js";

// `[text](target "title")` and `![alt](target)`: text and target hold no brackets, so every
// attempt stops at the next bracket and no character is read twice by failed attempts.
const LINK = /(!?)\[([^\[\]\n]*)\]\([ \t]*[^()\s\[\]]*(?:[ \t]+"[^"\n]*")?[ \t]*\)/g;

export interface InlineComment {
  body: string;
  span: Span;
}

/** Comments in `text` between `from` and `to`. A block comment (`block`) may run to the end unclosed. */
export function commentsIn(text: string, from: number, to: number, block: boolean): InlineComment[] {
  const comments: InlineComment[] = [];
  // Searched in the block's own text: indexOf on the whole file would read past `to` for every block.
  const slice = text.slice(from, to);
  for (let at = slice.indexOf("<!--"); at !== -1; at = slice.indexOf("<!--", at)) {
    const close = slice.indexOf("-->", at + 4);
    if (close === -1) {
      // Unclosed: no later comment in this block can close either.
      if (block) comments.push({ body: slice.slice(at + 4), span: [from + at, to] });
      break;
    }
    comments.push({ body: slice.slice(at + 4, close), span: [from + at, from + close + 3] });
    at = close + 3;
  }
  return comments;
}

/** Spans of link and image markup between `from` and `to`: a link keeps its text, an image says nothing. */
export function linkMarkupIn(text: string, from: number, to: number): Span[] {
  const markup: Span[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(LINK)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (match[1] || match[2]!.length === 0) {
      markup.push([start, end]);
    } else {
      markup.push([start, start + 1]);
      markup.push([start + 1 + match[2]!.length, end]);
    }
  }
  return markup;
}
