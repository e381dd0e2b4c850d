// Questions rules share about a call, in one place to import from.
export * from "./call-flow.js";
export * from "./names.js";
export * from "./speech.js";
export * from "./timing.js";
export * from "./phases.js";
export * from "./clock.js";
export * from "./call-type.js";
export * from "./acts.js";
