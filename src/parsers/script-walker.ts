// Walks the blocks of a Markdown script (mdast) and builds its calls. Paragraphs, list items,
// blockquotes and HTML blocks are read line by line from the source; everything else (code,
// definitions, tables without a label) is not speech.
import type { Heading, RootContent } from "mdast";
import type { Call, CallMeta, Phase, Role, Span } from "../model/conversation.js";
import type { Source } from "../model/source.js";
import type { ParseProblem } from "../types.js";
import { CallBuilder } from "./call-builder.js";
import { parseEventText } from "./events.js";
import type { SpeakerMap } from "./labels.js";
import { EVENT, looksLikeLabel, TURN, unknownEventProblem, unknownSpeakerProblem } from "./line-syntax.js";
import { isInstructionLabel, phaseOfHeading } from "./script-headings.js";
import { timestampSeconds } from "./timestamps.js";

// What a container puts before a continuation line: indentation, and `>` markers in a blockquote.
const INDENT = /^[ \t]*/;
const QUOTE_PREFIX = /^[ \t]*(?:>[ \t]*)*/;
// A line of `===`, as the .txt format separates calls (in Markdown it is plain text).
const CALL_SEPARATOR = /^={3,}[ \t]*$/;
// `*[in de wacht]*`: an event line in emphasis.
const EMPHASIZED = /^(\*{1,2}|_{1,2})(.+)\1[ \t]*$/;

export class ScriptWalker {
  private readonly calls: Call[] = [];
  private call: CallBuilder;
  private callStart: number;
  private phase: Phase | undefined;
  /** Depth of the heading that set `phase`; a heading at that depth or higher ends the section. */
  private phaseDepth: number | undefined;

  constructor(
    private readonly source: Source,
    private readonly speakers: SpeakerMap,
    private readonly meta: CallMeta,
    private readonly problems: ParseProblem[],
    bodyStart: number,
  ) {
    this.call = new CallBuilder(source, structuredClone(meta));
    this.callStart = bodyStart;
  }

  blocks(nodes: readonly RootContent[], quoted: boolean): void {
    for (const node of nodes) {
      const start = node.position!.start.offset!;
      const end = node.position!.end.offset!;
      switch (node.type) {
        case "heading":
          this.heading(node, start, end, quoted);
          break;
        case "thematicBreak":
          // `---` between phases is decoration in most scripts; calls are split by `# ` headings.
          this.call.endTurn();
          break;
        case "paragraph":
        case "html": // comments are blanked already; what is left may hold lines like any paragraph
          this.lines(start, end, quoted);
          break;
        case "blockquote":
          this.call.endTurn();
          this.blocks(node.children, true);
          break;
        case "list":
        case "listItem":
          this.call.endTurn();
          this.blocks(node.children, quoted);
          break;
        default:
          this.call.endTurn();
      }
    }
  }

  finish(): Call[] {
    const text = this.source.text;
    if (!this.call.isEmpty || this.calls.length === 0) this.calls.push(this.call.finish([this.callStart, text.length]));
    return this.calls;
  }

