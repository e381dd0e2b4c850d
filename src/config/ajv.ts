// One ajv instance for every schema in the project: config, rule options, phrase lists.
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

let instance: Ajv | undefined;

export function ajv(): Ajv {
  return (instance ??= new Ajv({ allErrors: true, strict: true, useDefaults: false, allowUnionTypes: true }));
}

const compiled = new WeakMap<object, ValidateFunction>();

/** Compiles a schema once and keeps the validator for its object. */
export function validatorFor(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv().compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

/** ajv errors as Dutch-readable lines with a dotted path prefixed by `base` ("rules.greeting.options"). */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined, base: string): string[] {
  return (errors ?? []).map((error) => {
    const path = [base, ...error.instancePath.split("/").slice(1).map(unescapePointer)].filter(Boolean).join(".");
    switch (error.keyword) {
      case "additionalProperties":
        return `${path}: onbekende sleutel "${String(error.params.additionalProperty)}"`;
      case "required":
        return `${path}: verplichte sleutel "${String(error.params.missingProperty)}" ontbreekt`;
      case "enum":
        return `${path}: moet een van deze waarden zijn: ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
      case "type":
        return `${path}: moet van type ${String(error.params.type)} zijn`;
      default:
        return `${path}: ${error.message ?? error.keyword}`;
    }
  });
}

function unescapePointer(part: string): string {
  return part.replace(/~1/g, "/").replace(/~0/g, "~");
}
