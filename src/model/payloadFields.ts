/**
 * Payload fields of each event type, read from the vocabulary's zod schemas: what `parley events`
 * shows, and what a move's payload can be set to (see legalMoves.ts for the defaults).
 */
import { issueWords } from './issueWords.js';
import { z } from 'zod';
import { invariant } from './invariant.js';
import { VOCABULARY, type ScriptEventType } from './vocabulary.js';

/** How a field's value is chosen: a date, an actor of the scenario, one option, any of the options, a number, free text. */
export type FieldKind = 'date' | 'actor' | 'choice' | 'choices' | 'number' | 'text';

export interface PayloadField {
  readonly name: string;
  /** As a reader says it: `date`, `list of endAirStrikes | liftSieges`, `number 0 to 100`. */
  readonly type: string;
  readonly optional: boolean;
  readonly kind: FieldKind;
  /** The values the vocabulary allows, for `choice` and `choices`; the schema's order. */
  readonly options: readonly string[];
  /** For numbers: the range the vocabulary allows, and whether only whole numbers pass. */
  readonly min?: number;
  readonly max?: number;
  /** The value the schema suggests, where it names one (an offensive is `major` unless said otherwise). */
  readonly suggested?: unknown;
}

interface FieldSchema {
  readonly title?: string;
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly items?: FieldSchema;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: unknown;
}

/** A bound the field sets itself: zod writes a whole number's unset ones as the safe-integer limits. */
const own = (bound: number | undefined): number | undefined =>
  bound === undefined || Math.abs(bound) >= Number.MAX_SAFE_INTEGER ? undefined : bound;

function typeName(field: FieldSchema): string {
  if (field.title) return field.title;
  if (field.enum) return field.enum.join(' | ');
  if (field.type === 'array' && field.items) return `list of ${typeName(field.items)}`;
  const [min, max] = [own(field.minimum), own(field.maximum)];
  const range =
    min !== undefined && max !== undefined
      ? ` ${min} to ${max}`
      : min !== undefined
        ? ` from ${min}`
        : '';
  if (field.type === 'integer') return `whole number${range}`;
  if (field.type === 'number') return `number${range}`;
  return 'text';
}

function kindOf(field: FieldSchema): FieldKind {
  if (field.title === 'date') return 'date';
  if (field.title === 'actor id') return 'actor';
  if (field.enum) return 'choice';
  if (field.type === 'array' && field.items?.enum) return 'choices';
  if (field.type === 'integer' || field.type === 'number') return 'number';
  return 'text';
}

function fieldOf(name: string, field: FieldSchema, required: readonly string[]): PayloadField {
  return {
    name,
    type: typeName(field),
    optional: !required.includes(name),
    kind: kindOf(field),
    options: field.enum ?? field.items?.enum ?? [],
    ...(own(field.minimum) !== undefined ? { min: own(field.minimum) } : {}),
    ...(own(field.maximum) !== undefined ? { max: own(field.maximum) } : {}),
    ...(field.default !== undefined ? { suggested: field.default } : {}),
  };
}

// Converting a schema is slow next to a search's inner loop (`parley paths`): once per type.
const cache = new Map<ScriptEventType, readonly PayloadField[]>();

/** @example payloadFields('WALKOUT_THREATENED')[0] // { name: 'deadline', type: 'date', optional: false, kind: 'date', options: [] } */
export function payloadFields(type: ScriptEventType): readonly PayloadField[] {
  const known = cache.get(type);
  if (known) return known;
  const schema = z.toJSONSchema(VOCABULARY[type].payload, { io: 'input' }) as {
    properties?: Record<string, FieldSchema>;
    required?: string[];
  };
  const fields = Object.entries(schema.properties ?? {}).map(([name, field]) =>
    fieldOf(name, field, schema.required ?? []),
  );
  cache.set(type, fields);
  return fields;
}

/**
 * Why `payload` cannot be the payload of a `type` move made on `day`, or null when it can: the
 * vocabulary's schema, and no date field before the move's own day (a deadline already passed).
 * @example payloadProblem('GESTURE_MADE', { meets: [] }, '2016-02-02') // 'meets: Too small: expected array to have >=1 items'
 */
export function payloadProblem(
  type: ScriptEventType,
  payload: Readonly<Record<string, unknown>>,
  day: string,
): string | null {
  const result = VOCABULARY[type].payload.safeParse(payload);
  if (!result.success) {
    const issue = invariant(
      result.error.issues[0],
      'a payload that fails its schema has an issue to show',
    );
    const value = issue.path.reduce<unknown>(
      (at, key) =>
        at !== null && typeof at === 'object'
          ? (at as Record<PropertyKey, unknown>)[key]
          : undefined,
      payload,
    );
    return `${issue.path.join('.') || 'payload'}: ${issueWords(issue, value)}`;
  }
  const early = payloadFields(type).find(
    (f) =>
      f.kind === 'date' && typeof payload[f.name] === 'string' && (payload[f.name] as string) < day,
  );
  return early
    ? `${early.name}: ${String(payload[early.name])} is before the move's own day, ${day}`
    : null;
}
