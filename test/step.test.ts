/**
 * The rules a run plays by, and what a step keeps: in a classroom game the rules never move a
 * team's actor, and a move naming an actor the scenario lacks stops the run with its name.
 */
import { describe, expect, test } from 'vitest';
import { replay, simulateOnce } from '../src/engine/run.js';
import type { PendingMove } from '../src/engine/policies.js';
import { advance, handOver, initialRunState, rulesFor, settle } from '../src/engine/step.js';
import { ENVOY_AND_OPPOSITION, GENEVA, mustLoad, whatIfFile } from './helpers/scenarios.js';

const geneva = mustLoad(GENEVA);
const actorsOf = (policies: readonly { then: { actor: string } }[]) =>
  [...new Set(policies.map((p) => p.then.actor))].sort();

describe('the rules of a run', () => {
  test('in a game, the simulated rules leave out the moves of the actors the teams play', () => {
    const game = { ...geneva, teams: { opposition: 'hnc' } };
    expect(actorsOf(geneva.policies)).toContain('hnc');
    expect(actorsOf(rulesFor(game, true).policies)).toEqual(
      actorsOf(geneva.policies).filter((a) => a !== 'hnc'),
    );
    // Replaying the record, every rule still predicts its move.
    expect(rulesFor(game, false).policies).toBe(game.policies);
    expect(rulesFor(geneva, true).policies).toBe(geneva.policies);
    expect(rulesFor({ ...geneva, teams: {} }, true).policies).toBe(geneva.policies);
  });

  test('each actor’s role, whether the rules draw, and whether steps are lean', () => {
    const rules = rulesFor(geneva, true, true);
    expect(rules.roles.get('hnc')).toBe('opposition');
    expect(rules.roles.get('de-mistura')).toBe('envoy');
    expect([rules.simulate, rules.lean]).toEqual([true, true]);
    expect(rulesFor(geneva, false).lean).toBe(false);
  });

  test('a move naming an actor the scenario does not have stops the run, naming the actor', () => {
    const event = { ...geneva.events[0]!, actor: 'nobody' };
    expect(() => advance(initialRunState(geneva, 1), event, rulesFor(geneva, false), 0)).toThrow(
      'no actor "nobody" in the scenario, yet a move names it',
    );
  });
});

describe('what a step keeps', () => {
  const refused = { ...geneva.events[0]!, type: 'RETURNED_TO_TALKS' as const };

  test('a refused step says why, and is frozen with its state', () => {
    const [entry] = advance(initialRunState(geneva, 1), refused, rulesFor(geneva, false), 0);
    expect(entry?.step.accepted).toBe(false);
    expect(entry?.step.reason).toMatch(/\S/);
    expect(entry?.step.effects).toEqual([]);
    expect(Object.isFrozen(entry) && Object.isFrozen(entry?.step)).toBe(true);
    expect(Object.isFrozen(entry?.state)).toBe(true);
  });

  test('a lean step, made for counting, carries no reason and is not frozen', () => {
    const [entry] = advance(initialRunState(geneva, 1), refused, rulesFor(geneva, false, true), 0);
    expect(entry?.step.accepted).toBe(false);
    expect(entry?.step.reason).toBeNull();
    expect(Object.isFrozen(entry) || Object.isFrozen(entry?.step)).toBe(false);
  });
});

/** Each step's `predicted`, replaying these events and rules of an envoy and two sides. */
function predictedIn(lines: readonly string[]): Record<string, number | null> {
  const path = whatIfFile('predicted', [
    ...ENVOY_AND_OPPOSITION,
    '  - { id: government, name: The government, role: government }',
    'events:',
    ...lines,
  ]);
  return Object.fromEntries(
    replay(mustLoad(path)).entries.map(({ step }) => [step.id, step.predicted]),
  );
}

