/** The context after a step as plain data, and the fields that name a step: what every JSON view starts from. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { summarizeContext } from '../src/engine/contextSummary.js';
import { contextOf, latestState, replay, simulateOnce } from '../src/engine/run.js';
import { stepIdentity } from '../src/engine/stepIdentity.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

const geneva = mustLoad(GENEVA);

describe('the context after a step', () => {
  test('on 2 February 2016: confidence gone, four demands unmet, the walkout deadline pending', () => {
    const summary = summarizeContext(
      contextOf(latestState(replay(geneva, { until: '2016-02-02' }))),
    );
    const unmet = { demanded: true, met: false };
    const demands = ['endAirStrikes', 'releaseDetainees', 'humanitarianAccess', 'liftSieges'];
    expect(summary).toEqual({
      confidence: 0,
      preconditions: {
        endAirStrikes: unmet,
        liftSieges: unmet,
        releaseDetainees: unmet,
        humanitarianAccess: unmet,
      },
      met: [],
      deadline: {
        actor: 'hnc',
        setOn: '2016-02-02',
        date: '2016-02-05',
        conditions: demands,
        unmet: demands,
      },
      claims: { 'de-mistura': 'started', government: 'preparatory', hnc: 'notStarted' },
      assessment: { actor: 'de-mistura', level: 5, date: '2016-02-02' },
    });
  });

  test('a demand met is listed as met and leaves the deadline with nothing unmet; no deadline once it passed', () => {
    const scenario = mustLoad(join(PACKAGE_ROOT, 'test/fixtures/policies/deadline-day.yaml'));
    const run = simulateOnce(scenario, 1, 0);
    const summaryAfter = (type: string) => {
      const entry = run.entries.find((e) => e.step.type === type);
      if (!entry) throw new Error(`no ${type} in the run`);
      return summarizeContext(contextOf(entry.state));
    };
    const paused = summaryAfter('GESTURE_MADE');
    expect(paused.met).toEqual(['endAirStrikes']);
    expect(paused.deadline).toMatchObject({ conditions: ['endAirStrikes'], unmet: [] });
    expect(summaryAfter('DEADLINE_PASSED').deadline).toBeNull();
  });
});

test('a step is named by the same fields, in the same order, in every view', () => {
  const [first] = replay(geneva).entries;
  const identity = stepIdentity(first!.step);
  expect(Object.keys(identity)).toEqual([
    'index',
    'id',
    'date',
    'type',
    'actor',
    'origin',
    'recorded',
  ]);
  expect(first!.step).toMatchObject(identity);
  expect(identity.id).toBe('talks-postponed');
});
