// Limits on phrase patterns, which come from config files and so from anyone. JavaScript regular
// expressions backtrack: `(a*)*b` takes seconds on a 30-letter word, and gaps and optional words
// multiply the ways a phrase can match. A pattern is accepted only when the work of matching it
// is bounded by its own shape times the length of the text; everything else gets a Dutch reason.

export const PATTERN_LIMITS = {
  /** Characters in one phrase pattern. */
  length: 300,
  /** Phrase patterns in one config (phrases plus house rules). */
  perConfig: 1_000,
  /** Ways one word may be read: alternatives times two per optional part (`goede(n)?morgen` is 2). */
  wordBranches: 64,
  /** Ways one phrase may be laid over the words: gap lengths and optional words multiplied. */
  phraseBranches: 4_096,
};

/**
 * A word regex that is not safe to run, with the reason in Dutch; undefined when it is fine. The
 * body has passed the syntax check (letters, digits, ' - | ( ) ? *): no escapes, so no backreferences.
 */
export function unsafeWordRegex(body: string): string | undefined {
  // A trailing `*` means "any continuation": one more star over a class of word characters.
  const continuation = body.endsWith("*");
  let tree: Alternatives;
  try {
    tree = parse(continuation ? body.slice(0, -1) : body);
  } catch {
    return undefined; // the regular expression compiler says what is wrong
  }
  const stars = countStars(tree) + (continuation ? 1 : 0);
  if (nestedRepeat(tree)) return "een herhaling binnen een herhaling (zoals (a*)* of (a?)*) kan exponentieel lang duren";
  if (stars > 1) return "meer dan één * in één woord kan kwadratisch of erger lang duren";
  const overlap = overlappingRepeat(tree);
  if (overlap) return overlap;
  if (branches(tree) > PATTERN_LIMITS.wordBranches) {
    return `meer dan ${PATTERN_LIMITS.wordBranches} manieren om het woord te lezen (te veel keuzes en ?)`;
  }
  return undefined;
}

// A small syntax tree of the characters the pattern language allows: letters, digits, ' and -,
// groups with alternatives, and the repeats ? and *.
type Atom = { kind: "char"; char: string } | { kind: "group"; alternatives: Alternatives };
type Piece = { atom: Atom; repeat: "" | "?" | "*" };
type Alternatives = Piece[][];

function parse(source: string): Alternatives {
  let at = 0;
  const alternatives = (): Alternatives => {
    const result: Alternatives = [[]];
    while (at < source.length && source[at] !== ")") {
      const c = source[at]!;
      if (c === "|") {
        result.push([]);
        at++;
        continue;
      }
      let atom: Atom;
      if (c === "(") {
        at += source.startsWith("(?:", at) ? 3 : 1;
        const inner = alternatives();
        if (source[at] !== ")") throw new Error("unbalanced");
        at++;
        atom = { kind: "group", alternatives: inner };
      } else if (c === "?" || c === "*") {
        throw new Error("repeat without atom");
      } else {
        atom = { kind: "char", char: c.toLowerCase() };
        at++;
      }
      let repeat: Piece["repeat"] = "";
      if (source[at] === "?" || source[at] === "*") repeat = source[at++] as "?" | "*";
      if (source[at] === "?") at++; // lazy: the same work
      if (source[at] === "?" || source[at] === "*") throw new Error("double repeat");
      result[result.length - 1]!.push({ atom, repeat });
    }
    return result;
  };
  const tree = alternatives();
  if (at !== source.length) throw new Error("unbalanced");
  return tree;
}

const pieces = (tree: Alternatives): Piece[] => tree.flat();
const inner = (piece: Piece): Alternatives | undefined => (piece.atom.kind === "group" ? piece.atom.alternatives : undefined);

function countStars(tree: Alternatives): number {
  return pieces(tree).reduce((sum, piece) => sum + (piece.repeat === "*" ? 1 : 0) + (inner(piece) ? countStars(inner(piece)!) : 0), 0);
}

function hasRepeat(tree: Alternatives): boolean {
  return pieces(tree).some((piece) => piece.repeat !== "" || (inner(piece) !== undefined && hasRepeat(inner(piece)!)));
}

function nestedRepeat(tree: Alternatives): boolean {
  return pieces(tree).some((piece) => {
    const group = inner(piece);
    if (!group) return false;
    return (piece.repeat !== "" && hasRepeat(group)) || nestedRepeat(group);
  });
}

/** Every string a repeat-free tree matches (stops counting past the limit). */
function language(tree: Alternatives, limit: number): string[] {
  const result: string[] = [];
  for (const sequence of tree) {
    let strings = [""];
    for (const piece of sequence) {
      const options = piece.atom.kind === "char" ? [piece.atom.char] : language(piece.atom.alternatives, limit);
      if (piece.repeat === "?") options.push("");
      strings = strings.flatMap((s) => options.map((o) => s + o)).slice(0, limit + 1);
    }
    result.push(...strings);
    if (result.length > limit) break;
  }
  return result.slice(0, limit + 1);
}

/**
 * A group under `*` must match each text in only one way per round: its strings are non-empty
 * and none is the start of another (`(ja|nee)*`). `(a|a)*`, `(a|ab)*` and `(|a)*` are refused.
 */
function overlappingRepeat(tree: Alternatives): string | undefined {
  for (const piece of pieces(tree)) {
    const group = inner(piece);
    if (!group) continue;
    if (piece.repeat === "*") {
      const strings = language(group, PATTERN_LIMITS.wordBranches);
      if (strings.some((s) => s === "")) return "een herhaalde groep die niets kan zijn (zoals (a|)*) kan eindeloos lang duren";
      const sorted = [...strings].sort();
      for (let i = 1; i < sorted.length; i++) {
        if (sorted[i]!.startsWith(sorted[i - 1]!)) {
          return `overlappende keuzes onder een herhaling ("${sorted[i - 1]}" en "${sorted[i]}") kunnen exponentieel lang duren`;
        }
      }
    }
    const deeper = overlappingRepeat(group);
    if (deeper) return deeper;
  }
  return undefined;
}

/** Ways a phrase can be laid over the words: each gap its lengths, each optional word two. */
export function phraseBranches(elements: readonly ({ kind: "gap"; max: number } | { kind: "word"; optional: boolean })[]): number {
  return elements.reduce((product, e) => product * (e.kind === "gap" ? e.max + 1 : e.optional ? 2 : 1), 1);
}

/** The number of ways to read a word, counting a starred group as its own alternatives. */
function branches(tree: Alternatives): number {
  let total = 0;
  for (const sequence of tree) {
    let product = 1;
    for (const piece of sequence) {
      const group = inner(piece);
      product *= (group ? branches(group) : 1) * (piece.repeat === "?" ? 2 : 1);
    }
    total += product;
  }
  return total;
}
