/**
 * `parley simulate --from-date`: the record as written up to and including the date, then the
 * policies make the moves. What the record did by then is in every run; what came after is not.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { simulateRange } from '../src/engine/montecarlo.js';
import { policiesFromDate, replay, simulateOnce } from '../src/engine/run.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { ensureBuilt, parley } from './helpers/cli.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

beforeAll(ensureBuilt);

const geneva = mustLoad(GENEVA);
/** The Geneva record: the opposition suspended its participation on 4 February 2016. */
const WALKOUT = '2016-02-04';

describe('the engine', () => {
  test('every run plays the record as written up to the date: the same steps as the replay', () => {
    const date = '2016-02-01';
    const recorded = replay(geneva, { until: date }).entries.map((e) => e.step);
    for (let n = 0; n < 20; n += 1) {
      const run = simulateOnce(geneva, 2016, n, policiesFromDate(geneva, date));
      const upTo = run.entries.map((e) => e.step).filter((s) => s.date <= date);
      expect(upTo).toEqual(recorded);
    }
  });

  test('a walkout the record made by the date is in every run, on its date; before it, runs differ', () => {
    const from = (date: string) =>
      simulateRange(geneva, 2016, 0, 200, policiesFromDate(geneva, date));
    expect(from(WALKOUT).walkouts).toEqual({ [WALKOUT]: 200 });
    expect(from('2016-01-26').walkouts[WALKOUT] ?? 0).toBeLessThan(200);
  });

  test('a what-if departs from its record where it does, even when the date comes later', () => {
    const whatIf = mustLoad(join(PACKAGE_ROOT, 'scenarios/what-if/no-aleppo-offensive.yaml'));
    expect(whatIf.forkAt).not.toBeNull();
    expect(policiesFromDate(whatIf, whatIf.end)).toBe(whatIf.forkAt);
    expect(policiesFromDate(geneva, geneva.end)).toBe(geneva.events.length);
    expect(policiesFromDate(geneva, '2016-01-01')).toBe(0);
  });
});

describe('parley simulate --from-date', () => {
  test('from the last day, every run is the record: the talks concluded, the walkout of 4 February', async () => {
    const { status, stdout } = await parley(
      'simulate',
      GENEVA,
      '--runs',
      '100',
      '--from-date',
      geneva.end,
      '--json',
    );
    expect(status).toBe(0);
    const d = JSON.parse(stdout);
    expect(d).toMatchObject({
      scenario: 'geneva-2016',
      seed: 2016,
      fromDate: geneva.end,
      runs: 100,
    });
    expect(d.process.concluded).toBe(100);
    expect(d.walkoutsByDate).toEqual({ [WALKOUT]: 100 });
  });

  test('the text says from which date', async () => {
    const { status, stdout } = await parley(
      'simulate',
      GENEVA,
      '--runs',
      '50',
      '--from-date',
      WALKOUT,
    );
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`geneva-2016: 50 runs, seed 2016, from ${WALKOUT}`);
  });

  test.each([
    ['2015-12-31', 'outside geneva-2016, which runs from 2016-01-25 to 2016-03-31'],
    ['2016-04-01', 'outside geneva-2016, which runs from 2016-01-25 to 2016-03-31'],
    ['2016-02-30', '--from-date 2016-02-30 is not a real date'],
    ['4 Feb', '--from-date takes a date written YYYY-MM-DD, not "4 Feb"'],
  ])('refuses %s, saying why', async (date, message) => {
    const { status, stderr } = await parley('simulate', GENEVA, '--runs', '5', '--from-date', date);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toContain(message);
  });
});
