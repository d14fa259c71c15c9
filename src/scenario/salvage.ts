/**
 * The parts of a scenario file that fit the schema, so that the domain checks (actors, sources,
 * anchors, states) still run on them and `validate` reports every problem in one pass, not the
 * shape errors first and the rest after they are fixed.
 */
import { z } from 'zod';
import { policyOverrideSchema, policySchema, type PolicyOverride } from './policySchema.js';
import { actorSchema, eventSchema, scenarioSchema, type ScenarioFile } from './schema.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const fits = (schema: z.ZodType, value: unknown): boolean => schema.safeParse(value).success;

/** An insert block keeps its anchor and the events that fit; the others are reported already. */
function salvageInsert(block: unknown): unknown {
  if (fits(scenarioSchema.shape.insert.unwrap().element, block)) return block;
  if (!isObject(block) || !Array.isArray(block['events'])) return null;
  const anchors = Object.fromEntries(['before', 'after'].filter((k) => typeof block[k] === 'string').map((k) => [k, block[k]]));
  return { ...anchors, events: block['events'].map((e) => (fits(eventSchema, e) ? e : null)) };
}

/**
 * A policy keeps the conditions and move that fit. A bad number (already reported) becomes a
 * neutral one: the file will not run, so it only lets the rest of the rule be checked. A move
 * that does not fit, or an id that does not (which an override needs), leaves nothing to check.
 */
function salvagePolicy(policy: unknown): PolicyOverride | null {
  if (fits(policyOverrideSchema, policy)) return policy as PolicyOverride;
  const shape = policySchema.shape;
  if (!isObject(policy) || !fits(shape.id, policy['id'])) return null;
  if (policy['then'] !== undefined && !fits(shape.then, policy['then'])) return null;
  const when = isObject(policy['when']) ? policy['when'] : {};
  const kept = (key: 'then' | 'delay' | 'source') => (policy[key] !== undefined && fits(shape[key], policy[key]) ? { [key]: policy[key] } : {});
  return {
    id: policy['id'] as string,
    ...(policy['when'] !== undefined
      ? { when: Object.fromEntries(Object.entries(shape.when.shape).flatMap(([key, schema]) => (when[key] !== undefined && fits(schema, when[key]) ? [[key, when[key]]] : []))) }
      : {}),
    ...kept('then'),
    ...(policy['probability'] !== undefined ? { probability: fits(shape.probability, policy['probability']) ? policy['probability'] as number : 0 } : {}),
    ...kept('delay'),
    ...kept('source'),
  };
}

export function salvage(data: Record<string, unknown>): Partial<ScenarioFile> {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(scenarioSchema.shape)) {
    const value = data[key];
    if (value === undefined) continue;
    if (fits(schema, value)) out[key] = value;
    else if (!Array.isArray(value)) continue;
    // Entries keep their places, null where one did not fit, so positions still point at the
    // right line for the entries after it.
    else if (key === 'events') out[key] = value.map((e) => (fits(eventSchema, e) ? e : null));
    else if (key === 'actors') out[key] = value.filter((a) => fits(actorSchema, a));
    else if (key === 'replace') out[key] = value.map((r) => (fits(scenarioSchema.shape.replace.unwrap().element, r) ? r : null));
    else if (key === 'insert') out[key] = value.map(salvageInsert);
    else if (key === 'policies') out[key] = value.map(salvagePolicy);
    else if (key === 'expect') out[key] = value.map((e) => (fits(scenarioSchema.shape.expect.unwrap().element, e) ? e : null));
  }
  return out as Partial<ScenarioFile>;
}
