// A formatter written as a stream is also a plain `(results, context) => string`: the plain form
// runs the stream over the array, so both give the same text and custom callers keep working.
import type { Formatter, FormatterContext, ResultWriter, StreamingFormatter } from "./types.js";

export function streamingFormatter(stream: (context: FormatterContext) => ResultWriter): StreamingFormatter {
  const formatter: Formatter = (results, context) => {
    const writer = stream(context);
    let output = "";
    for (const result of results) output += writer.result(result);
    return output + writer.end();
  };
  return Object.assign(formatter, { stream });
}

export function isStreaming(formatter: Formatter): formatter is StreamingFormatter {
  return typeof (formatter as Partial<StreamingFormatter>).stream === "function";
}
