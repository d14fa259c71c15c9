/**
 * Monte Carlo: many seeded runs, each summed up in a few numbers, added into a distribution.
 * Counts are integers, so adding the parts in any order gives the same distribution: the result
 * does not depend on how many workers shared the runs. (Keys that parts add, such as routes, come
 * in the order they were met: reports sort them.)
 */
import { REGION_STATES } from '../model/domain.js';
import type { Scenario } from '../scenario/types.js';
import { foldRun, type RunSummary } from './fold.js';
import { rulesFor } from './step.js';
import { invariant } from '../model/invariant.js';

export interface Distribution {
  readonly runs: number;
  /** How the process ended: its top-level state at the end of each run. */
  readonly process: Record<string, number>;
  readonly opposition: Record<string, number>;
  /** Runs in which the opposition walked out, by the date it did. */
  readonly walkouts: Record<string, number>;
  readonly ceasefireAgreed: number;
  /** Confidence at the end, in ten bands: 0-9, 10-19, ... 90-100. */
  readonly confidence: number[];
  readonly confidenceSum: number;
  /** For each rule of the scenario, in its order: the runs in which it made at least one move. */
  readonly rules: Record<string, number>;
  /** For each ending, the runs that took each route to it (by `routeKey`). */
  readonly routes: Routes;
}

export interface Routes {
  readonly walkedOut: Record<string, number>;
  /** By the process's top-level state at the end. */
  readonly process: Record<string, Record<string, number>>;
  readonly ceasefireAgreed: Record<string, number>;
}

/** No runs yet; every rule of the scenario is counted, those that never fire too. */
export function emptyDistribution(scenario: Scenario): Distribution {
  return {
    runs: 0,
    process: Object.fromEntries(REGION_STATES.process.map((s) => [s, 0])),
    opposition: Object.fromEntries(REGION_STATES.opposition.map((s) => [s, 0])),
    walkouts: {},
    ceasefireAgreed: 0,
    confidence: Array.from({ length: 10 }, () => 0),
    confidenceSum: 0,
    rules: Object.fromEntries(scenario.policies.map((p) => [p.id, 0])),
    routes: { walkedOut: {}, process: {}, ceasefireAgreed: {} },
  };
}

const count = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Adds one run's summary into the distribution. */
function addRun(
  d: { -readonly [K in keyof Distribution]: Distribution[K] },
  run: RunSummary,
): void {
  count(d.process, run.process);
  count(d.opposition, run.opposition);
  if (run.walkout) count(d.walkouts, run.walkout);
  if (run.ceasefireAgreed) d.ceasefireAgreed += 1;
  const band = Math.min(9, Math.floor(run.confidence / 10));
  d.confidence[band] = (d.confidence[band] ?? 0) + 1;
  d.confidenceSum += run.confidence;
  for (const rule of run.rules) count(d.rules, rule);
  if (run.routes.walkedOut) count(d.routes.walkedOut, run.routes.walkedOut);
  count((d.routes.process[run.process] ??= {}), run.routes.process);
  if (run.routes.ceasefireAgreed) count(d.routes.ceasefireAgreed, run.routes.ceasefireAgreed);
  d.runs += 1;
}

/**
 * Runs `from` to `to - 1` of a simulation, added into one distribution. Each run is folded as
 * it is played (`foldRun`): no history is kept. From `policiesFrom` (an index into the events,
 * as in `play`) the policies make the moves; 0, the default, simulates them all.
 */
export function simulateRange(
  scenario: Scenario,
  seed: number,
  from: number,
  to: number,
  policiesFrom = 0,
): Distribution {
  const d: { -readonly [K in keyof Distribution]: Distribution[K] } = emptyDistribution(scenario);
  const rules = [rulesFor(scenario, false, true), rulesFor(scenario, true, true)] as const;
  for (let n = from; n < to; n += 1) addRun(d, foldRun(scenario, seed, n, policiesFrom, rules));
  return d;
}

function addCounts(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
}

export function mergeDistributions(a: Distribution, b: Distribution): Distribution {
  return {
    runs: a.runs + b.runs,
    process: addCounts(a.process, b.process),
    opposition: addCounts(a.opposition, b.opposition),
    walkouts: addCounts(a.walkouts, b.walkouts),
    ceasefireAgreed: a.ceasefireAgreed + b.ceasefireAgreed,
    confidence: a.confidence.map(
      (v, i) => v + invariant(b.confidence[i], 'both distributions have ten confidence bands'),
    ),
    confidenceSum: a.confidenceSum + b.confidenceSum,
    rules: addCounts(a.rules, b.rules),
    routes: {
      walkedOut: addCounts(a.routes.walkedOut, b.routes.walkedOut),
      process: Object.fromEntries(
        [...new Set([...Object.keys(a.routes.process), ...Object.keys(b.routes.process)])].map(
          (state) => [
            state,
            addCounts(a.routes.process[state] ?? {}, b.routes.process[state] ?? {}),
          ],
        ),
      ),
      ceasefireAgreed: addCounts(a.routes.ceasefireAgreed, b.routes.ceasefireAgreed),
    },
  };
}
