// A problem in the input that stops a parser, with the place it was found.
import type { Span } from "../model/conversation.js";

export class ParseError extends Error {
  constructor(
    message: string,
    readonly span: Span,
  ) {
    super(message);
  }
}
