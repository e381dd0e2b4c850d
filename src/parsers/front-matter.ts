// YAML front matter between `---` lines, shared by every text format. Keys in Dutch or English.
import type { CallMeta, Direction, Role } from "../model/conversation.js";
import type { Source } from "../model/source.js";
import { describeErrors, validatorFor } from "../shared/ajv.js";
import schema from "./front-matter.schema.json" with { type: "json" };
import { CALL_TYPE_WORDS } from "../model/call-type.js";
import { ROLE_WORDS, SpeakerMap } from "./labels.js";
import { ParseError } from "./problems.js";
import { readSimpleYaml } from "./simple-yaml.js";
import { readYamlValue } from "../shared/yaml-value.js";

export interface FrontMatter {
  meta: Omit<CallMeta, "speakers">;
  /** Labels from `sprekers:` plus the agent's and customer's names. */
  speakers: Record<string, Role>;
  /** Offset where the body starts (0 without front matter). */
  bodyStart: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const KNOWN = new Set(Object.keys(schema.properties));
const TIME_KEYS = new Set(["tijdstip", "starttijd", "start", "startedAt", "datum", "tijd"]);

/** The raw YAML between the `---` lines, or undefined when the text has no (closed) front matter. */
export function frontMatterBlock(text: string): string | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  return close ? rest.slice(0, close.index) : undefined;
}

export async function readFrontMatter(source: Source): Promise<FrontMatter> {
  const text = source.text;
  const empty: FrontMatter = { meta: { extra: {} }, speakers: {}, bodyStart: 0 };
  const open = OPEN.exec(text);
  if (!open) return empty;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) throw new ParseError("De front matter begint met '---' maar wordt nergens afgesloten met '---'.", [0, 3]);
  const yamlStart = open[0].length;
  const yamlText = rest.slice(0, close.index);
  const bodyStart = yamlStart + close.index + close[0].length;

  const data: unknown = readSimpleYaml(yamlText) ?? (await readYaml(yamlText, yamlStart));
  if (typeof data !== "object" || Array.isArray(data) || data === null) {
    throw new ParseError("De front matter moet uit sleutels met waarden bestaan (bijv. 'richting: inbound').", [yamlStart, bodyStart]);
  }
  const validate = validatorFor(schema);
  if (!validate(data)) {
    const error = validate.errors![0]!;
    const key = error.instancePath.split("/")[1] ?? "";
    const at = keyOffset(text, yamlStart, yamlText, key);
    const problem = error.keyword === "pattern" && TIME_KEYS.has(key)
      ? `'${key}' moet een tijdstip zijn zoals 09:14, 2024-03-05T09:14 of (bij datum) 2024-03-05`
      : describeErrors([error], "front matter")[0];
    throw new ParseError(`Ongeldige front matter: ${problem}.`, [at, at + Math.max(1, key.length)]);
  }
  return { ...toMeta(data as Record<string, unknown>), bodyStart };
}

/** Any YAML, with the library loaded only now: most front matter never needs it. */
async function readYaml(yamlText: string, yamlStart: number): Promise<unknown> {
  const read = await readYamlValue(yamlText);
  if ("error" in read) {
    // An error at the very end (an unclosed quote or bracket) points at the last YAML line, not at `---`.
    const at = yamlStart + Math.min(read.offset, Math.max(0, yamlText.trimEnd().length - 1));
    throw new ParseError(`Ongeldige YAML in de front matter: ${read.error}`, [at, at + 1]);
  }
  return read.value ?? {};
}

function keyOffset(_text: string, yamlStart: number, yamlText: string, key: string): number {
  const match = key ? new RegExp(`^[ \\t]*${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[ \\t]*:`, "m").exec(yamlText) : null;
  return yamlStart + (match ? match.index + match[0].length - match[0].trimStart().length : 0);
}

function toMeta(data: Record<string, unknown>): Omit<FrontMatter, "bodyStart"> {
  const pick = (...keys: string[]) => keys.map((k) => data[k]).find((v) => typeof v === "string") as string | undefined;
  const meta: FrontMatter["meta"] = { extra: {} };
  const direction = pick("richting", "direction");
  if (direction) meta.direction = (direction === "inkomend" ? "inbound" : direction === "uitgaand" ? "outbound" : direction) as Direction;
  const customer = pick("klant", "customer");
  if (customer) meta.customer = customer;
  const organization = pick("organisatie", "organization", "organisation");
  if (organization) meta.organization = organization;
  const agent = pick("agent", "medewerker");
  if (agent) meta.agent = agent;
  const startedAt = startedAtOf(pick("tijdstip", "starttijd", "start", "startedAt"), pick("datum"), pick("tijd"));
  if (startedAt) meta.startedAt = startedAt;
  const callType = pick("soort", "type");
  if (callType) meta.callType = CALL_TYPE_WORDS[callType]!;
  for (const [key, value] of Object.entries(data)) if (!KNOWN.has(key)) meta.extra[key] = value;

  const speakers: Record<string, Role> = {};
  if (agent) speakers[agent] = "agent";
  if (customer) speakers[customer] = "customer";
  const declared = (data.sprekers ?? data.speakers ?? {}) as Record<string, string>;
  for (const [label, role] of Object.entries(declared)) speakers[label] = ROLE_WORDS[role] ?? "unknown";
  return { meta, speakers };
}

/** "2024-03-05 09:14" → "2024-03-05T09:14"; `datum` and `tijd` together make one date-time. */
function startedAtOf(moment: string | undefined, date: string | undefined, time: string | undefined): string | undefined {
  if (moment) return moment.replace(" ", "T");
  if (time) return date ? `${date}T${time}` : time;
  return undefined;
}

/** The speaker map for a file: defaults, then config, then the file's own front matter. */
export function speakerMapFor(config: Record<string, Role> | undefined, front: FrontMatter): SpeakerMap {
  return new SpeakerMap(config, front.speakers);
}
