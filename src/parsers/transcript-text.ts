// Plain transcripts: `Speaker: text` lines, `[event]` lines, optional front matter and time stamps.
import type { Conversation } from "../model/conversation.js";
import { readDirectiveText, type Directive } from "../model/directive.js";
import type { Source } from "../model/source.js";
import type { ParseOptions, ParseProblem, ParseResult, Parser } from "../types.js";
import { CallBuilder } from "./call-builder.js";
import { placeDirective, type PassedOver } from "./directive-lines.js";
import { parseEventText } from "./events.js";
import { readFrontMatter, speakerMapFor } from "./front-matter.js";
import { EVENT, looksLikeLabel, TURN, unknownEventProblem, unknownSpeakerProblem } from "./line-syntax.js";
import { backwardsRangeProblem, leadingTimeRange } from "./timestamps.js";

const CALL_SEPARATOR = /^[ \t]*={3,}[ \t]*$/;

/** How the `transcript-text` parser reads (its name and extensions are in ./index.ts). */
export const transcriptText: Pick<Parser, "parse"> = {
  async parse(source: Source, options: ParseOptions): Promise<ParseResult> {
    const front = await readFrontMatter(source);
    const speakers = speakerMapFor(options.speakers, front);
    const meta = { ...front.meta, speakers: speakers.toRecord() };
    const problems: ParseProblem[] = [];
    const directives: Directive[] = [];
    const calls = [];
    let call = new CallBuilder(source, structuredClone(meta));
    let callStart = front.bodyStart;
    let previousBlank = false;
    let eventMatch: RegExpExecArray | null;

    const text = source.text;
    for (let lineStart = front.bodyStart; lineStart < text.length; ) {
      const newline = text.indexOf("\n", lineStart);
      const lineEnd = newline === -1 ? text.length : newline;
      const contentEnd = lineEnd > lineStart && text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
      const line = text.slice(lineStart, contentEnd);
      const next = newline === -1 ? text.length : newline + 1;

      if (line.trim() === "") {
        previousBlank = true;
        lineStart = next;
        continue;
      }
      const directive = lineDirective(source, line, lineStart);
      if (directive) {
        directives.push(directive);
      } else if (CALL_SEPARATOR.test(line)) {
        if (!call.isEmpty) calls.push(call.finish([callStart, lineStart]));
        call = new CallBuilder(source, structuredClone(meta));
        callStart = next;
      } else if ((eventMatch = line.trimEnd().endsWith("]") ? EVENT.exec(line) : null)) {
        // An event line ends in "]": most lines (turns) never meet the event regex.
        const body = eventMatch[5]!;
        const event = parseEventText(body, speakers);
        const span = [lineStart + line.indexOf("["), contentEnd] as const;
        const eventSpan: [number, number] = [lineStart + line.lastIndexOf("[" + body), contentEnd];
        if (event) {
          const time = lineTime(line, lineStart, problems);
          call.event({ ...event, span: eventSpan, ...(time ? { time } : {}) });
        } else {
          problems.push(unknownEventProblem(body, span));
        }
      } else {
        const turn = TURN.exec(line);
        const role = turn ? speakers.roleOf(turn[7]!) : undefined;
        if (turn && (role || looksLikeLabel(turn[7]!))) {
          const label = turn[7]!.trim();
          const textStart = lineStart + line.length - turn[9]!.length;
          const time = turn[4] !== undefined ? lineTime(line, lineStart, problems) : undefined;
          if (!role) {
            const labelStart = lineStart + line.indexOf(label);
            problems.push(unknownSpeakerProblem(label, [labelStart, labelStart + label.length]));
          }
          call.startTurn({
            speaker: label,
            role: role ?? "unknown",
            start: lineStart + turn[1]!.length,
            textStart,
            textEnd: contentEnd,
            ...(time ? { time } : {}),
          });
        } else if (previousBlank || !call.continueTurn(lineStart + (line.length - line.trimStart().length), contentEnd)) {
          call.endTurn();
          problems.push({
            span: [lineStart + (line.length - line.trimStart().length), contentEnd],
            message: "Deze regel hoort bij geen spreker. Begin een beurt met 'Agent:' of 'Klant:', of zet een gebeurtenis tussen [ ].",
          });
        }
      }
      previousBlank = false;
      lineStart = next;
    }
    if (!call.isEmpty || calls.length === 0) calls.push(call.finish([callStart, text.length]));
    const conversation: Conversation = { kind: "conversation", format: "transcript", calls, span: [0, text.length] };
    return { conversation, directives, problems };
  },
};

/** Comments in plain transcripts: `# beleefd-...`, `// beleefd-...` or `<!-- beleefd-... -->` alone on a line. */
const LINE_COMMENT = /^[ \t]*(?:#|\/\/|<!--)\s*(beleefd-[^\n]*?)\s*(?:-->)?[ \t]*\r?$/;
/** Lines a `disable-next-line` passes over: blank lines, `<!-- -->` lines and `#` directives, so stacked comments work. */
const NOT_SPEECH = /^\s*(?:$|<!--.*-->\s*$|#\s*beleefd-)/;
const passedOver: PassedOver = (source, line) => NOT_SPEECH.test(source.lineText(line));

function lineDirective(source: Source, line: string, lineStart: number): Directive | undefined {
  // Every line of a transcript passes here; the regex can only match one that names beleefd-.
  if (!line.includes("beleefd-")) return undefined;
  const match = LINE_COMMENT.exec(line);
  const text = match && readDirectiveText(match[1]!);
  return text ? placeDirective(text, [lineStart, lineStart + line.length], source, passedOver) : undefined;
}

/** The time stamp at the start of a line; a range that runs backwards is a warning and keeps its start. */
function lineTime(line: string, lineStart: number, problems: ParseProblem[]) {
  const stamp = leadingTimeRange(line);
  if (stamp?.backwards) {
    const from = lineStart + line.indexOf("[");
    problems.push(backwardsRangeProblem([from, lineStart + line.indexOf("]") + 1]));
  }
  return stamp?.time;
}
