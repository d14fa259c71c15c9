/**
 * The fields a schema expects in the mapping at a path of a file: what a misspelt key there may
 * have meant. Read from the schema itself, so a hint never names a field of another mapping.
 */
import { z } from 'zod';

/** The schema that checks the value at `path`, or null where the schema has no such place. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | null {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  const [key, ...rest] = path;
  if (key === undefined) return inner;
  if (inner instanceof z.ZodArray && typeof key === 'number')
    return schemaAt(inner.element as z.ZodType, rest);
  if (inner instanceof z.ZodRecord) return schemaAt(inner.valueType as z.ZodType, rest);
  const field = inner instanceof z.ZodObject ? inner.shape[String(key)] : undefined;
  return field ? schemaAt(field as z.ZodType, rest) : null;
}

/** @example fieldsAt(scenarioSchema, ['events', 0, 'source']) // ['doc', 'quote'] */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const found = schemaAt(schema, path);
  return found instanceof z.ZodObject ? Object.keys(found.shape) : [];
}
