// Call metadata and speaker roles shared by the JSON adapters.
import type { CallMeta, CallType, Direction, Role } from "../../model/conversation.js";
import type { ParseOptions } from "../../types.js";
import { SpeakerMap } from "../labels.js";

export interface MetaFields {
  direction?: Direction;
  customer?: string;
  organisation?: string;
  organization?: string;
  agent?: string;
  startedAt?: string;
  callType?: CallType;
  speakers?: Record<string, Role>;
}

/** The speaker map from config, the metadata file and the file's own `speakers`. */
export function speakerMap(options: ParseOptions, own?: Record<string, Role>): SpeakerMap {
  return new SpeakerMap(options.speakers, own);
}

export function callMeta(fields: MetaFields, speakers: SpeakerMap): CallMeta {
  const meta: CallMeta = { extra: {}, speakers: {} };
  if (fields.direction) meta.direction = fields.direction;
  if (fields.customer) meta.customer = fields.customer;
  const organization = fields.organisation ?? fields.organization;
  if (organization) meta.organization = organization;
  if (fields.agent) meta.agent = fields.agent;
  if (fields.startedAt) meta.startedAt = fields.startedAt;
  if (fields.callType) meta.callType = fields.callType;
  meta.speakers = speakers.toRecord();
  return meta;
}
