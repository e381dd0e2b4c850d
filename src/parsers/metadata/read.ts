// Call metadata from a file beside the transcript: beleefd's own small format or an Amazon Connect
// contact record, recognised from its shape, read into one shape the merge step understands.
import type { CallType, Direction, Role } from "../../model/conversation.js";
import { Source } from "../../model/source.js";
import { checkSchema, readJsonDocument } from "../json/document.js";
import { jsonFlavour } from "../json/flavour.js";
import { ParseError } from "../problems.js";
import { fromConnectRecord } from "./connect.js";
import schema from "./metadata.schema.json" with { type: "json" };

export interface CallMetadata {
  direction?: Direction;
  customer?: string;
  organization?: string;
  agent?: string;
  startedAt?: string;
  callType?: CallType;
  speakers?: Record<string, Role>;
  /** Holds with times; `start` absent when the source only counts them (Connect). */
  holds: Array<{ start?: number; end?: number }>;
  transfers: Array<{ at?: number; target?: string }>;
  hangup?: { by?: Role; at?: number };
}

export interface MetadataInput {
  text: string;
  /** How to name the file in messages. */
  name: string;
}

/** Reads a metadata file; a mistake in it is a ParseError whose message names the file, line and column. */
export function readCallMetadata(input: MetadataInput): CallMetadata {
  const source = new Source(input.text, input.name);
  try {
    const doc = readJsonDocument(source.text);
    const flavour = jsonFlavour(doc.value);
    if (flavour === "connect-record") return fromConnectRecord(doc);
    if (flavour !== "beleefd-metadata") {
      throw new ParseError('Dit is geen metadatabestand: verwacht "beleefd-metadata": 1 of een Amazon Connect-contactrecord (met "ContactId").', [0, 1]);
    }
    checkSchema(doc, schema, "metadatabestand");
    const { "beleefd-metadata": _version, $schema: _schema, organisation, ...rest } = doc.value as CallMetadata & {
      "beleefd-metadata": 1;
      $schema?: string;
      organisation?: string;
    };
    const metadata: CallMetadata = { ...rest, holds: rest.holds ?? [], transfers: rest.transfers ?? [] };
    if (organisation) metadata.organization = organisation;
    return metadata;
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const at = source.position(error.span[0]);
    throw new ParseError(`Fout in metadatabestand ${input.name}:${at.line}:${at.column}: ${error.message}`, [0, 0]);
  }
}
