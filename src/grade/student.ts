// Who wrote a script: `student` or `naam` in its front matter, else the file name; and a safe,
// unique file name for their feedback page.
import { frontMatterBlock } from "../parsers/front-matter.js";

const NAME_KEY = /^(?:student|naam)[ \t]*:[ \t]*(.+?)[ \t]*$/m;

function baseName(filePath: string): string {
  const name = filePath.split(/[\\/]/).pop() ?? filePath;
  return name.replace(/\.[^.]+$/, "");
}

export function studentName(filePath: string, source: string | undefined): string {
  const front = source === undefined ? undefined : frontMatterBlock(source);
  const value = front ? NAME_KEY.exec(front)?.[1] : undefined;
  const unquoted = value?.replace(/^(["'])(.*)\1$/, "$2").trim();
  return unquoted || baseName(filePath);
}

const LETTERS: Record<string, string> = { ı: "i", ł: "l", ø: "o", ß: "ss", æ: "ae", œ: "oe" };

/** "Sanne de Vries" → "sanne-de-vries"; never a name the output folder uses itself. */
export function pageSlug(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    // Letters that do not decompose into a base letter and an accent.
    .replace(/[ıłøßæœ]/g, (char) => LETTERS[char]!)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return !slug || slug === "overzicht" ? `student-${slug || "zonder-naam"}` : slug;
}

/** One page name per student; a second "Sanne" gets "sanne-2". */
export function uniqueSlugs(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = pageSlug(name);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  });
}
