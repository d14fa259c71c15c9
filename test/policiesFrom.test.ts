/**
 * Where the policies take over from the record, and what counts as the walkout and the
 * ceasefire of a run: the opposition's walking out, not the government's.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { outcomeOf, policiesFromDate, replay } from '../src/engine/run.js';
import { addDays } from '../src/model/dates.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

const geneva = () => mustLoad(GENEVA);
const NO_PAUSE = join(PACKAGE_ROOT, 'scenarios/what-if/russia-pauses-strikes.yaml');
const GOVERNMENT_LEAVES = join(PACKAGE_ROOT, 'test/fixtures/engine/government-leaves.yaml');

describe('where a simulation from a date hands the moves to the policies', () => {
  test('after the events of that date', () => {
    const record = geneva();
    const firstAfter = record.events.findIndex((e) => e.date > '2016-01-29');
    expect(policiesFromDate(record, '2016-01-29')).toBe(firstAfter);
  });

  test('after the last event: nothing is left to play', () => {
    const record = geneva();
    expect(policiesFromDate(record, '2017-01-01')).toBe(record.events.length);
  });

  test('where a what-if departs, when that comes first', () => {
    const whatIf = mustLoad(NO_PAUSE);
    expect(whatIf.forkAt).not.toBeNull();
    expect(policiesFromDate(whatIf, '2017-01-01')).toBe(whatIf.forkAt);
    expect(policiesFromDate(whatIf, '2016-01-25')).toBeLessThan(whatIf.forkAt!);
  });
});

describe('a what-if replayed to a date', () => {
  test('before it departs, it is the record', () => {
    const whatIf = mustLoad(NO_PAUSE);
    const date = addDays(whatIf.events[whatIf.forkAt!]!.date, -1);
    const record = replay(geneva(), { until: date });
    const cut = replay(whatIf, { until: date });
    expect(cut.entries.map((e) => e.step.id)).toEqual(record.entries.map((e) => e.step.id));
  });

  test('past where it departs, the policies make the moves, as in the whole of it', () => {
    const whatIf = mustLoad(NO_PAUSE);
    const whole = replay(whatIf);
    const firstMade = whole.entries.find((e) => e.step.origin !== 'script')!.step;
    const cut = replay(whatIf, { until: firstMade.date });
    expect(cut.entries.map((e) => e.step.id)).toContain(firstMade.id);
  });
});

describe('the outcome of a run', () => {
  test("the government walking out is no walkout of the opposition's", () => {
    const run = replay(mustLoad(GOVERNMENT_LEAVES));
    expect(run.entries.at(-1)?.step.state.government).toBe('walkedOut');
    expect(outcomeOf(run).walkout).toBeNull();
  });
});