describe('what the record hands over to the rules', () => {
  test('a recorded move uses up the predictions of it: the same move again, with no new trigger, was not expected', () => {
    const predicted = predictedIn([
      '  - { id: arrives, date: 2016-02-01, actor: hnc, type: DELEGATION_ARRIVED }',
      '  - { id: meets, date: 2016-02-02, actor: envoy, type: ENVOY_MET, payload: { with: hnc } }',
      '  - { id: boycott, date: 2016-02-03, actor: hnc, type: BOYCOTT_ANNOUNCED }',
      '  - { id: back, date: 2016-02-04, actor: hnc, type: DELEGATION_ARRIVED }',
      '  - { id: boycott-again, date: 2016-02-05, actor: hnc, type: BOYCOTT_ANNOUNCED }',
      '  - { id: back-again, date: 2016-02-06, actor: hnc, type: DELEGATION_ARRIVED }',
      '  - { id: threat, date: 2016-02-07, actor: hnc, type: WALKOUT_THREATENED, payload: { deadline: 2016-02-20, conditions: [endAirStrikes] } }',
      'policies:',
      '  - id: boycott-after-meeting',
      '    when: { event: ENVOY_MET }',
      '    then: { actor: hnc, type: BOYCOTT_ANNOUNCED }',
      '    probability: 0.5',
      '  - id: threat-after-meeting',
      '    when: { event: ENVOY_MET }',
      '    then: { actor: hnc, type: WALKOUT_THREATENED, payload: { deadline: +10d, conditions: [endAirStrikes] } }',
      '    probability: 0.25',
    ]);
    // The threat's prediction is another move of the same actor: the boycotts leave it standing.
    expect(predicted).toMatchObject({ boycott: 0.5, 'boycott-again': 0, back: null, threat: 0.25 });
  });

  test('a prediction whose rule no longer wants its move, its condition met since, expects nothing', () => {
    const predicted = predictedIn([
      '  - { id: arrives, date: 2016-02-01, actor: hnc, type: DELEGATION_ARRIVED }',
      '  - { id: meets, date: 2016-02-02, actor: envoy, type: ENVOY_MET, payload: { with: hnc } }',
      '  - { id: strikes-stop, date: 2016-02-03, actor: government, type: GESTURE_MADE, payload: { meets: [endAirStrikes] } }',
      '  - { id: boycott, date: 2016-02-04, actor: hnc, type: BOYCOTT_ANNOUNCED }',
      'policies:',
      '  - id: boycott-while-strikes-go-on',
      '    when: { event: ENVOY_MET, unmet: [endAirStrikes] }',
      '    then: { actor: hnc, type: BOYCOTT_ANNOUNCED }',
      '    probability: 0.5',
    ]);
    expect(predicted).toMatchObject({ boycott: 0 });
  });

  test("in a game, the rules of a team's actor get no draw at the hand-over", () => {
    const game = { ...geneva, teams: { opposition: 'hnc' } };
    const { state } = replay(geneva).entries.find(({ state }) =>
      state.predictions.some((p) => p.actor === 'hnc'),
    )!;
    const moves = handOver(state, rulesFor(game, true)).pending;
    expect(moves.every((m) => m.actor !== 'hnc')).toBe(true);
    expect(handOver(state, rulesFor(game, true)).predictions).toEqual([]);
  });
});

describe('moves falling due', () => {
  const scenario = { ...geneva, start: '2016-02-01' };
  const rules = rulesFor(scenario, true);
  // The opposition comes to the talks while it is undecided, as it is at the start.
  const rule = scenario.policies.find((p) => p.id === 'arrive-when-talks-open')!;
  const due = (date: string) => ({
    policy: rule.id,
    due: date,
    actor: rule.then.actor,
    type: rule.then.type,
    payload: rule.then.payload ?? {},
    trigger: 'earlier',
    roll: 0,
  });
  const on = (date: string, pending: PendingMove[]) => ({
    ...initialRunState(scenario, 1),
    date,
    pending,
  });

  test('a move due by the date is made; one due before the clock already passed is dropped', () => {
    const [made] = settle(
      on('2016-02-01', [due('2016-02-02')]),
      rules,
      0,
      '2016-02-03',
      '2016-02-03',
    );
    expect(made.map((e) => e.step.type)).toEqual(['DELEGATION_ARRIVED']);
    const [stale, after] = settle(
      on('2016-02-05', [due('2016-02-02')]),
      rules,
      0,
      '2016-02-06',
      '2016-02-06',
    );
    expect(stale).toEqual([]);
    expect(after.pending).toEqual([]);
  });
});

test('a move whose rule the run no longer has is dropped: a what-if took the rule away', () => {
  const scenario = { ...geneva, start: '2016-02-01' };
  const gone = {
    policy: 'taken-away',
    due: '2016-02-02',
    actor: 'hnc',
    type: 'DELEGATION_ARRIVED' as const,
    payload: {},
    trigger: 'earlier',
    roll: 0,
  };
  const state = { ...initialRunState(scenario, 1), pending: [gone] };
  const [made, after] = settle(state, rulesFor(scenario, true), 0, '2016-02-03', '2016-02-03');
  expect(made).toEqual([]);
  expect(after.pending).toEqual([]);
});

test("every step's index is its place in the run, and no step of the clock or the rules is recorded", () => {
  // A rule moves, then a deadline passes, between two events.
  const scenario = mustLoad(
    whatIfFile('move-then-deadline', [
      ...ENVOY_AND_OPPOSITION,
      'events:',
      '  - { id: arrives, date: 2016-02-01, actor: hnc, type: DELEGATION_ARRIVED }',
      '  - { id: threat, date: 2016-02-01, actor: hnc, type: WALKOUT_THREATENED, payload: { deadline: 2016-02-05, conditions: [endAirStrikes] } }',
      '  - { id: statement, date: 2016-02-10, actor: envoy, type: STATEMENT_ISSUED }',
      'policies:',
      '  - id: envoy-calls-ceasefire',
      '    when: { event: WALKOUT_THREATENED }',
      '    then: { actor: envoy, type: CEASEFIRE_CALLED }',
      '    probability: 1',
      '    delay: 1',
    ]),
  );
  const { entries } = simulateOnce(scenario, 1, 0);
  expect(entries.map((e) => e.step.origin)).toEqual([
    'script',
    'script',
    'policy',
    'deadline',
    'script',
  ]);
  for (const [i, { step }] of entries.entries()) {
    expect(step.index).toBe(i);
    if (step.origin !== 'script') expect(step.recorded).toBe(false);
  }
});
