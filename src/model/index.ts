export * from "./conversation.js";
export { Source, type Position } from "./source.js";
