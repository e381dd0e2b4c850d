// What the README test checks in a Markdown file, line by line as GitHub renders it: code fences
// that close, headings and their GitHub anchors, links, and the shell commands in a section.

export interface Fence {
  /** 1-based line of the opening fence. */
  line: number;
  info: string;
  body: string[];
  closed: boolean;
  /**
   * Lines inside that open a block of their own (a fence with an info string, such as ```sh): a
   * closing fence is missing above them, and this block swallowed what follows.
   */
  swallows: number[];
}

export interface Heading {
  line: number;
  level: number;
  text: string;
}

interface Scan {
  fences: Fence[];
  headings: Heading[];
  /** Lines outside fences, with their 1-based numbers. */
  prose: { line: number; text: string }[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`]*?)\s*$/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;

export function scanMarkdown(markdown: string): Scan {
  const scan: Scan = { fences: [], headings: [], prose: [] };
  let open: (Fence & { marker: string }) | undefined;
  markdown.split("\n").forEach((text, i) => {
    const line = i + 1;
    const fence = FENCE.exec(text);
    if (open) {
      // A fence closes only with the same character, at least as long, and no info string.
      if (fence && fence[1]![0] === open.marker[0] && fence[1]!.length >= open.marker.length && !fence[2]) {
        open.closed = true;
        open = undefined;
      } else {
        if (fence?.[2]) open.swallows.push(line);
        open.body.push(text);
      }
      return;
    }
    if (fence) {
      open = { line, info: fence[2]!, body: [], closed: false, swallows: [], marker: fence[1]! };
      scan.fences.push(open);
      return;
    }
    scan.prose.push({ line, text });
    const heading = HEADING.exec(text);
    if (heading) scan.headings.push({ line, level: heading[1]!.length, text: heading[2]! });
  });
  return scan;
}

/** The text GitHub shows for inline Markdown: code, emphasis and link markup removed. */
function renderedText(inline: string): string {
  return inline
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, "$2");
}

/** GitHub's anchor for a heading (github-slugger): lower case, punctuation dropped, spaces to `-`. */
export function githubSlug(heading: string): string {
  return renderedText(heading)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** Every anchor of the document's headings; a repeated heading gets `-1`, `-2`, … as on GitHub. */
export function anchors(scan: Scan): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const heading of scan.headings) {
    const slug = githubSlug(heading.text);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count ? `${slug}-${count}` : slug);
  }
  return result;
}

export interface Link {
  line: number;
  target: string;
}

/** Links in the prose, outside fences and inline code. */
export function links(scan: Scan): Link[] {
  const found: Link[] = [];
  for (const { line, text } of scan.prose) {
    for (const match of text.replace(/`[^`]*`/g, "").matchAll(/\]\(([^)\s]+)\)/g)) found.push({ line, target: match[1]! });
  }
  return found;
}

/** The shell commands in the `sh` fences of the section under `heading`, without their comments. */
export function sectionCommands(scan: Scan, heading: string): string[] {
  const start = scan.headings.find((h) => h.text === heading);
  if (!start) return [];
  const end = scan.headings.find((h) => h.line > start.line && h.level <= start.level)?.line ?? Infinity;
  return scan.fences
    .filter((fence) => fence.line > start.line && fence.line < end && fence.info === "sh")
    .flatMap((fence) => fence.body)
    .map((command) => command.replace(/\s+#.*$/, "").trim())
    .filter(Boolean);
}
