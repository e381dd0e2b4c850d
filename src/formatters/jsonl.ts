// JSON Lines: one result per line, the same object as one element of `--format json`, written as
// soon as the file is done. A pipeline reads it line by line (`beleefd ... | jq`, a Spark `pipe`).
import { toJsonResult } from "./json.js";
import { streamingFormatter } from "./streaming.js";

export const jsonl = streamingFormatter(() => ({
  result: (result) => `${JSON.stringify(toJsonResult(result))}\n`,
  end: () => "",
}));

export default jsonl;
