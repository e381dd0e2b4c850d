// Inline disable comments: `beleefd-disable`, `beleefd-enable`, `beleefd-disable-line`,
// `beleefd-disable-next-line`, each with optional rule ids and an optional `-- reden`.
import type { Span } from "../model/conversation.js";
import type { Source } from "../model/source.js";
import type { Directive, DirectiveKind } from "../types.js";

// The types live with ParseResult in the core contracts; parsers still name them from here.
export type { Directive, DirectiveKind };

const DIRECTIVE = /^\s*beleefd-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/s;

/** Reads the body of one comment (without its `<!-- -->` or `#`); undefined if it is no directive. */
export function parseDirectiveComment(body: string, span: Span): Directive | undefined {
  const match = DIRECTIVE.exec(body);
  if (!match) return undefined;
  const [rulesPart = "", justification] = match[2]!.split(/\s--\s|\s--$/, 2);
  const ruleIds = rulesPart.split(/[\s,]+/).filter(Boolean);
  const directive: Directive = { kind: match[1] as DirectiveKind, ruleIds, span };
  if (justification?.trim()) directive.justification = justification.trim();
  return directive;
}

/** Line comments in plain transcripts: `# beleefd-...` or `<!-- beleefd-... -->` alone on a line. */
const LINE_COMMENT = /^[ \t]*(?:#|\/\/|<!--)\s*(beleefd-[^\n]*?)\s*(?:-->)?[ \t]*\r?$/;

export function parseLineDirective(line: string, lineStart: number): Directive | undefined {
  // Every line of a transcript passes here; the regex can only match one that names beleefd-.
  if (!line.includes("beleefd-")) return undefined;
  const match = LINE_COMMENT.exec(line);
  if (!match) return undefined;
  return parseDirectiveComment(match[1]!, [lineStart, lineStart + line.replace(/\r$/, "").length]);
}

const CUE_TIMING = /^\s*[\d:.,]+[ \t]+-->[ \t]+[\d:.,]+/;
/** Lines a `disable-next-line` passes over; a line right above a cue timing is the cue's id. */
const NOT_SPEECH_LINE = /^\s*(?:$|<!--.*-->\s*$|#\s*beleefd-|NOTE\s+beleefd-|[\d:.,]+[ \t]+-->[ \t]+[\d:.,]+)/;

interface Suppression {
  directive: Directive;
  ruleId: string | undefined;
  fromLine: number;
  toLine: number;
}

/**
 * Decides for each message whether a directive turns it off, and which directives turned off
 * nothing (reported, like ESLint's unused disable directives).
 */
export class DirectiveIndex {
  private readonly suppressions: Suppression[] = [];
  private readonly used = new Set<Directive>();

  constructor(
    private readonly directives: readonly Directive[],
    source: Source,
  ) {
    const lineOf = (offset: number) => source.position(offset).line;
    const open: Array<{ directive: Directive; ruleId: string | undefined; fromLine: number }> = [];
    const sorted = [...directives].sort((a, b) => a.span[0] - b.span[0]);
    for (const directive of sorted) {
      const line = lineOf(directive.span[0]);
      const ids = directive.ruleIds.length ? directive.ruleIds : [undefined];
      switch (directive.kind) {
        case "disable-line":
        case "disable-next-line": {
          const target = this.targetLine(directive, source, line);
          for (const ruleId of ids) this.suppressions.push({ directive, ruleId, fromLine: target, toLine: target });
          break;
        }
        case "disable":
          for (const ruleId of ids) open.push({ directive, ruleId, fromLine: line });
          break;
        case "enable":
          for (let i = open.length - 1; i >= 0; i--) {
            const entry = open[i]!;
            if (directive.ruleIds.length === 0 || entry.ruleId === undefined || directive.ruleIds.includes(entry.ruleId)) {
              this.suppressions.push({ ...entry, toLine: line });
              open.splice(i, 1);
            }
          }
          this.used.add(directive); // enabling is never "unused"
          break;
      }
    }
    for (const entry of open) this.suppressions.push({ ...entry, toLine: Infinity });
  }

  /**
   * `disable-next-line` skips blank lines and further comment lines, so stacked comments work,
   * and the id and timing line of a subtitle cue, so it reaches the cue's text.
   */
  private targetLine(directive: Directive, source: Source, line: number): number {
    if (directive.kind === "disable-line") return line;
    let target = line + 1;
    while (target <= source.lineCount && (NOT_SPEECH_LINE.test(source.lineText(target)) || CUE_TIMING.test(source.lineText(target + 1)))) target++;
    return target;
  }

  isSuppressed(ruleId: string, line: number): boolean {
    let suppressed = false;
    for (const s of this.suppressions) {
      if (line >= s.fromLine && line <= s.toLine && (s.ruleId === undefined || s.ruleId === ruleId)) {
        this.used.add(s.directive);
        suppressed = true;
      }
    }
    return suppressed;
  }

  unused(): Directive[] {
    return this.directives.filter((d) => !this.used.has(d));
  }
}
