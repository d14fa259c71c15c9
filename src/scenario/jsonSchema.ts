/**
 * The JSON Schema of scenario files, for editors: generated from the one zod schema the loader
 * uses, never kept by hand. Draft-7, because yaml-language-server documents draft-7 and below.
 */
import { z } from 'zod';
import {
  SCRIPT_EVENT_TYPES,
  VOCABULARY,
  isScriptEventType,
  type ScriptEventType,
} from '../model/vocabulary.js';
import { scenarioSchema } from './schema.js';

export type JsonSchema = { [key: string]: unknown };

const OPTIONS = { io: 'input', target: 'draft-7' } as const;

/** Where the payload schema of an event type is kept in the generated file. */
const payloadRef = (type: string): string => `#/definitions/payload.${type}`;

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The zod schema types `payload` as any object, because its shape depends on `type` (the loader
 * checks it against the vocabulary afterwards). Editors get that dependency as one `if type is X
 * then payload is X's payload` per type, on every object that has both fields: events, inserted
 * events, `replace` entries and policy moves.
 */
function withPayloadsByType(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withPayloadsByType);
  if (!isObject(node)) return node;
  const out = Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, withPayloadsByType(v)]),
  ) as JsonSchema;
  const properties = isObject(out.properties) ? out.properties : {};
  const types = isObject(properties.type) ? properties.type.enum : undefined;
  if (!Array.isArray(types) || !('payload' in properties)) return out;
  // Where `type` is required (events, policy moves), a payload with required fields is required too;
  // a `replace` entry may change the type and keep the base event's payload.
  const typeRequired = Array.isArray(out.required) && out.required.includes('type');
  out.allOf = types.filter(isScriptEventType).map((type) => ({
    if: { properties: { type: { const: type } }, required: ['type'] },
    then: {
      properties: { payload: { $ref: payloadRef(type) } },
      ...(typeRequired && hasRequiredFields(type) ? { required: ['payload'] } : {}),
    },
  }));
  return out;
}

const payloadSchema = (type: ScriptEventType): JsonSchema => {
  const { $schema: _, ...schema } = z.toJSONSchema(VOCABULARY[type].payload, OPTIONS);
  return { description: VOCABULARY[type].meaning, ...schema };
};

const hasRequiredFields = (type: ScriptEventType): boolean =>
  Object.values(VOCABULARY[type].payload.shape).some(
    (field) => !(field as z.ZodType).safeParse(undefined).success,
  );

/**
 * @example
 * const schema = scenarioJsonSchema();
 * schema.definitions['payload.WALKOUT_THREATENED'].required // ['deadline', 'conditions']
 */
export function scenarioJsonSchema(): JsonSchema {
  const { $schema, ...generated } = z.toJSONSchema(scenarioSchema, OPTIONS);
  const definitions = Object.fromEntries(
    SCRIPT_EVENT_TYPES.map((type) => [`payload.${type}`, payloadSchema(type)]),
  );
  return {
    $schema,
    title: 'parley scenario',
    description:
      'A scenario file of parley: a record of talks, or a what-if that extends one. See `parley events` for event types.',
    ...(withPayloadsByType(generated) as JsonSchema),
    definitions,
  };
}

/** The schema as `parley schema` prints it and `scenario.schema.json` holds it. @example writeFileSync('scenario.schema.json', scenarioJsonSchemaText()) */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
