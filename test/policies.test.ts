/** Policies: when rules fire, when their moves are made, and that chance is honoured and repeatable. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstDivergence } from '../src/engine/compare.js';
import { simulateRange } from '../src/engine/montecarlo.js';
import { outcomeOf, play, replay, simulateOnce, startRun, type Run } from '../src/engine/run.js';
import { conditionsHold, inState, ruleOf } from '../src/engine/policies.js';
import { createContext } from '../src/model/context.js';
import { statePaths } from '../src/model/paths.js';
import { talksMachine } from '../src/model/talksMachine.js';
import { initialTransition } from 'xstate';
import { MAX_SETTLE_STEPS } from '../src/engine/step.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import type { Policy } from '../src/scenario/types.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';
import { regionChanges } from '../src/engine/effects.js';

const fixture = (name: string) => mustLoad(join(PACKAGE_ROOT, 'test/fixtures/policies', name));
const WHAT_IFS = join(PACKAGE_ROOT, 'scenarios/what-if');
const ids = (run: ReturnType<typeof replay>) =>
  run.entries.map((e) => `${e.step.date} ${e.step.type} ${e.step.origin}`);

describe('when rules fire and their moves are made', () => {
  const rules = fixture('rules.yaml');
  const run = simulateOnce(rules, 1, 0);

  test('rules fire on their event or condition, and their moves are made when due, if still wanted', () => {
    expect(ids(run)).toEqual([
      '2016-02-01 DELEGATION_ARRIVED script',
      '2016-02-02 DELEGATION_ARRIVED script',
      // A rule without an event fires once, on the step that makes its conditions true.
      '2016-02-03 FORMAL_START_DECLARED policy',
      '2016-02-04 OFFENSIVE_LAUNCHED script',
      // Delay 0: the same day, right after the step that triggered it.
      '2016-02-04 WALKOUT_THREATENED policy',
      // The author's own events always play as written: this threat renews the deadline.
      '2016-02-05 WALKOUT_THREATENED script',
      '2016-02-06 GESTURE_MADE script',
      // walk-out-later's move fell due on 7 February, after the strikes stopped: its condition no
      // longer held, so it was dropped. The deadline passes with its condition met.
      '2016-02-07 DEADLINE_PASSED deadline',
      '2016-02-11 STATEMENT_ISSUED script',
    ]);
    expect(
      regionChanges(run.entries.find((e) => e.step.type === 'DEADLINE_PASSED')!.step.effects),
    ).toEqual([{ kind: 'region', region: 'opposition', from: 'walkoutThreat', to: 'attending' }]);
  });

  test('in a recorded replay the rules only predict, and each governed move shows its probability', () => {
    const recorded = replay(mustLoad(GENEVA));
    const predicted = Object.fromEntries(
      recorded.entries
        .filter((e) => e.step.predicted !== null)
        .map((e) => [e.step.id, e.step.predicted]),
    );
    expect(recorded.entries.every((e) => e.step.origin !== 'policy')).toBe(true);
    expect(predicted['formal-start']).toBe(0.9);
    // Three rules expected the walkout threat: 1 - (1 - 0.75)(1 - 0.3)(1 - 0.2).
    expect(predicted['walkout-threat']).toBeCloseTo(0.86, 10);
    expect(predicted['temporary-pause']).toBe(0.6);
  });
});

test("a rule's move due on a deadline's day comes before the deadline: the strikes paused that day avert the walkout", () => {
  const run = simulateOnce(fixture('deadline-day.yaml'), 1, 0);
  const lastDay = run.entries.filter((e) => e.step.date === '2016-02-05').map((e) => e.step);
  expect(lastDay.map((s) => `${s.type} ${s.origin}`)).toEqual([
    'GESTURE_MADE policy',
    'DEADLINE_PASSED deadline',
  ]);
  expect(regionChanges(lastDay[1]!.effects)).toEqual([
    { kind: 'region', region: 'opposition', from: 'walkoutThreat', to: 'attending' },
  ]);
  expect(outcomeOf(run).walkout).toBeNull();
});

test('when the rules take over from the record, the moves it was expecting get their draw', () => {
  // Played as written up to the threat, which the pause rule expects (on the 5th); from `later`
  // on, the rules make the moves.
  const scenario = fixture('deadline-day.yaml');
  const pauseIn = (run: Run) => run.entries.find((e) => e.step.origin === 'policy')?.step;
  const early = {
    ...scenario,
    events: scenario.events.map((e) => (e.id === 'later' ? { ...e, date: '2016-02-03' } : e)),
  };
  const onItsDay = simulateOnce(early, 1, 0, 3);
  expect(pauseIn(onItsDay)).toMatchObject({ policy: 'pause-on-the-last-day', date: '2016-02-05' });
  expect(outcomeOf(onItsDay).walkout).toBeNull();
  // Taken over after its day has passed, it comes on the day the rules take over.
  const late = simulateOnce(scenario, 1, 0, 3);
  expect(pauseIn(late)).toMatchObject({ policy: 'pause-on-the-last-day', date: '2016-02-08' });
  expect(outcomeOf(late).walkout).not.toBeNull();
});

test('the same move due the day after the deadline comes too late: the walkout comes first', () => {
  const scenario = fixture('deadline-day.yaml');
  const late = { ...scenario, policies: scenario.policies.map((p) => ({ ...p, delay: 4 })) };
  const run = simulateOnce(late, 1, 0);
  const steps = run.entries.map((e) => e.step).filter((s) => s.origin !== 'script');
  expect(steps.map((s) => `${s.date} ${s.type} ${s.origin}`)).toEqual([
    '2016-02-05 DEADLINE_PASSED deadline',
    '2016-02-06 GESTURE_MADE policy',
  ]);
  expect(outcomeOf(run).walkout).not.toBeNull();
});

test("a rule's state is that state or one below it, never another that starts the same", () => {
  expect(inState('proximityTalks', 'proximityTalks')).toBe(true);
  expect(inState('proximityTalks.contested', 'proximityTalks')).toBe(true);
  expect(inState('proximityTalks', 'proximityTalks.contested')).toBe(false);
  expect(inState('proximityTalks.contested', 'proximity')).toBe(false);
  expect(inState('attending', 'walkoutThreat')).toBe(false);
});

describe('a rule on a confidence threshold (the meeting brings confidence to exactly 32)', () => {
  const scenario = fixture('threshold.yaml');
  const fires = (when: Partial<Policy['when']>): boolean => {
    const rule = { ...scenario.policies[0]!, when: { event: 'ENVOY_MET' as const, ...when } };
    const run = simulateOnce({ ...scenario, policies: [rule] }, 1, 0);
    expect(run.entries[0]!.state.machine.context.confidence).toBe(32);
    return run.entries.some((e) => e.step.policy === rule.id);
  };

  test('"confidenceBelow: 32" means strictly below: at 32 it does not fire', () => {
    expect(fires({ confidenceBelow: 32 })).toBe(false);
    expect(fires({ confidenceBelow: 33 })).toBe(true);
  });

  test('"confidenceAtLeast: 32" fires at 32, not at 33', () => {
    expect(fires({ confidenceAtLeast: 32 })).toBe(true);
    expect(fires({ confidenceAtLeast: 33 })).toBe(false);
  });
});

test('moves are made earliest first, those due the same day in the order of their rules, a refused one not at all', () => {
  const run = simulateOnce(fixture('due-order.yaml'), 1, 0);
  // Each named by its rule and the number of its row in the timeline.
  expect(run.entries.map((e) => `${e.step.index} ${e.step.date} ${e.step.id}`)).toEqual([
    '0 2016-02-01 meeting',
    '1 2016-02-02 quick-answer@2',
    '2 2016-02-02 also-quick@3',
    '3 2016-02-04 slow-answer@4',
    '4 2016-02-08 later',
  ]);
  expect(run.entries.filter((e) => e.step.origin === 'policy' && e.step.recorded)).toEqual([]);
});

test('rules that answer each other on the same day through states are bounded, not a hang', () => {
  const run = simulateOnce(fixture('state-loop.yaml'), 1, 0);
  const policySteps = run.entries.filter((e) => e.step.origin === 'policy');
  expect(policySteps.length).toBeGreaterThan(0);
  // The bound holds for the day, not for each event of it: the moves cut off are not taken up again.
  expect(policySteps.length).toBeLessThanOrEqual(MAX_SETTLE_STEPS);
  expect(run.entries.filter((e) => e.step.origin === 'script').map((e) => e.step.id)).toEqual([
    'government-arrives',
    'hnc-arrives',
    'same-day',
    'later',
  ]);
  expect(run.entries.at(-1)!.step.date <= '2016-02-03').toBe(true);
});

test('a move dropped when due stays dropped, even when its conditions hold again later', () => {
  const steps = simulateOnce(fixture('stale-move.yaml'), 1, 0).entries.map((e) => e.step);
  expect(steps.map((s) => s.type)).not.toContain('BOYCOTT_ANNOUNCED');
  expect(steps.map((s) => s.date)).toEqual([...steps.map((s) => s.date)].sort());
});

describe('the rule behind a step', () => {
  test("a rule's move names its rule; a recorded event and a deadline name none", () => {
    const whatIf = mustLoad(join(WHAT_IFS, 'no-formal-start.yaml'));
    const steps = replay(whatIf).entries.map((e) => e.step);
    const moves = steps.filter((s) => s.policy !== null);
    expect(moves.length).toBeGreaterThan(1);
    for (const step of moves)
      expect(ruleOf(whatIf, step)).toBe(whatIf.policies.find((p) => p.id === step.policy));
    for (const step of steps.filter((s) => s.policy === null))
      expect(ruleOf(whatIf, step)).toBeNull();
  });
});

describe('chance', () => {
  test('a rule of probability 0.3 makes its move in 30% of runs (within 3 standard errors)', () => {
    const runs = 3000;
    const d = simulateRange(fixture('chance.yaml'), 7, 0, runs);
    const share = (d.walkouts['2016-02-05'] ?? 0) / runs;
    expect(Math.abs(share - 0.3)).toBeLessThan(3 * Math.sqrt((0.3 * 0.7) / runs));
  });

  test('the generator lives in the run state: resuming from any step draws the same numbers', () => {
    const scenario = mustLoad(GENEVA);
    const full = simulateOnce(scenario, 2016, 3);
    const k = full.entries.findIndex((e) => e.step.id === 'aleppo-offensive') + 1;
    const resumed = play(
      { ...full, entries: full.entries.slice(0, k) },
      scenario.events.slice(scenario.events.findIndex((e) => e.id === 'aleppo-offensive') + 1),
      0,
      scenario.end,
    );
    expect(resumed.entries.map((e) => e.step)).toEqual(full.entries.map((e) => e.step));
  });

  test('the same seed gives the same run; another seed may not', () => {
    const scenario = mustLoad(GENEVA);
    expect(ids(simulateOnce(scenario, 5, 1))).toEqual(ids(simulateOnce(scenario, 5, 1)));
    const runs = Array.from({ length: 20 }, (_, n) => ids(simulateOnce(scenario, 5, n)).join('|'));
    expect(new Set(runs).size).toBeGreaterThan(1);
    expect(startRun(scenario, 5).initial.rng).toEqual(startRun(scenario, 5).initial.rng);
  });
});

describe('the example what-ifs', () => {
  const record = simulateRange(mustLoad(GENEVA), 2016, 0, 400);
  const share = (count: number) => count / 400;

  test.each([
    [
      'no-aleppo-offensive.yaml',
      (d: typeof record) => share(Object.values(d.walkouts).reduce((a, b) => a + b, 0)),
    ],
    // The record's ceasefire comes from the powers in February; the what-if's comes in the first round, by the rule.
    [
      'russia-pauses-strikes.yaml',
      (d: typeof record) => share(d.rules['ceasefire-agreed-in-calm']!),
    ],
    // A boycott, however long: the record's ends once the cessation of hostilities holds.
    ['goodwill-gesture.yaml', (d: typeof record) => share(d.rules['boycott-over-demands'] ?? 0)],
    ['no-preconditions.yaml', (d: typeof record) => share(d.rules['boycott-over-demands'] ?? 0)],
    // Both runs reach the March round; without the formal start nobody disputes it.
    ['no-formal-start.yaml', (d: typeof record) => share(d.rules['government-disputes-start']!)],
  ])('%s validates, runs, and moves its telling share by more than 10 points', (file, telling) => {
    const d = simulateRange(mustLoad(join(WHAT_IFS, file)), 2016, 0, 400);
    expect(d.runs).toBe(400);
    expect(Math.abs(telling(d) - telling(record))).toBeGreaterThan(0.1);
  });

  test('a what-if replays the record up to its first change, then the policies take over', () => {
    const scenario = mustLoad(join(WHAT_IFS, 'no-aleppo-offensive.yaml'));
    expect(scenario.forkAt).toBe(14);
    const divergence = firstDivergence(replay(mustLoad(GENEVA)), replay(scenario))!;
    expect(divergence.index).toBe(14);
    // The what-if's own next event first; then the policies, not the record, declare the start.
    expect(divergence.b).toMatchObject({ id: 'goodwill-promised', origin: 'script' });
    const steps = replay(scenario).entries.map((e) => e.step);
    expect(steps.find((s) => s.type === 'FORMAL_START_DECLARED')).toMatchObject({
      origin: 'policy',
      policy: 'declare-start',
    });
    expect(steps.some((s) => s.id === 'formal-start')).toBe(false);
  });

  test('a what-if that removes the last event still hands over to the policies, after the events it keeps', () => {
    const scenario = mustLoad(
      join(PACKAGE_ROOT, 'test/fixtures/whatif/pause-left-to-policies.yaml'),
    );
    const paused = Array.from({ length: 40 }, (_, i) =>
      replay(scenario, { seed: i + 1 }).entries.map((e) => e.step),
    ).filter((steps) =>
      steps.some((s) => s.type === 'TALKS_SUSPENDED' && s.policy === 'pause-when-threatened'),
    );
    // The envoy's pause is the rule's to make, with a chance of 60%.
    expect(paused.length).toBeGreaterThan(14);
    expect(paused.length).toBeLessThan(34);
    for (const steps of paused)
      expect(steps.map((s) => s.date)).toEqual([...steps.map((s) => s.date)].sort());
  });

  test('a what-if replayed up to a date before its first change shows what its whole replay shows up to then', () => {
    const scenario = fixture('overdue-reply.yaml');
    const steps = (until?: string) =>
      replay(scenario, { until }).entries.map(
        (e) => `${e.step.date} ${e.step.type} ${e.step.origin}`,
      );
    // The overdue boycott comes after the first change, on 3 February, not at the cut.
    expect(steps()).toContain('2016-02-03 BOYCOTT_ANNOUNCED policy');
    expect(steps('2016-02-02')).toEqual(steps().filter((s) => s < '2016-02-03'));
  });
});

describe('a rule’s conditions on the demands', () => {
  const moment = (met: boolean) => {
    const context = createContext({ preconditions: { endAirStrikes: { demanded: true, met } } });
    return { state: statePaths(initialTransition(talksMachine, context)[0].value), context };
  };

  test('met: holds only once each demand named is met; unmet: only while each is not', () => {
    const met = { met: ['endAirStrikes'] } as Policy['when'];
    const unmet = { unmet: ['endAirStrikes'] } as Policy['when'];
    expect([conditionsHold(met, moment(true)), conditionsHold(met, moment(false))]).toEqual([
      true,
      false,
    ]);
    expect([conditionsHold(unmet, moment(true)), conditionsHold(unmet, moment(false))]).toEqual([
      false,
      true,
    ]);
  });
});