  /**
   * A heading that names a phase sets it for everything below, up to the next heading of the same
   * or a higher level. A heading that names no phase ("# Belscript klantenservice", "## Bijlage")
   * ends the phase only at that level or higher: a deeper one ("### Klant heeft geen klantnummer")
   * is a subsection of the phase and keeps it.
   */
  private heading(node: Heading, start: number, end: number, quoted: boolean): void {
    this.call.endTurn();
    const text = this.source.text;
    let title = text.slice(start, end).replace(/^#{1,6}[ \t]*|[ \t]+#+[ \t]*$/g, "");
    if (text[start] !== "#") {
      // Setext: "Klant: Tot ziens.\n---" underlines a turn; the author meant a turn and a rule.
      const underline = text.lastIndexOf("\n", end - 1) + 1;
      const turn = TURN.exec(text.slice(start, text.indexOf("\n", start)).replace(/\r$/, ""));
      if (turn && this.speakerOf(turn)) {
        this.lines(start, underline, quoted);
        return;
      }
      title = text.slice(start, underline);
    }
    // Each top-level heading ("# Gesprek 2: terugbellen") after some speech starts a new call.
    if (node.depth === 1 && !this.call.isEmpty) this.separate(start, start);
    const phase = phaseOfHeading(title);
    if (phase) {
      this.phase = phase;
      this.phaseDepth = node.depth;
    } else if (this.phaseDepth !== undefined && node.depth <= this.phaseDepth) {
      this.phase = undefined;
      this.phaseDepth = undefined;
    }
  }

  /** A new call (a `# ` heading or a `===` line); each call starts without a phase. */
  private separate(start: number, end: number): void {
    if (!this.call.isEmpty) this.calls.push(this.call.finish([this.callStart, start]));
    this.call = new CallBuilder(this.source, structuredClone(this.meta));
    this.callStart = end;
    this.phase = undefined;
    this.phaseDepth = undefined;
  }

  /**
   * The lines of one block. A line with a speaker label starts a turn; a line without one continues
   * it, but only within the same block: a new paragraph without a label is prose for the agent
   * (an instruction, an explanation) and is skipped, like a line that starts with an instruction
   * label ("Let op: vraag altijd naar het klantnummer.", "**Tip:** ...").
   */
  private lines(start: number, end: number, quoted: boolean): void {
    this.call.endTurn();
    const text = this.source.text;
    const prefix = quoted ? QUOTE_PREFIX : INDENT;
    for (let lineStart = start; lineStart < end; ) {
      const newline = text.indexOf("\n", lineStart);
      const lineEnd = newline === -1 || newline > end ? end : newline;
      const next = newline === -1 || newline >= end ? end : newline + 1;
      const contentStart = lineStart + prefix.exec(text.slice(lineStart, lineEnd))![0].length;
      const contentEnd = text[lineEnd - 1] === "\r" && lineEnd > contentStart ? lineEnd - 1 : lineEnd;
      this.line(contentStart, text.slice(contentStart, contentEnd));
      lineStart = next;
    }
  }

  private line(at: number, line: string): void {
    if (line.trim() === "") return;
    if (CALL_SEPARATOR.test(line)) {
      this.separate(at, at + line.length);
      return;
    }
    if (this.event(at, line)) return;
    const turn = TURN.exec(line);
    const label = turn && this.speakerOf(turn);
    if (turn && label) {
      const textStart = at + line.length - turn[9]!.length;
      const time = turn[4] !== undefined ? { start: timestampSeconds(turn[2], turn[3]!, turn[4], turn[5]) } : undefined;
      if (label.role === "unknown") {
        const labelStart = at + line.indexOf(label.name);
        this.problems.push(unknownSpeakerProblem(label.name, [labelStart, labelStart + label.name.length]));
      }
      this.call.startTurn({
        speaker: label.name,
        role: label.role,
        start: at + turn[1]!.length,
        textStart,
        textEnd: Math.max(textStart, at + speechLength(line)),
        ...(this.phase ? { phase: this.phase } : {}),
        ...(time ? { time } : {}),
      });
    } else if (turn && /^[\p{Lu}]/u.test(turn[7]!) && turn[7]!.trim().split(/\s+/).length <= 3) {
      this.call.endTurn(); // "Let op: …", "Klant zegt nee: …": an instruction, up to the next label
    } else {
      this.call.continueTurn(at, at + speechLength(line));
    }
  }

  /**
   * The speaker of a labelled line, or undefined when the label is no speaker. In a script an
   * unknown label is a speaker only when it is bold (`**Sigrid:**`); plain `Sigrid:` or `Let op:`
   * introduces an instruction. Known labels of several words count only when every word is
   * capitalised ("Agent Sigrid") or the whole label is declared, so "Klant zegt nee:" is no turn.
   */
  private speakerOf(turn: RegExpExecArray): { name: string; role: Role } | undefined {
    const name = turn[7]!.trim();
    if (isInstructionLabel(name)) return undefined;
    const role = this.speakers.exactRoleOf(name) ?? (looksLikeLabel(name) ? this.speakers.roleOf(name) : undefined);
    if (role) return { name, role };
    return turn[6] !== undefined && looksLikeLabel(name) ? { name, role: "unknown" } : undefined;
  }

  /** An `[event]` line (also in emphasis): an event or a warning. Returns false for other lines. */
  private event(at: number, line: string): boolean {
    const emphasized = EMPHASIZED.exec(line);
    const inner = emphasized ? emphasized[2]! : line;
    const innerAt = at + (emphasized ? emphasized[1]!.length : 0);
    const match = EVENT.exec(inner);
    if (!match) return false;
    this.call.endTurn();
    const body = match[5]!;
    const from = innerAt + inner.lastIndexOf(`[${body}]`);
    const span: Span = [from, from + body.length + 2];
    const event = parseEventText(body, this.speakers);
    if (!event) {
      this.problems.push(unknownEventProblem(body, span));
      return true;
    }
    const time = match[3] !== undefined ? { start: timestampSeconds(match[1], match[2]!, match[3], match[4]) } : undefined;
    this.call.event({ ...event, span, ...(this.phase ? { phase: this.phase } : {}), ...(time ? { time } : {}) });
    return true;
  }
}

/** The length of a line without a trailing hard break (`\` or spaces), which is markup. */
function speechLength(line: string): number {
  return line.replace(/\\$/, "").trimEnd().length;
}
