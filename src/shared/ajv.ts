// One ajv instance for every schema in the project: config, rule options, phrase lists.
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { pointerParts } from "./pointer.js";
import { precompiled } from "./precompiled.js";
import AJV_OPTIONS from "./ajv-options.json" with { type: "json" };

let instance: Ajv | undefined;

export function ajv(): Ajv {
  // validateSchema: false — checking each schema against the draft-07 meta-schema compiles that
  // meta-schema first, ~60 ms of a CLI run. Strict mode still rejects unknown keywords, and the
  // tests check our schemas against the meta-schema (ajv().validateSchema).
  // The options live in ajv-options.json so the build compiles schemas with the very same ones.
  return (instance ??= new Ajv(AJV_OPTIONS));
}

const compiled = new WeakMap<object, ValidateFunction>();

/** Compiles a schema once and keeps the validator for its object (or takes the build's precompiled one). */
export function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    const id = (schema as { $id?: unknown }).$id;
    validate = (typeof id === "string" ? precompiled[id] : undefined) ?? ajv().compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** ajv errors as Dutch-readable lines with a dotted path prefixed by `base` ("rules.greeting.options"). */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined, base: string): string[] {
  return (errors ?? []).map((error) => {
    const path = [base, ...pointerParts(error.instancePath)].filter(Boolean).join(".");
    switch (error.keyword) {
      case "additionalProperties":
        return `${path}: onbekende sleutel "${String(error.params.additionalProperty)}"`;
      case "required":
        return `${path}: verplichte sleutel "${String(error.params.missingProperty)}" ontbreekt`;
      case "enum":
        return `${path}: moet een van deze waarden zijn: ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
      case "type":
        return `${path}: moet van type ${String(error.params.type)} zijn`;
      case "pattern":
        return `${path}: moet passen bij het patroon ${String(error.params.pattern)}`;
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        return `${path}: moet ${String(error.params.comparison)} ${String(error.params.limit)} zijn`;
      case "minLength":
        return `${path}: moet minstens ${String(error.params.limit)} teken(s) lang zijn`;
      case "minItems":
        return `${path}: moet minstens ${String(error.params.limit)} element(en) hebben`;
      case "maxItems":
      case "additionalItems":
        return `${path}: mag hoogstens ${String(error.params.limit)} element(en) hebben`;
      case "uniqueItems":
        return `${path}: bevat een waarde twee keer (plaats ${String(error.params.j)} en ${String(error.params.i)})`;
      case "const":
        return `${path}: moet ${JSON.stringify(error.params.allowedValue)} zijn`;
      default:
        return `${path}: ${error.message ?? error.keyword}`;
    }
  });
}

