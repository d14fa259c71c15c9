/**
 * Policies at run time: which rules a step triggers, the moves they schedule (drawn with the
 * seeded generator), and in a recorded replay the probability they gave the recorded move.
 */
import type { StateValue } from 'xstate';
import type { TalksContext } from '../model/context.js';
import { addDays } from '../model/dates.js';
import type { Region, StatePaths } from '../model/domain.js';
import { resolvePayload, type Payload } from '../model/events.js';
import { statePaths } from '../model/paths.js';
import type { Policy } from '../scenario/types.js';
import { draw, type RngState } from './rng.js';
import { invariant } from '../model/invariant.js';

export interface PendingMove {
  readonly policy: string;
  readonly due: string;
  readonly actor: string;
  readonly type: Policy['then']['type'];
  readonly payload: Payload;
  /** The id of the step that set the rule off, and the draw that made it come up. */
  readonly trigger: string;
  readonly roll: number;
}

export interface Prediction {
  readonly policy: string;
  readonly trigger: string;
  readonly actor: string;
  readonly type: string;
  readonly probability: number;
  /** When the rule would make the move. */
  readonly due: string;
}

/** What the rules see of a moment in the run. */
export interface Moment {
  readonly state: StatePaths;
  readonly context: TalksContext;
}

/** True when `path` is the state `wanted` or one of its sub-states. */
export const inState = (path: string, wanted: string): boolean =>
  path === wanted || path.startsWith(`${wanted}.`);

/** A rule's conditions as one test, made once per `when` (rules are asked at every step of every run). */
type Test = (moment: Moment) => boolean;
const tests = new WeakMap<Policy['when'], Test>();

function testOf(when: Policy['when']): Test {
  const states = Object.entries(when.state ?? {}).map(
    ([region, wanted]) => [region as Region, wanted, `${wanted}.`] as const,
  );
  const { confidenceBelow, confidenceAtLeast } = when;
  const unmet = when.unmet ?? [];
  const met = when.met ?? [];
  return ({ state, context }) => {
    for (const [region, wanted, below] of states) {
      const path = state[region];
      if (path !== wanted && !path.startsWith(below)) return false;
    }
    const { confidence, preconditions } = context;
    if (confidenceBelow !== undefined && !(confidence < confidenceBelow)) return false;
    if (confidenceAtLeast !== undefined && !(confidence >= confidenceAtLeast)) return false;
    for (const p of unmet) if (preconditions[p].met) return false;
    for (const p of met) if (!preconditions[p].met) return false;
    return true;
  };
}

export function conditionsHold(when: Policy['when'], moment: Moment): boolean {
  let test = tests.get(when);
  if (test === undefined) {
    test = testOf(when);
    tests.set(when, test);
  }
  return test(moment);
}

/** A step triggers a rule on its event, or, for a rule without one, when it makes the conditions true. */
export function triggers(
  policy: Policy,
  step: { type: string; actor: string; accepted: boolean },
  before: Moment,
  after: Moment,
): boolean {
  const { when } = policy;
  if (when.event !== undefined) {
    return (
      step.accepted &&
      step.type === when.event &&
      (when.actor === undefined || when.actor === step.actor) &&
      conditionsHold(when, after)
    );
  }
  return conditionsHold(when, after) && !conditionsHold(when, before);
}

export function momentOf(machine: { value: StateValue; context: TalksContext }): Moment {
  return { state: statePaths(machine.value), context: machine.context };
}

function moveOf(policy: Policy, due: string, trigger: string, roll: number): PendingMove {
  return {
    policy: policy.id,
    due,
    actor: policy.then.actor,
    type: policy.then.type,
    payload: resolvePayload(policy.then.payload, due),
    trigger,
    roll,
  };
}

/** Each rule draws once, in order, from the generator: those that come up make their move when due. */
function drawEach(
  rules: readonly { policy: Policy; due: string; trigger: string }[],
  rng: RngState,
): [PendingMove[], RngState] {
  const moves: PendingMove[] = [];
  let state = rng;
  for (const { policy, due, trigger } of rules) {
    const [roll, next] = draw(state);
    state = next;
    if (roll < policy.probability) moves.push(moveOf(policy, due, trigger, roll));
  }
  return [moves, state];
}

/** The moves the triggered rules schedule, each drawn in file order from the generator. */
export function drawMoves(
  triggered: readonly Policy[],
  date: string,
  trigger: string,
  rng: RngState,
): [PendingMove[], RngState] {
  return drawEach(
    triggered.map((policy) => ({ policy, due: addDays(date, policy.delay), trigger })),
    rng,
  );
}

/**
 * When the policies take over from the record, the moves they were expecting are drawn: a rule
 * triggered before the fork point still gets its chance, on its own date or now if that has passed.
 */
export function drawExpected(
  predictions: readonly Prediction[],
  policies: readonly Policy[],
  date: string,
  rng: RngState,
): [PendingMove[], RngState] {
  const rules = predictions.map((p) => ({
    policy: invariant(
      policies.find((x) => x.id === p.policy),
      `a prediction names a rule of the scenario (${p.policy})`,
    ),
    due: p.due > date ? p.due : date,
    trigger: p.trigger,
  }));
  return drawEach(rules, rng);
}

/** The chance that at least one of the rules predicting this move would have made it. */
export function predictedProbability(
  predictions: readonly Prediction[],
  actor: string,
  type: string,
): number {
  return (
    1 -
    predictions
      .filter((p) => p.actor === actor && p.type === type)
      .reduce((miss, p) => miss * (1 - p.probability), 1)
  );
}

/** The rule that made a rule's move, or null for any other step. */
export function ruleOf(
  scenario: { readonly policies: readonly Policy[] },
  step: { readonly policy: string | null },
): Policy | null {
  return step.policy ? (scenario.policies.find((p) => p.id === step.policy) ?? null) : null;
}

/** True when some rule can make this actor's move: then, when simulating, the rules make it, not the script. */
export function governs(policies: readonly Policy[], actor: string, type: string): boolean {
  return policies.some((p) => p.then.actor === actor && p.then.type === type);
}
