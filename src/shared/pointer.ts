// JSON pointers as ajv reports them ("/rules/a~1b"), read back into keys.

/** The keys of a JSON pointer: "/rules/a~1b" → ["rules", "a/b"]. */
export function pointerParts(pointer: string): string[] {
  return pointer.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}
