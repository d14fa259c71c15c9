/**
 * The one schema of scenario files. The loader validates with it; the JSON Schema that editors
 * use is generated from it.
 */
import { z } from 'zod';
import { RELATIVE_DAY } from '../model/dates.js';
import { PRECONDITION_NAMES, REGION_STATES, ROLE_NAMES } from '../model/domain.js';
import { numberBetween, wholeNumber } from '../model/numberFields.js';
import { SCRIPT_EVENT_TYPES } from '../model/vocabulary.js';
import { expectationSchema } from './expectSchema.js';
import { about, citationSchema, isoDate, slug } from './fields.js';
import { policyOverrideSchema } from './policySchema.js';

/** A classroom team's name: a role (`armedGroup`) or an actor id, as the class named it. */
const teamName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, about('must be a role or an actor id, e.g. `opposition`'));

export const eventSchema = z.strictObject({
  id: slug.describe('unique within the scenario; patches refer to it'),
  date: isoDate.optional().describe('the day it happened, YYYY-MM-DD'),
  at: z
    .string()
    .regex(RELATIVE_DAY, about('must be days after the start, written like +3d'))
    .optional()
    .describe('days after the scenario start, e.g. +3d (instead of date)'),
  actor: slug.describe('one of the scenario actors'),
  type: z.enum(SCRIPT_EVENT_TYPES).describe('an event type from `parley events`'),
  payload: z.record(z.string(), z.unknown()).optional().describe('fields the event type takes'),
  source: citationSchema.optional(),
  note: z.string().optional().describe('a remark shown with the event'),
  team: teamName
    .optional()
    .describe('in a classroom game (`parley class`): the team that made this move'),
});

export const actorSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  role: z.enum(ROLE_NAMES),
});

const preconditionStatus = z.strictObject({
  demanded: z.boolean().optional(),
  met: z.boolean().optional(),
});

export const initialSchema = z.strictObject({
  confidence: numberBetween(0, 100)
    .optional()
    .describe('confidence between the sides at the start, 0 to 100'),
  preconditions: z.partialRecord(z.enum(PRECONDITION_NAMES), preconditionStatus).optional(),
  state: z
    .strictObject({
      process: z.enum(REGION_STATES.process).optional(),
      opposition: z.enum(REGION_STATES.opposition).optional(),
      government: z.enum(REGION_STATES.government).optional(),
      ceasefireTrack: z.enum(REGION_STATES.ceasefireTrack).optional(),
    })
    .optional()
    .describe('states the regions start in, where not the first one'),
});

const anchor = { before: slug.optional(), after: slug.optional() };

export const scenarioSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  description: z.string().optional(),
  kind: z
    .enum(['record', 'what-if'])
    .optional()
    .describe('record: every event cites its source; what-if: added events may be hypothetical'),
  seed: wholeNumber(0).optional(),
  start: isoDate.optional().describe('the first day of the scenario'),
  extends: z.string().min(1).optional().describe('a scenario id or path this file changes'),
  followRecord: z
    .boolean()
    .optional()
    .describe(
      "a what-if whose replay keeps to the record after its changes; otherwise the policies make the actors' moves from its first change on",
    ),
  actors: z.array(actorSchema).optional(),
  teams: z
    .record(teamName, slug)
    .optional()
    .describe(
      'a classroom game (`parley class`): each team and the actor id it plays; the rules no longer move those actors',
    ),
  initial: initialSchema.optional(),
  events: z.array(eventSchema).optional(),
  remove: z.array(slug).optional().describe('ids of base events to drop'),
  replace: z
    .array(eventSchema.partial().extend({ id: slug }))
    .optional()
    .describe('base events to change: id plus the fields that differ'),
  policies: z
    .array(policyOverrideSchema)
    .optional()
    .describe(
      'how actors react: when a step happens, an actor makes a move with a probability; a what-if overrides a base rule by its id and the fields that change',
    ),
  end: isoDate
    .optional()
    .describe('the last day a simulation runs to (default: the date of the last event)'),
  insert: z
    .array(z.strictObject({ ...anchor, events: z.array(eventSchema).min(1) }))
    .optional()
    .describe('events to add before or after a base event id'),
  expect: z
    .array(expectationSchema)
    .optional()
    .describe(
      "what the author expects of the run, checked by `parley test`; a what-if does not inherit its base's",
    ),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type EventEntry = z.infer<typeof eventSchema>;
