/**
 * Monte Carlo: many seeded runs, each summed up in a few numbers, added into a distribution.
 * Counts are integers, so adding the parts in any order gives the same distribution: the result
 * does not depend on how many workers shared the runs. (Keys that parts add, such as routes, come
 * in the order they were met: reports sort them.)
 */
import { REGION_STATES } from '../model/domain.js';
import type { Scenario } from '../scenario/types.js';
import { outcomeOf, simulateOnce } from './run.js';
import { firedRules, runRoutes } from './routes.js';
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

const top = (path: string): string => path.split('.')[0] ?? path;

/** Runs `from` to `to - 1` of a simulation, added into one distribution. */
export function simulateRange(
  scenario: Scenario,
  seed: number,
  from: number,
  to: number,
): Distribution {
  const d: { -readonly [K in keyof Distribution]: Distribution[K] } = emptyDistribution(scenario);
  for (let n = from; n < to; n += 1) {
    const run = simulateOnce(scenario, seed, n);
    const outcome = outcomeOf(run);
    const ending = top(outcome.state.process);
    count(d.process, ending);
    count(d.opposition, top(outcome.state.opposition));
    if (outcome.walkout) count(d.walkouts, outcome.walkout.date);
    if (outcome.ceasefireAgreed) d.ceasefireAgreed += 1;
    const band = Math.min(9, Math.floor(outcome.confidence / 10));
    d.confidence[band] = (d.confidence[band] ?? 0) + 1;
    d.confidenceSum += outcome.confidence;
    for (const rule of firedRules(run.entries)) count(d.rules, rule);
    const routes = runRoutes(run.entries);
    if (routes.walkedOut) count(d.routes.walkedOut, routes.walkedOut);
    count((d.routes.process[ending] ??= {}), routes.process);
    if (routes.ceasefireAgreed) count(d.routes.ceasefireAgreed, routes.ceasefireAgreed);
    d.runs += 1;
  }
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
