/**
 * Policies: how actors react. "When EVENT (or a state or context condition) then ACTOR does MOVE
 * with probability p, after d days." Part of the one scenario schema.
 */
import { z } from 'zod';
import { PRECONDITION_NAMES, REGIONS } from '../model/domain.js';
import { numberBetween, wholeNumber } from '../model/numberFields.js';
import { DEADLINE_PASSED, SCRIPT_EVENT_TYPES } from '../model/vocabulary.js';
import { citationSchema, slug } from './fields.js';

/** Actors' own moves: the ones policies may make, and that they take over from the script when simulating. */
export const POLICY_MOVES = [
  'BOYCOTT_ANNOUNCED',
  'WALKOUT_THREATENED',
  'THREAT_WITHDRAWN',
  'WALKED_OUT',
  'RETURNED_TO_TALKS',
  'DELEGATION_ARRIVED',
  'FORMAL_START_DECLARED',
  'START_DISPUTED',
  'FACE_TO_FACE_REFUSED',
  'FACE_TO_FACE_ACCEPTED',
  'CEASEFIRE_CALLED',
  'CEASEFIRE_RULED_OUT',
  'CEASEFIRE_TALKS_OPENED',
  'CEASEFIRE_AGREED',
  'GESTURE_MADE',
  'TALKS_SUSPENDED',
  'TALKS_RESUMED',
  'TALKS_CONCLUDED',
  'TALKS_COLLAPSED',
] as const satisfies readonly (typeof SCRIPT_EVENT_TYPES)[number][];

/** A region's state, or a state and its sub-states: `proximityTalks` matches `proximityTalks.contested`. */
export const stateCondition = z.strictObject(
  Object.fromEntries(REGIONS.map((r) => [r, z.string().min(1).optional()])) as Record<
    (typeof REGIONS)[number],
    z.ZodOptional<z.ZodString>
  >,
);

export const policySchema = z.strictObject({
  id: slug,
  when: z
    .strictObject({
      event: z
        .enum([...SCRIPT_EVENT_TYPES, DEADLINE_PASSED])
        .optional()
        .describe('the step that triggers the rule'),
      actor: slug.optional().describe('only when this actor made the triggering step'),
      state: stateCondition
        .optional()
        .describe('regions that must be in these states after the step'),
      confidenceBelow: numberBetween(0, 100).optional(),
      confidenceAtLeast: numberBetween(0, 100).optional(),
      unmet: z
        .array(z.enum(PRECONDITION_NAMES))
        .optional()
        .describe('preconditions that must all be unmet'),
      met: z
        .array(z.enum(PRECONDITION_NAMES))
        .optional()
        .describe('preconditions that must all be met'),
    })
    .describe('without `event`, the rule fires on the step that makes the conditions true'),
  then: z.strictObject({
    actor: slug,
    type: z.enum(POLICY_MOVES),
    payload: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('dates may be written +Nd: days after the move'),
  }),
  probability: numberBetween(0, 1),
  delay: wholeNumber(0, 365, 'days')
    .optional()
    .describe('days after the trigger; default 0, the same day'),
  source: citationSchema.optional().describe('the quote that motivates the rule'),
  note: z.string().optional(),
});

export type PolicyEntry = z.infer<typeof policySchema>;

/**
 * What a file writes under `policies`: a whole rule, or, in a what-if, the id of a base rule and
 * only the fields that change (`{ id: threat-under-offensive, probability: 0 }`). Each field
 * given replaces the base's whole: `when` and `then` are not merged key by key, so that a
 * condition can be dropped and the override reads as the rule's new conditions in full.
 * Whether an entry without `when` or `then` names a base rule is checked when `extends` is
 * followed (resolve.ts).
 */
export const policyOverrideSchema = policySchema
  .partial()
  .required({ id: true })
  .describe(
    'a whole rule (id, when, then, probability), or in a what-if the id of a base rule and only the fields that change',
  );

export type PolicyOverride = z.infer<typeof policyOverrideSchema>;

/** The fields a new rule cannot do without; an override takes the base's. */
export const RULE_REQUIRED = ['when', 'then', 'probability'] as const;
