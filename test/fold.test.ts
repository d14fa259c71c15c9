/**
 * A simulation folds each run as it plays it, keeping no history (engine/fold.ts). Run by run,
 * over every shipped scenario, its summary must be the one worked out from the full run that
 * `simulateOnce` builds, whatever the seed, the run number and the point the policies take over.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldRun, type RunSummary } from '../src/engine/fold.js';
import { firedRules, runRoutes } from '../src/engine/routes.js';
import { outcomeOf, simulateOnce, type Run } from '../src/engine/run.js';
import { rulesFor } from '../src/engine/step.js';
import { topOf } from '../src/model/paths.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { mustLoad } from './helpers/scenarios.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

const shipped = (dir: string): string[] =>
  readdirSync(join(PACKAGE_ROOT, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(PACKAGE_ROOT, dir, f));

const FILES = [...shipped('scenarios'), ...shipped('scenarios/what-if')];

/** The summary read off the whole history, as simulations counted runs before the fold. */
function fromHistory(run: Run): RunSummary {
  const outcome = outcomeOf(run);
  return {
    process: topOf(outcome.state.process),
    opposition: topOf(outcome.state.opposition),
    walkout: outcome.walkout?.date ?? null,
    ceasefireAgreed: outcome.ceasefireAgreed,
    confidence: outcome.confidence,
    rules: [...firedRules(run.entries)],
    routes: runRoutes(run.entries),
  };
}

test('every shipped scenario is checked, records and what-ifs', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(7);
});

describe.each(FILES.map((f) => [f.slice(PACKAGE_ROOT.length + 1), f]))('%s', (_, file) => {
  const scenario = mustLoad(file);
  const lean = [rulesFor(scenario, false, true), rulesFor(scenario, true, true)] as const;
  const same = (seed: number, n: number, from: number): void => {
    expect(foldRun(scenario, seed, n, from, lean)).toEqual(
      fromHistory(simulateOnce(scenario, seed, n, from)),
    );
  };

  test('the first runs of its own seed, every move simulated', () => {
    for (let n = 0; n < 30; n += 1) same(scenario.seed, n, 0);
  });

  test('any seed and run, the policies taking over at any event or after the last', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: scenario.events.length }),
        (seed, n, from) => same(seed, n, from),
      ),
      { numRuns: RUNS },
    );
  });

  test('the outcomes vary: the runs compared are not all alike', () => {
    const summaries = Array.from({ length: 30 }, (_, n) =>
      JSON.stringify(foldRun(scenario, scenario.seed, n, 0, lean)),
    );
    expect(new Set(summaries).size).toBeGreaterThan(1);
  });
});
