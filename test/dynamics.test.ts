/**
 * Face validity: each example what-if moves the simulated outcome the way its own comment says,
 * by more than sampling noise, and the records' rules give every recorded move they govern a chance.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { replay } from '../src/engine/run.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { ensureBuilt, parley } from './helpers/cli.js';
import { ASTANA, GENEVA, mustLoad } from './helpers/scenarios.js';

const RUNS = 4000;
const whatIf = (name: string) => join(PACKAGE_ROOT, 'scenarios/what-if', `${name}.yaml`);

interface Simulated {
  readonly runs: number;
  readonly walkedOut: number;
  readonly confidence: { readonly mean: number; readonly bands: readonly number[] };
}

/** `parley simulate FILE --json` over the same seed, as a user runs it. */
async function simulate(file: string): Promise<Simulated> {
  const { status, stdout, stderr } = await parley(
    'simulate',
    file,
    '--runs',
    String(RUNS),
    '--seed',
    '2016',
    '--json',
    '--workers',
    '1',
  );
  expect(status, stderr).toBe(0);
  return JSON.parse(stdout) as Simulated;
}

/** The standard error of the difference of two proportions, each out of `RUNS`. */
const seOfDifference = (p: number, q: number): number =>
  Math.sqrt((p * (1 - p) + q * (1 - q)) / RUNS);

/**
 * An upper bound on the standard error of a mean confidence, from the ten bands `simulate` reports
 * and their exact mean: each run counted at the end of its band ([0, 10), [10, 20), ... [90, 100])
 * farther from the mean, which bounds its squared distance from the mean, so the variance. (The
 * distance from 0 bounds it too, but so loosely that a real difference of a point goes unseen.)
 */
function seOfMeanAtMost(d: Simulated): number {
  const m = d.confidence.mean;
  const squares = d.confidence.bands.reduce((sum, count, band) => {
    const [low, high] = [band * 10, Math.min(100, band * 10 + 10)];
    return sum + count * Math.max((low - m) ** 2, (high - m) ** 2);
  }, 0);
  return Math.sqrt(squares / d.runs / d.runs);
}

describe(`the example what-ifs against the record, ${RUNS} seeded runs each`, () => {
  const results = new Map<string, Simulated>();

  beforeAll(async () => {
    ensureBuilt();
    const files = [
      GENEVA,
      ...['goodwill-gesture', 'russia-pauses-strikes', 'no-aleppo-offensive'].map(whatIf),
    ];
    const done = await Promise.all(files.map(simulate));
    for (const [i, file] of files.entries()) results.set(file, done[i]!);
  }, 600_000); // About 35 s of work on two idle cores; a shared machine can take far longer.

  test.each(['goodwill-gesture', 'russia-pauses-strikes', 'no-aleppo-offensive'])(
    '%s makes a walkout less likely than in the record, beyond 3 standard errors',
    (name) => {
      const record = results.get(GENEVA)!;
      const changed = results.get(whatIf(name))!;
      const [p, q] = [record.walkedOut / RUNS, changed.walkedOut / RUNS];
      expect(p - q).toBeGreaterThan(3 * seOfDifference(p, q));
    },
  );

  test('the goodwill gesture ends with more confidence than the record, beyond 3 standard errors', () => {
    const record = results.get(GENEVA)!;
    const gesture = results.get(whatIf('goodwill-gesture'))!;
    const margin = 3 * Math.hypot(seOfMeanAtMost(record), seOfMeanAtMost(gesture));
    expect(gesture.confidence.mean - record.confidence.mean).toBeGreaterThan(margin);
  });
});

describe("the records' rules give every recorded move they govern a chance", () => {
  test.each([GENEVA, ASTANA])('%s: no governed recorded move is given 0%', (file) => {
    const governed = replay(mustLoad(file))
      .entries.map((e) => e.step)
      .filter((s) => s.predicted !== null);
    expect(governed.length).toBeGreaterThan(3);
    expect(governed.filter((s) => s.predicted === 0).map((s) => s.id)).toEqual([]);
  });
});
