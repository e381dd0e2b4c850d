// Reads the common command lines (`beleefd -f json map/`, `--rule 'x: off' --no-color a.txt`) with
// the option table alone: loading and setting up yargs costs ~15 ms of every start. Anything it is
// not sure of — help, version, `grade`, an unknown option, a missing or doubtful value, a choice
// that is not offered — it leaves to yargs (undefined), so the help text and every usage error stay
// yargs' own.
import { OPTIONS, type OptionSpec } from "./options.js";

export type ParsedOptions = Record<string, unknown> & { _: string[] };

const byName = new Map<string, OptionSpec>();
for (const option of OPTIONS) {
  byName.set(`--${option.name}`, option);
  if (option.alias) byName.set(`-${option.alias}`, option);
}

const BOOLEAN_WORDS = new Set(["true", "false"]);
const COMMANDS = new Set(["grade", "lsp"]);

/** The options as yargs would give them (long names, defaults filled in), or undefined for yargs to decide. */
export function quickParse(argv: readonly string[]): ParsedOptions | undefined {
  const parsed: ParsedOptions = { _: [] };
  for (const option of OPTIONS) if (option.default !== undefined) parsed[option.name] = option.default;
  const given = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("-")) {
      // yargs takes the first word as a command, also after options (`-f json grade klas/`).
      if (parsed._.length === 0 && COMMANDS.has(arg)) return undefined;
      parsed._.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    let option = byName.get(flag);
    let negated = false;
    if (!option && flag.startsWith("--no-")) {
      option = byName.get(`--${flag.slice(5)}`);
      negated = true;
    }
    if (!option || (negated && (option.type !== "boolean" || flag !== arg))) return undefined;
    if (given.has(option.name) && !option.repeatable) return undefined;
    given.add(option.name);
    if (option.type === "boolean") {
      // `--quiet false` and `--quiet=false` are yargs' to read.
      if (flag !== arg || BOOLEAN_WORDS.has(argv[i + 1] ?? "")) return undefined;
      parsed[option.name] = !negated;
      continue;
    }
    const value = flag !== arg ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "" || value.startsWith("-")) return undefined;
    if (option.choices && !option.choices.includes(value)) return undefined;
    if (option.type === "number") {
      if (!/^\d+$/.test(value)) return undefined;
      parsed[option.name] = Number(value);
    } else if (option.repeatable && given.has(option.name) && parsed[option.name] !== undefined) {
      parsed[option.name] = ([] as unknown[]).concat(parsed[option.name], value);
    } else {
      parsed[option.name] = value;
    }
  }
  return parsed;
}
