/**
 * A simulation spread over worker threads. Runs go out in small ranges so the workers stay busy
 * to the end; each range's distribution comes back and is added in, in whatever order it arrives.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../scenario/types.js';
import { emptyDistribution, mergeDistributions, type Distribution } from './montecarlo.js';
import { policiesFromDate } from './run.js';

export interface ParallelOptions {
  readonly workers?: number;
  /** The number of the first run (default 0): the runs are `first` to `first + runs - 1`. */
  readonly first?: number;
  /** The index of the event from which the policies make the moves (see `play`; default 0, all). */
  readonly policiesFrom?: number;
  /** Called after each range with the number of runs done so far. */
  readonly onProgress?: (done: number) => void;
}

/** @example const d = await simulateParallel(scenario, 2016, 10_000, { workers: 2 }); */
export function simulateParallel(
  scenario: Scenario,
  seed: number,
  runs: number,
  options: ParallelOptions = {},
): Promise<Distribution> {
  if (runs === 0) return Promise.resolve(emptyDistribution(scenario));
  // Below a hundred runs per worker, starting another thread costs more than it saves.
  const workers = Math.max(
    1,
    Math.min(options.workers ?? availableParallelism(), Math.ceil(runs / 100)),
  );
  const size = Math.max(50, Math.min(2000, Math.ceil(runs / (workers * 8))));
  const first = options.first ?? 0;
  const end = first + runs;
  let next = first;
  let done = 0;
  let total = emptyDistribution(scenario);
  return new Promise((resolve, reject) => {
    const pool = Array.from(
      { length: workers },
      () =>
        new Worker(new URL('./simulateWorker.js', import.meta.url), {
          workerData: { scenario, seed, policiesFrom: options.policiesFrom ?? 0 },
        }),
    );
    const finish = (error: Error | null): void => {
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve(total);
    };
    const send = (worker: Worker): boolean => {
      if (next >= end) return false;
      const from = next;
      next = Math.min(end, next + size);
      worker.postMessage({ from, to: next });
      return true;
    };
    for (const worker of pool) {
      worker.on('message', (part: Distribution) => {
        total = mergeDistributions(total, part);
        done += part.runs;
        options.onProgress?.(done);
        if (done === runs) finish(null);
        else send(worker);
      });
      worker.on('error', finish);
      send(worker);
    }
  });
}

export interface Sweep extends Omit<ParallelOptions, 'policiesFrom'> {
  readonly seed: number;
  readonly runs: number;
  /** The record plays as written up to and including this date, then the policies make the moves; null: from the start. */
  readonly fromDate: string | null;
}

/**
 * The distribution of runs `first` to `first + runs - 1` from the scenario's state on
 * `fromDate`, on worker threads: what `simulate --from-date` counts.
 * @example await simulateFrom(geneva, { seed: 2016, runs: 1000, fromDate: '2016-02-01' })
 */
export function simulateFrom(scenario: Scenario, sweep: Sweep): Promise<Distribution> {
  const { seed, runs, fromDate, ...options } = sweep;
  const policiesFrom = fromDate === null ? 0 : policiesFromDate(scenario, fromDate);
  return simulateParallel(scenario, seed, runs, { ...options, policiesFrom });
}
