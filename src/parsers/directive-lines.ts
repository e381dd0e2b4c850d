// Where a disable comment applies, in formats whose comments are about lines: the comment's own
// line, or (`disable-next-line`) the next line that can hold speech, as the format decides.
import type { Span } from "../model/conversation.js";
import type { Directive, DirectiveText } from "../model/directive.js";
import type { Source } from "../model/source.js";

/** True for a 1-based line that `disable-next-line` passes over (blank lines, further comments, ...). */
export type PassedOver = (source: Source, line: number) => boolean;

/** The end of the last line: one past the text, so a message at the very end is covered too. */
function pastEnd(source: Source): number {
  return source.text.length + 1;
}

/** The offsets of a 1-based line with its line break. */
function lineSpan(source: Source, line: number): Span {
  return [source.lineStart(line), line < source.lineCount ? source.lineStart(line + 1) : pastEnd(source)];
}

/** The directive a comment at `span` says, with the span of text it covers. */
export function placeDirective(text: DirectiveText, span: Span, source: Source, passedOver: PassedOver): Directive {
  const line = source.position(span[0]).line;
  let covers: Span;
  switch (text.kind) {
    case "disable":
      covers = [source.lineStart(line), pastEnd(source)];
      break;
    case "disable-next-line": {
      let target = line + 1;
      while (target <= source.lineCount && passedOver(source, target)) target++;
      // No line left to reach: it covers nothing.
      covers = target <= source.lineCount ? lineSpan(source, target) : [pastEnd(source), pastEnd(source)];
      break;
    }
    default:
      covers = lineSpan(source, line);
  }
  return { ...text, span, covers };
}
