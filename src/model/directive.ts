// Inline disable comments as every format writes them once its own comment syntax is stripped:
// `beleefd-disable`, `beleefd-enable`, `beleefd-disable-line`, `beleefd-disable-next-line`, each
// with optional rule ids and an optional `-- reden`. Parsers read their comments with this grammar;
// the engine only sees the spans a directive covers.
import type { Span } from "./conversation.js";

export type DirectiveKind = "disable" | "enable" | "disable-line" | "disable-next-line";

/** What follows `beleefd-` in a comment, before the parser says where it applies. */
export interface DirectiveText {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  ruleIds: string[];
  justification?: string;
}

export interface Directive extends DirectiveText {
  /** Where the comment is, for reporting unused or unknown ones. */
  span: Span;
  /**
   * The text it turns rules off in. A `disable` turns them off from `covers[0]` until an `enable`
   * ends at that enable's `covers[1]`; the line kinds cover just the line they name. A span that
   * reaches the end of the text ends one past it.
   */
  covers: Span;
}

const DIRECTIVE = /^\s*beleefd-(disable-next-line|disable-line|disable|enable)(?=\s|$)(.*)$/s;

/** Reads the body of one comment (without its comment markers); undefined if it is no directive. */
export function readDirectiveText(body: string): DirectiveText | undefined {
  const match = DIRECTIVE.exec(body);
  if (!match) return undefined;
  const [rulesPart = "", justification] = match[2]!.split(/\s--\s|\s--$/, 2);
  const ruleIds = rulesPart.split(/[\s,]+/).filter(Boolean);
  const directive: DirectiveText = { kind: match[1] as DirectiveKind, ruleIds };
  if (justification?.trim()) directive.justification = justification.trim();
  return directive;
}

/** The body of a comment that says `directive`, for tools that write one (the editor's quick fix). */
export function writeDirectiveText(directive: DirectiveText): string {
  const rules = directive.ruleIds.length ? ` ${directive.ruleIds.join(", ")}` : "";
  const reason = directive.justification ? ` -- ${directive.justification}` : "";
  return `beleefd-${directive.kind}${rules}${reason}`;
}
