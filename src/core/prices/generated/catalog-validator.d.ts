import type { ErrorObject } from "ajv";

/** Standalone Ajv validator for schemas/price-catalog.schema.json (see scripts/gen-validators.mjs). */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
