// Whether remark may read a Markdown file. remark's cost grows with the number of blocks and of
// inline markers, and an unclosed link target is re-scanned to the end of its paragraph for every
// `](` in it: quadratic. Ordinary call scripts stay far below these limits; a larger or stranger
// file is read by the linear scanner in markdown-blocks.ts instead, counted here in one pass.

/** Characters that start inline syntax in CommonMark. */
const INLINE_MARKERS = new Set([...'[]<>!\\&*_`'].map((c) => c.charCodeAt(0)));

export const REMARK_LIMITS = {
  /** Characters. */
  length: 200_000,
  lines: 5_000,
  inlineMarkers: 10_000,
  /** Occurrences of `](`, each a possible scan to the end of its paragraph. */
  linkTargets: 200,
};

/** True when remark reads `text` in time proportional to its length with a small factor. */
export function remarkCanRead(text: string): boolean {
  if (text.length > REMARK_LIMITS.length) return false;
  let lines = 1;
  let markers = 0;
  let targets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lines++;
    else if (INLINE_MARKERS.has(c)) {
      markers++;
      if (c === 93 /* ] */ && text.charCodeAt(i + 1) === 40 /* ( */) targets++;
    }
  }
  return lines <= REMARK_LIMITS.lines && markers <= REMARK_LIMITS.inlineMarkers && targets <= REMARK_LIMITS.linkTargets;
}
