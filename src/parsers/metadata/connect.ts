// An Amazon Connect contact record as call metadata. The record counts holds but does not say
// when they were; the merge step places them in the longest silences of the transcript.
import type { Direction, Role } from "../../model/conversation.js";
import { checkSchema, type JsonDocument } from "../json/document.js";
import schema from "./connect.schema.json" with { type: "json" };
import type { CallMetadata } from "./read.js";

interface ContactRecord {
  InitiationMethod?: string;
  InitiationTimestamp?: string;
  DisconnectReason?: string;
  Agent?: { NumberOfHolds?: number } | null;
  TransferredToEndpoint?: { Address?: string } | null;
}

const DIRECTIONS: Readonly<Record<string, Direction>> = {
  INBOUND: "inbound",
  TRANSFER: "inbound",
  QUEUE_TRANSFER: "inbound",
  OUTBOUND: "outbound",
  EXTERNAL_OUTBOUND: "outbound",
  CALLBACK: "outbound",
};

const HUNG_UP_BY: Readonly<Record<string, Role>> = { CUSTOMER_DISCONNECT: "customer", AGENT_DISCONNECT: "agent" };

export function fromConnectRecord(doc: JsonDocument): CallMetadata {
  checkSchema(doc, schema, "Amazon Connect-contactrecord");
  const record = doc.value as ContactRecord;
  const metadata: CallMetadata = { holds: [], transfers: [] };
  const direction = DIRECTIONS[record.InitiationMethod ?? ""];
  if (direction) metadata.direction = direction;
  const startedAt = record.InitiationTimestamp && localTime(record.InitiationTimestamp);
  if (startedAt) metadata.startedAt = startedAt;
  for (let i = 0; i < (record.Agent?.NumberOfHolds ?? 0); i++) metadata.holds.push({});
  const target = record.TransferredToEndpoint?.Address;
  if (target) metadata.transfers.push({ target });
  if (record.DisconnectReason) {
    const by = HUNG_UP_BY[record.DisconnectReason];
    metadata.hangup = by ? { by } : {};
  }
  return metadata;
}

/** Connect's UTC time stamp as a local date-time in the Netherlands ("2026-03-02T10:14:03"). */
function localTime(timestamp: string): string | undefined {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return undefined;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}`;
}
