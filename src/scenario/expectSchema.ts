/**
 * `expect:` in a scenario file: what its author expects of the run, checked by `parley test`.
 * One entry is a state (or context) on a date, by a date or never, or the share of simulated runs
 * that end so. Part of the one scenario schema; which fields go together is checked with the
 * names (expectations.ts), where a message can say what to write instead.
 */
import { z } from 'zod';
import { PRECONDITION_NAMES } from '../model/domain.js';
import { numberBetween, wholeNumber } from '../model/numberFields.js';
import { isoDate } from './fields.js';
import { stateCondition } from './policySchema.js';

/** The most runs one expectation may ask for: enough for a margin of under one point. */
export const MAX_EXPECT_RUNS = 100_000;

const range = (min: number, max: number) =>
  z.tuple([numberBetween(min, max), numberBetween(min, max)]);

export const expectationSchema = z.strictObject({
  on: isoDate
    .optional()
    .describe('the state after the last step of this date (or of the last date before it)'),
  by: isoDate
    .optional()
    .describe('at some step on or before this date; with `never`, up to this date'),
  never: stateCondition
    .optional()
    .describe('states no step of the run reaches (up to `by`, when given)'),
  state: stateCondition
    .optional()
    .describe('region: state, dotted as in `replay --format json`; a state matches its sub-states'),
  confidence: range(0, 100)
    .optional()
    .describe('[lowest, highest] confidence between the sides, inclusive'),
  met: z.array(z.enum(PRECONDITION_NAMES)).optional().describe('preconditions that are all met'),
  unmet: z
    .array(z.enum(PRECONDITION_NAMES))
    .optional()
    .describe('preconditions that are all unmet'),
  simulate: z
    .strictObject({
      runs: wholeNumber(1, MAX_EXPECT_RUNS, 'runs'),
      seed: wholeNumber(0).optional().describe("default: the scenario's seed"),
    })
    .optional()
    .describe('simulate this many runs, as `parley simulate` does, and check `share`'),
  share: z
    .record(z.string(), range(0, 1))
    .optional()
    .describe(
      'ending: [lowest, highest] share of the runs, e.g. `opposition.walkedOut: [0.2, 0.5]`; endings: process.STATE, opposition.STATE, walkedOut (at any point), ceasefireAgreed',
    ),
  note: z.string().optional().describe('why you expect it: shown when it fails'),
});

export type ExpectationEntry = z.infer<typeof expectationSchema>;
