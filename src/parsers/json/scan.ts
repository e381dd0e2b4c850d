// A small JSON reader that keeps where every value is. JSON.parse gives no offsets, and a
// message about a turn in a .json file must point at the exact word in it.
import type { Span } from "../../model/conversation.js";
import { ParseError } from "../problems.js";
import { pointerParts } from "../../shared/pointer.js";

export type JsonNode =
  | { type: "object"; span: Span; entries: JsonEntry[] }
  | { type: "array"; span: Span; items: JsonNode[] }
  | { type: "string"; span: Span; value: string }
  | { type: "number"; span: Span; value: number }
  | { type: "boolean"; span: Span; value: boolean }
  | { type: "null"; span: Span; value: null };

export interface JsonEntry {
  key: string;
  keySpan: Span;
  value: JsonNode;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\r\n]*/y;
const PLAIN_RUN = /[^"\\\u0000-\u001f]+/y;
/** Deeper than any transcript; well below what the recursive reader (and plainValue) can take on a default stack. */
export const MAX_JSON_DEPTH = 500;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** Reads a whole JSON text; throws ParseError with the place of the first mistake. */
export function scanJson(text: string): JsonNode {
  let at = 0;
  const fail = (message: string, where = at): never => {
    throw new ParseError(`Ongeldige JSON: ${message}`, [where, Math.min(text.length, where + 1)]);
  };
  const describe = (where: number) => (where >= text.length ? "het einde van het bestand" : `'${text[where]}'`);
  const skip = () => {
    WHITESPACE.lastIndex = at;
    WHITESPACE.exec(text);
    at = WHITESPACE.lastIndex;
  };

  let depth = 0;
  const nested = (read: () => JsonNode): JsonNode => {
    if (++depth > MAX_JSON_DEPTH) fail(`de gegevens zijn dieper genest dan ${MAX_JSON_DEPTH} niveaus ({ of [ binnen elkaar); zo diep is geen transcript.`);
    const node = read();
    depth--;
    return node;
  };

  function value(): JsonNode {
    skip();
    const start = at;
    const char = text[at];
    if (char === "{") return nested(object);
    if (char === "[") return nested(array);
    if (char === '"') return { type: "string", value: string(), span: [start, at] };
    for (const [word, literal] of [["true", true], ["false", false], ["null", null]] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return literal === null ? { type: "null", value: null, span: [start, at] } : { type: "boolean", value: literal, span: [start, at] };
      }
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (number) {
      at += number[0].length;
      return { type: "number", value: Number(number[0]), span: [start, at] };
    }
    return fail(`hier verwacht ik een waarde (tekst tussen "", een getal, true, false, null, { of [), maar ik zie ${describe(at)}.`);
  }

  function object(): JsonNode {
    const start = at++;
    const entries: JsonEntry[] = [];
    const keys = new Set<string>();
    skip();
    if (text[at] === "}") return { type: "object", entries, span: [start, ++at] };
    for (;;) {
      skip();
      if (text[at] !== '"') fail(`hier verwacht ik een sleutel tussen "", maar ik zie ${describe(at)}.`);
      const keyStart = at;
      const key = string();
      const keySpan: Span = [keyStart, at];
      // JSON.parse keeps the last of two equal keys and a place lookup finds the first: refuse the ambiguity.
      if (keys.has(key)) fail(`de sleutel "${key}" staat twee keer in hetzelfde object.`, keyStart);
      skip();
      if (text[at] !== ":") fail(`na de sleutel "${key}" verwacht ik ':', maar ik zie ${describe(at)}.`);
      keys.add(key);
      at++;
      entries.push({ key, keySpan, value: value() });
      skip();
      if (text[at] === ",") {
        at++;
        continue;
      }
      if (text[at] === "}") return { type: "object", entries, span: [start, ++at] };
      fail(`na een waarde in een object verwacht ik ',' of '}', maar ik zie ${describe(at)}.`);
    }
  }

  function array(): JsonNode {
    const start = at++;
    const items: JsonNode[] = [];
    skip();
    if (text[at] === "]") return { type: "array", items, span: [start, ++at] };
    for (;;) {
      items.push(value());
      skip();
      if (text[at] === ",") {
        at++;
        continue;
      }
      if (text[at] === "]") return { type: "array", items, span: [start, ++at] };
      fail(`na een waarde in een lijst verwacht ik ',' of ']', maar ik zie ${describe(at)}.`);
    }
  }

  function string(): string {
    const start = at++;
    let result = "";
    for (;;) {
      const char = text[at];
      if (char === undefined || char === "\n") fail("deze tekst wordt niet afgesloten met \".", start);
      if (char === '"') {
        at++;
        return result;
      }
      if (char === "\\") {
        const escape = text[at + 1]!;
        if (escape === "u") {
          const hex = text.slice(at + 2, at + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("na \\u horen vier hexadecimale cijfers.");
          result += String.fromCharCode(parseInt(hex, 16));
          at += 6;
        } else if (escape in ESCAPES) {
          result += ESCAPES[escape];
          at += 2;
        } else {
          fail(`onbekende escape '\\${escape ?? ""}' in een tekst.`);
        }
      } else if (char! < " ") {
        fail("een tab of ander stuurteken mag niet letterlijk in een tekst staan; schrijf \\t.");
      } else {
        // Copy a run of plain characters at once: most text has no escapes.
        PLAIN_RUN.lastIndex = at;
        PLAIN_RUN.exec(text);
        result += text.slice(at, PLAIN_RUN.lastIndex);
        at = PLAIN_RUN.lastIndex;
      }
    }
  }

  const root = value();
  skip();
  if (at < text.length) fail(`na de JSON-waarde staat nog ${describe(at)}.`);
  return root;
}

/** The plain JavaScript value of a node, for schema validation. */
export function plainValue(node: JsonNode): unknown {
  switch (node.type) {
    case "object": {
      const result: Record<string, unknown> = {};
      for (const entry of node.entries) result[entry.key] = plainValue(entry.value);
      return result;
    }
    case "array":
      return node.items.map(plainValue);
    default:
      return node.value;
  }
}

/** The node at a JSON pointer ("/items/3/text"), or the deepest node on the way. */
export function nodeAtPointer(root: JsonNode, pointer: string): JsonNode {
  let node = root;
  for (const part of pointerParts(pointer)) {
    const next = node.type === "object" ? node.entries.find((e) => e.key === part)?.value : node.type === "array" ? node.items[Number(part)] : undefined;
    if (!next) break;
    node = next;
  }
  return node;
}

/** An object's value under `key`. */
export function member(node: JsonNode | undefined, key: string): JsonNode | undefined {
  return node?.type === "object" ? node.entries.find((e) => e.key === key)?.value : undefined;
}

/**
 * What a JSON string says, with its escapes decoded in place: each escape becomes its character
 * padded with spaces (`\"` → `" `, `\u00e9` → `é     `), so the result is exactly as long as the
 * raw contents between the quotes and offsets in it are offsets in the file.
 */
export function decodeInPlace(raw: string): string {
  if (!raw.includes("\\")) return raw;
  return raw.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (match, escape: string) => {
    const char = escape.length === 5 ? String.fromCharCode(parseInt(escape.slice(1), 16)) : (ESCAPES[escape] ?? escape);
    const speech = /[\n\r\t\b\f]/.test(char) ? " " : char;
    return speech.padEnd(match.length, " ");
  });
}
