// The `json` parser: reads the file once, recognises its flavour from its shape and hands it to
// that adapter. `--parser whisper` (and the other flavour names) skips the recognising.
import type { Source } from "../../model/source.js";
import type { ParseOptions, ParseResult } from "../../types.js";
import { ParseError } from "../problems.js";
import { parseBeleefdJson } from "./beleefd.js";
import { parseCcai } from "./ccai.js";
import { readJsonDocument, type JsonDocument } from "./document.js";
import { FLAVOUR_NAMES, isTranscriptFlavour, jsonFlavour, type TranscriptFlavour } from "./flavour.js";
import { parseTranscribe } from "./transcribe.js";
import { parseWhisper } from "./whisper.js";

type Adapter = (doc: JsonDocument, source: Source, options: ParseOptions) => ParseResult;

const ADAPTERS: Readonly<Record<TranscriptFlavour, Adapter>> = {
  "beleefd-json": parseBeleefdJson,
  whisper: parseWhisper,
  transcribe: parseTranscribe,
  ccai: parseCcai,
};

/** Parses a JSON transcript of the flavour its shape shows, or of the `forced` one (`--parser whisper`). */
export function parseJson(source: Source, options: ParseOptions, forced?: TranscriptFlavour): ParseResult {
  const doc = readJsonDocument(source.text);
  const flavour = forced ?? jsonFlavour(doc.value);
  if (isTranscriptFlavour(flavour)) return ADAPTERS[flavour](doc, source, options);
  const head: [number, number] = [doc.root.span[0], doc.root.span[0] + 1];
  if (flavour) {
    throw new ParseError(`Dit is een ${FLAVOUR_NAMES[flavour]}, geen transcript. Geef het mee met --metadata, of zet het naast het transcript als <naam>.meta.json.`, head);
  }
  throw new ParseError(
    "Onbekende JSON-vorm: dit lijkt geen transcript. beleefd leest een beleefd-transcript (\"beleefd\": 1), Whisper/WhisperX (\"segments\"), Amazon Transcribe (\"Transcript\") en Google CCAI (\"entries\"). Kies zelf met --parser.",
    head,
  );
}
