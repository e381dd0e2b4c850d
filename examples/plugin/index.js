// An example beleefd plugin: Acme's house rule, as `acme/reference-before-goodbye` in a config.
import referenceBeforeGoodbye from "./reference-before-goodbye.js";

export default { rules: { "reference-before-goodbye": referenceBeforeGoodbye } };
