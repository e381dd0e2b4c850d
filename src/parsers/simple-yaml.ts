// The front matter people write is nearly always flat `sleutel: waarde` lines with at most one
// nested map (`sprekers:`). Reading that directly spares most files the YAML library; anything
// else (quotes, lists, numbers, booleans, comments after a value, ...) goes to the real parser.

const TOP = /^([A-Za-z_][\w-]*):(?:[ ]+(.*?))?[ ]*$/;
const NESTED = /^( +)([^\s:#\-?,[\]{}&*!|>'"%@`][^:#]*?):[ ]+(.*?)[ ]*$/;
const COMMENT_OR_BLANK = /^[ ]*(?:#.*)?$/;
// Plain scalars that YAML reads as a string, exactly as written.
const PLAIN_STRING = /^[^\s\-?:,[\]{}#&*!|>'"%@`.+\d~][^#]*$/;
const NOT_A_STRING = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

type Value = string | Record<string, string>;

/** The data of simple front matter, or undefined when the real YAML parser must decide. */
export function readSimpleYaml(yaml: string): Record<string, Value> | undefined {
  const result: Record<string, Value> = {};
  let nested: Record<string, string> | undefined;
  let indent: string | undefined;
  for (const rawLine of yaml.split("\n")) {
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    if (COMMENT_OR_BLANK.test(line)) continue;
    const top = TOP.exec(line);
    if (top) {
      const [, key, value] = top;
      if (key! in result) return undefined;
      if (value === undefined || value === "") {
        result[key!] = nested = {};
        indent = undefined;
      } else {
        if (!isPlainString(value)) return undefined;
        result[key!] = value;
        nested = undefined;
      }
      continue;
    }
    const inner = NESTED.exec(line);
    if (!inner || !nested) return undefined;
    const [, spaces, key, value] = inner;
    if ((indent ??= spaces) !== spaces || key! in nested || !isPlainString(value!) || key!.endsWith(" ")) return undefined;
    nested[key!] = value!;
  }
  // An empty nested map is `null` in YAML: leave that case to the real parser.
  return Object.values(result).some((v) => typeof v === "object" && Object.keys(v).length === 0) ? undefined : result;
}

function isPlainString(value: string): boolean {
  return PLAIN_STRING.test(value) && !NOT_A_STRING.test(value) && !value.includes(": ") && !value.includes(" #");
}
