// Which format a pasted text is in, from its own shape: a trainee pastes subtitles or a JSON export
// without knowing (or choosing) the format, and a WebVTT read as plain text gets a wrong verdict.

/** The extension of the format the text looks like; plain transcript (".txt") when nothing else fits. */
export function detectFormat(text: string): string {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (/^WEBVTT(?:[ \t]|\r?\n|$)/.test(start)) return ".vtt";
  // SRT: a cue number, then a time line with comma milliseconds.
  if (/^\d+[ \t]*\r?\n\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->/.test(start)) return ".srt";
  if ((start.startsWith("{") || start.startsWith("[")) && parsesAsJson(start)) return ".json";
  if (/^#{1,6}[ \t]+\S/m.test(start) || /^\*\*[^*\n]+:\*\*/m.test(start)) return ".md";
  return ".txt";
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    // Front matter or a turn in brackets can start with "[" too: only valid JSON counts.
    return false;
  }
}
