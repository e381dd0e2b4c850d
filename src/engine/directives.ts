// Disable directives as spans: each parser reads its own comment syntax and says which text a
// directive covers (src/model/directive.ts); here they only become ranges of offsets per rule.
import type { Directive } from "../model/directive.js";

interface Suppression {
  directive: Directive;
  ruleId: string | undefined;
  from: number;
  to: number;
}

/**
 * Decides for each message whether a directive turns it off, and which directives turned off
 * nothing (reported, like ESLint's unused disable directives).
 */
export class DirectiveIndex {
  private readonly suppressions: Suppression[] = [];
  private readonly used = new Set<Directive>();

  constructor(private readonly directives: readonly Directive[]) {
    const open: Array<{ directive: Directive; ruleId: string | undefined; from: number }> = [];
    const sorted = [...directives].sort((a, b) => a.span[0] - b.span[0]);
    for (const directive of sorted) {
      const ids = directive.ruleIds.length ? directive.ruleIds : [undefined];
      const [from, to] = directive.covers;
      switch (directive.kind) {
        case "disable-line":
        case "disable-next-line":
          for (const ruleId of ids) this.suppressions.push({ directive, ruleId, from, to });
          break;
        case "disable":
          for (const ruleId of ids) open.push({ directive, ruleId, from });
          break;
        case "enable":
          for (let i = open.length - 1; i >= 0; i--) {
            const entry = open[i]!;
            if (directive.ruleIds.length === 0 || entry.ruleId === undefined || directive.ruleIds.includes(entry.ruleId)) {
              this.suppressions.push({ ...entry, to });
              open.splice(i, 1);
            }
          }
          this.used.add(directive); // enabling is never "unused"
          break;
      }
    }
    for (const entry of open) this.suppressions.push({ ...entry, to: Infinity });
  }

  /** Whether a message of `ruleId` whose span starts at `offset` is turned off. */
  isSuppressed(ruleId: string, offset: number): boolean {
    let suppressed = false;
    for (const s of this.suppressions) {
      if (offset >= s.from && offset < s.to && (s.ruleId === undefined || s.ruleId === ruleId)) {
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
