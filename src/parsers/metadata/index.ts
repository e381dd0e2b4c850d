// Call metadata beside a transcript: read it, merge it. Loaded only when a run has metadata.
export { applyMetadata } from "./apply.js";
export { readCallMetadata, type CallMetadata, type MetadataInput } from "./read.js";
