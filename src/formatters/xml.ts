// Text and attribute values for XML 1.0. Characters XML 1.0 forbids (most C0 controls, lone
// surrogates, U+FFFE/U+FFFF) cannot even be written as references, so they become U+FFFD.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

// A raw carriage return would be read back as a line feed.
const TEXT_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
// In attributes a parser turns raw tabs and line breaks into spaces, so those are written as references.
const ATTRIBUTE_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '"': "&quot;", "\t": "&#9;", "\n": "&#10;" };

export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, "\uFFFD").replace(/[&<>\r]/g, (c) => TEXT_ENTITIES[c]!);
}

export function xmlAttribute(text: string): string {
  return text.replace(FORBIDDEN, "\uFFFD").replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ENTITIES[c]!);
}

/** `<name a="1" b="x">`, or `<name … />` when `body` is undefined. */
export function element(name: string, attributes: Record<string, string | number>, body?: string): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${xmlAttribute(String(value))}"`)
    .join("");
  return body === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${body}</${name}>`;
}
