// YAML text to a plain value without throwing: syntax errors and errors that only show while
// building the value (an alias to an anchor that does not exist) both come back with an offset.
export type YamlValue = { value: unknown; empty: boolean } | { error: string; offset: number };

export async function readYamlValue(text: string): Promise<YamlValue> {
  const { parseDocument } = await import("yaml");
  const doc = parseDocument(text, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) return { error: error.message.split("\n")[0]!, offset: error.pos[0] ?? 0 };
  try {
    return { value: doc.toJS(), empty: doc.contents === null };
  } catch (thrown) {
    return { error: translate((thrown as Error).message.split("\n")[0]!), offset: 0 };
  }
}

function translate(message: string): string {
  if (/^Unresolved alias/.test(message)) return `een alias (*naam) verwijst naar een anker (&naam) dat er niet vóór staat (${message})`;
  return message;
}
