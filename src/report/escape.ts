// Escaping for HTML: everything that comes from the input (file text, names, messages) passes here.

import { visibleMarkup } from "../shared/visible.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return visibleMarkup(text).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | undefined | null | false | readonly Part[];

function render(part: Part): string {
  if (part === undefined || part === null || part === false) return "";
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Markup that was built elsewhere and is known to be safe (our own constants). */
export function raw(markup: string): Html {
  return new Html(markup);
}
