// Generates pathological but plausible inputs for the bench and for profiling: one opening turn of
// about `bytes` bytes in every format, a line of a single repeated character, and many short turns.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const WORDS = "dank u wel voor het wachten mevrouw Janssen ik kijk even naar uw jaarafrekening en het voorschot dat wordt aangepast".split(" ");

/** Dutch-looking words, sentences of twelve words, about `bytes` long. */
export function longText(bytes) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const word = WORDS[i % WORDS.length] + (i % 12 === 11 ? "." : i % 7 === 6 ? "," : "");
    parts.push(i % 12 === 0 ? word[0].toUpperCase() + word.slice(1) : word);
    length += word.length + 1;
  }
  return parts.join(" ");
}

const json = (value) => JSON.stringify(value);
const reply = "Ja, goedemiddag, met Janssen.";

/** One call whose opening agent turn is `text`, in the given format; returns the file's content. */
export function callWith(format, text) {
  switch (format) {
    case "txt":
      return `Agent: ${text}\nKlant: ${reply}\n`;
    case "md":
      return `## Aanvangsfase\n\n**Agent:** ${text}\n\n**Klant:** ${reply}\n`;
    case "vtt":
      return `WEBVTT\n\n1\n00:00:01.000 --> 00:00:30.000\n<v Medewerker>${text}</v>\n\n2\n00:00:31.000 --> 00:00:33.000\n<v Klant>${reply}</v>\n`;
    case "srt":
      return `1\n00:00:01,000 --> 00:00:30,000\nMedewerker: ${text}\n\n2\n00:00:31,000 --> 00:00:33,000\nKlant: ${reply}\n`;
    case "beleefd.json":
      return json({ beleefd: 1, items: [{ role: "agent", start: 1, end: 30, text }, { role: "customer", start: 31, end: 33, text: reply }] });
    case "whisper.json":
      return json({ language: "nl", segments: [{ id: 0, start: 1, end: 30, text, speaker: "SPEAKER_00" }, { id: 1, start: 31, end: 33, text: reply, speaker: "SPEAKER_01" }] });
    case "ccai.json":
      return json({ entries: [{ start_timestamp_usec: 1e15, text, role: "AGENT", user_id: 2 }, { start_timestamp_usec: 1e15 + 3e7, text: reply, role: "END_USER", user_id: 1 }] });
    case "transcribe.json":
      return json({
        JobName: "lang",
        Transcript: [
          { Id: "1", ParticipantRole: "AGENT", BeginOffsetMillis: 1000, EndOffsetMillis: 30000, Content: text },
          { Id: "2", ParticipantRole: "CUSTOMER", BeginOffsetMillis: 31000, EndOffsetMillis: 33000, Content: reply },
        ],
      });
    default:
      throw new Error(`unknown format ${format}`);
  }
}

export const FORMATS = ["txt", "md", "vtt", "srt", "beleefd.json", "whisper.json", "ccai.json", "transcribe.json"];

/** `count` short alternating turns as a plain transcript. */
export function manyTurns(count) {
  const lines = [];
  for (let i = 0; i < count; i++) lines.push(i % 2 ? `Klant: Ja, dat klopt ${i}.` : `Agent: Goedemiddag, mag ik u iets vragen ${i}?`);
  return `${lines.join("\n")}\n`;
}

/** Writes one file per format with a `bytes`-long opening turn into `dir`; returns their paths by format. */
export function writeLongLines(dir, bytes) {
  mkdirSync(dir, { recursive: true });
  const text = longText(bytes);
  return Object.fromEntries(FORMATS.map((format) => {
    const path = join(dir, `lange-regel.${format}`);
    writeFileSync(path, callWith(format, text));
    return [format, path];
  }));
}
