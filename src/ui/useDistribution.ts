/**
 * The `d` view's two simulations, played on worker threads so the player keeps its keys. A new
 * step, branch or fork stops the simulation under way (its threads ended) and starts the next;
 * each result is kept per (scenario, seed, runs, policiesFrom), so a view seen once comes back at
 * once.
 */
import { useEffect, useState } from 'react';
import type { Distribution } from '../engine/montecarlo.js';
import { poolSize, simulateParallel, startPool } from '../engine/parallel.js';
import type { Simulation, StepComparison } from '../engine/fromStep.js';
import type { Scenario } from '../scenario/types.js';

export type DistributionState =
  | { readonly kind: 'computing'; readonly part: 0 | 1; readonly done: number }
  | { readonly kind: 'done'; readonly results: readonly [Distribution, Distribution] }
  | { readonly kind: 'failed'; readonly problem: string };

/** Kept while its scenario lives: a closed fork's results go with it. */
const cache = new WeakMap<Scenario, Map<string, Distribution>>();
const keyOf = (s: Simulation, runs: number): string => `${s.seed}/${runs}/${s.policiesFrom}`;
const cached = (s: Simulation, runs: number): Distribution | undefined =>
  cache.get(s.scenario)?.get(keyOf(s, runs));
function keep(s: Simulation, runs: number, d: Distribution): void {
  const found = cache.get(s.scenario) ?? new Map<string, Distribution>();
  cache.set(s.scenario, found.set(keyOf(s, runs), d));
}

/**
 * The distributions of `comparison` (the branch's, then the record's), `runs` runs each, or how
 * far their simulation has got. `workerScript`: the worker's module when not running from the
 * built files (tests).
 */
export function useDistribution(
  comparison: StepComparison,
  runs: number,
  workerScript?: URL,
): DistributionState {
  const { branch, record } = comparison;
  const [state, setState] = useState<{ key: string; value: DistributionState } | null>(null);
  const key = `${keyOf(branch, runs)} ${keyOf(record, runs)}`;
  const ready = [cached(branch, runs), cached(record, runs)] as const;
  const [a, b] = ready;

  // One effect per pair of simulations: the scenarios and keys say when it is another pair.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the simulations' seeds and starting events
  useEffect(() => {
    if (cached(branch, runs) && cached(record, runs)) return undefined;
    let live = true;
    const pool = startPool(poolSize(runs), workerScript);
    const show = (value: DistributionState): void => {
      if (live) setState({ key, value });
    };
    const play = async (): Promise<void> => {
      const results: Distribution[] = [];
      for (const [part, s] of [branch, record].entries() as Iterable<[0 | 1, Simulation]>) {
        const found = cached(s, runs);
        if (found) {
          results.push(found);
          continue;
        }
        show({ kind: 'computing', part, done: 0 });
        const d = await simulateParallel(s.scenario, s.seed, runs, {
          policiesFrom: s.policiesFrom,
          pool,
          onProgress: (done) => show({ kind: 'computing', part, done }),
        });
        keep(s, runs, d);
        results.push(d);
      }
      const [first, second] = results;
      if (first && second) show({ kind: 'done', results: [first, second] });
    };
    play()
      .catch((error: unknown) => show({ kind: 'failed', problem: String(error) }))
      .finally(() => pool.close());
    return () => {
      live = false;
      pool.close();
    };
  }, [branch.scenario, record.scenario, key, runs, workerScript]);

  if (a && b) return { kind: 'done', results: [a, b] };
  // A state left from other simulations says nothing about these.
  return state?.key === key ? state.value : { kind: 'computing', part: a ? 1 : 0, done: 0 };
}
