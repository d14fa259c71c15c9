/**
 * Monte Carlo: many seeded runs, each summed up in a few numbers, added into a distribution.
 * Counts are integers, so adding the parts in any order gives the same distribution: the result
 * does not depend on how many workers shared the runs.
 */
import { REGION_STATES } from '../model/domain.js';
import type { Scenario } from '../scenario/types.js';
import { outcomeOf, simulateOnce } from './run.js';

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
}

export function emptyDistribution(): Distribution {
  return {
    runs: 0,
    process: Object.fromEntries(REGION_STATES.process.map((s) => [s, 0])),
    opposition: Object.fromEntries(REGION_STATES.opposition.map((s) => [s, 0])),
    walkouts: {},
    ceasefireAgreed: 0,
    confidence: Array.from({ length: 10 }, () => 0),
    confidenceSum: 0,
  };
}

const top = (path: string): string => path.split('.')[0]!;

/** Runs `from` to `to - 1` of a simulation, added into one distribution. */
export function simulateRange(scenario: Scenario, seed: number, from: number, to: number): Distribution {
  const d: { -readonly [K in keyof Distribution]: Distribution[K] } = emptyDistribution();
  for (let n = from; n < to; n += 1) {
    const outcome = outcomeOf(simulateOnce(scenario, seed, n));
    d.process[top(outcome.state.process)]! += 1;
    d.opposition[top(outcome.state.opposition)]! += 1;
    if (outcome.walkout) d.walkouts[outcome.walkout.date] = (d.walkouts[outcome.walkout.date] ?? 0) + 1;
    if (outcome.ceasefireAgreed) d.ceasefireAgreed += 1;
    d.confidence[Math.min(9, Math.floor(outcome.confidence / 10))]! += 1;
    d.confidenceSum += outcome.confidence;
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
    confidence: a.confidence.map((v, i) => v + b.confidence[i]!),
    confidenceSum: a.confidenceSum + b.confidenceSum,
  };
}
