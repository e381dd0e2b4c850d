// A tiny element builder: the page is built from the lint result with plain DOM calls, and text
// always goes in as text (never as HTML), so nothing in a pasted call can inject markup.

type Child = Node | string | null | undefined | false;

export interface ElementProps {
  class?: string;
  /** Attributes, set as written (`aria-*`, `data-*`, `tabindex`, ...). */
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

/** The element with this id; a missing one is a bug in index.html, so say which. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Element #${id} ontbreekt in index.html.`);
  return node as T;
}
