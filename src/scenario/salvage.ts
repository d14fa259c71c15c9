/**
 * The parts of a scenario file that fit the schema, so that the domain checks (actors, sources,
 * anchors, states) still run on them and `validate` reports every problem in one pass, not the
 * shape errors first and the rest after they are fixed.
 */
import type { z } from 'zod';
import { policyOverrideSchema, policySchema, type PolicyOverride } from './policySchema.js';
import {
  actorSchema,
  eventSchema,
  scenarioSchema,
  type EventEntry,
  type ScenarioFile,
} from './schema.js';

type Listed = 'events' | 'replace' | 'insert' | 'policies';
type Entry<K extends Listed> = NonNullable<ScenarioFile[K]>[number];
type InsertBlock = Entry<'insert'>;

/** An insert block with the events that fit, null in the places of those that did not. */
export interface SalvagedInsert extends Omit<InsertBlock, 'events'> {
  readonly events: readonly (EventEntry | null)[];
}

/**
 * The fields of a file that fit the schema. Lists of events, changes and rules keep each entry's
 * place, null where one did not fit, so positions still point at the right line for the entries
 * after it. A file that fits the schema whole is one of these too, with no nulls.
 */
export interface Salvaged extends Omit<Partial<ScenarioFile>, Listed> {
  readonly events?: readonly (EventEntry | null)[];
  readonly replace?: readonly (Entry<'replace'> | null)[];
  readonly insert?: readonly (SalvagedInsert | null)[];
  readonly policies?: readonly (PolicyOverride | null)[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const fits = (schema: z.ZodType, value: unknown): boolean => schema.safeParse(value).success;
/** The value as the schema reads it, or null where it does not fit. */
const fitting = <T>(schema: z.ZodType<T>, value: unknown): T | null => {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
};

/** An insert block keeps its anchor and the events that fit; the others are reported already. */
function salvageInsert(block: unknown): SalvagedInsert | null {
  const whole = scenarioSchema.shape.insert.unwrap().element.safeParse(block);
  if (whole.success) return whole.data;
  if (!isObject(block) || !Array.isArray(block.events)) return null;
  const { before, after } = block;
  return {
    ...(typeof before === 'string' ? { before } : {}),
    ...(typeof after === 'string' ? { after } : {}),
    events: block.events.map((e) => fitting(eventSchema, e)),
  };
}

/**
 * A policy keeps the conditions and move that fit. A bad number (already reported) becomes a
 * neutral one: the file will not run, so it only lets the rest of the rule be checked. A move
 * that does not fit, or an id that does not (which an override needs), leaves nothing to check.
 */
function salvagePolicy(policy: unknown): PolicyOverride | null {
  if (fits(policyOverrideSchema, policy)) return policy as PolicyOverride;
  const shape = policySchema.shape;
  if (!isObject(policy) || !fits(shape.id, policy.id)) return null;
  if (policy.then !== undefined && !fits(shape.then, policy.then)) return null;
  const when = isObject(policy.when) ? policy.when : {};
  const kept = (key: 'then' | 'delay' | 'source') =>
    policy[key] !== undefined && fits(shape[key], policy[key]) ? { [key]: policy[key] } : {};
  return {
    id: policy.id as string,
    ...(policy.when !== undefined
      ? {
          when: Object.fromEntries(
            Object.entries(shape.when.shape).flatMap(([key, schema]) =>
              when[key] !== undefined && fits(schema, when[key]) ? [[key, when[key]]] : [],
            ),
          ),
        }
      : {}),
    ...kept('then'),
    ...(policy.probability !== undefined
      ? {
          probability: fits(shape.probability, policy.probability)
            ? (policy.probability as number)
            : 0,
        }
      : {}),
    ...kept('delay'),
    ...kept('source'),
  };
}

export function salvage(data: Record<string, unknown>): Salvaged {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(scenarioSchema.shape)) {
    const value = data[key];
    if (value === undefined) continue;
    if (fits(schema, value)) out[key] = value;
    else if (!Array.isArray(value)) continue;
    else if (key === 'events') out[key] = value.map((e) => fitting(eventSchema, e));
    else if (key === 'actors') out[key] = value.filter((a) => fits(actorSchema, a));
    else if (key === 'replace')
      out[key] = value.map((r) => fitting(scenarioSchema.shape.replace.unwrap().element, r));
    else if (key === 'insert') out[key] = value.map(salvageInsert);
    else if (key === 'policies') out[key] = value.map(salvagePolicy);
    else if (key === 'expect')
      out[key] = value.map((e) =>
        fits(scenarioSchema.shape.expect.unwrap().element, e) ? e : null,
      );
  }
  return out as Salvaged;
}
