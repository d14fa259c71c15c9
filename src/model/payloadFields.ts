/**
 * Payload fields of each event type, read from the vocabulary's zod schemas: what `parley events`
 * shows, and the example payloads that `parley new` and `parley paths` write.
 */
import { z } from 'zod';
import { addDays } from './dates.js';
import type { Payload } from './events.js';
import { VOCABULARY, type ScriptEventType } from './vocabulary.js';

export interface PayloadField {
  readonly name: string;
  /** As a reader says it: `date`, `list of endAirStrikes | liftSieges`, `number 0 to 100`. */
  readonly type: string;
  readonly optional: boolean;
}

interface FieldSchema {
  readonly title?: string;
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly items?: FieldSchema;
  readonly minimum?: number;
  readonly maximum?: number;
}

function payloadSchema(type: ScriptEventType): { properties: Record<string, FieldSchema>; required: readonly string[] } {
  const schema = z.toJSONSchema(VOCABULARY[type].payload, { io: 'input' }) as { properties?: Record<string, FieldSchema>; required?: string[] };
  return { properties: schema.properties ?? {}, required: schema.required ?? [] };
}

function typeName(field: FieldSchema): string {
  if (field.title) return field.title;
  if (field.enum) return field.enum.join(' | ');
  if (field.type === 'array' && field.items) return `list of ${typeName(field.items)}`;
  const range = field.minimum !== undefined && field.maximum !== undefined ? ` ${field.minimum} to ${field.maximum}`
    : field.minimum !== undefined ? ` from ${field.minimum}` : '';
  if (field.type === 'integer') return `whole number${range}`;
  if (field.type === 'number') return `number${range}`;
  return 'text';
}

/** @example payloadFields('WALKOUT_THREATENED')[0] // { name: 'deadline', type: 'date', optional: false } */
export function payloadFields(type: ScriptEventType): PayloadField[] {
  const { properties, required } = payloadSchema(type);
  return Object.entries(properties).map(([name, field]) => ({ name, type: typeName(field), optional: !required.includes(name) }));
}

function exampleValue(field: FieldSchema, name: string, at: ExampleContext): unknown {
  if (field.title === 'date') return addDays(at.date, 3);
  if (field.title === 'actor id') return at.actor;
  // A list of preconditions names them all: the strongest demand, or a gesture that meets every one.
  if (field.type === 'array' && field.items?.enum) return [...field.items.enum];
  if (field.enum) return field.enum[0];
  if (field.type === 'number' || field.type === 'integer') return field.minimum ?? 0;
  return `example ${name}`;
}

export interface ExampleContext {
  /** The day of the move: example dates fall three days later. */
  readonly date: string;
  /** An actor id for fields that name one (`ENVOY_MET` `with`). */
  readonly actor: string;
}

/**
 * A payload with every required field filled in, that the vocabulary accepts.
 * @example examplePayload('WALKOUT_THREATENED', { date: '2016-02-02', actor: 'hnc' })
 * // { deadline: '2016-02-05', conditions: ['endAirStrikes', 'liftSieges', 'releaseDetainees', 'humanitarianAccess'] }
 */
export function examplePayload(type: ScriptEventType, at: ExampleContext): Payload {
  const { properties, required } = payloadSchema(type);
  return Object.fromEntries(required.map((name) => [name, exampleValue(properties[name]!, name, at)]));
}
