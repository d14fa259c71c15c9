/**
 * A simulation spread over worker threads. Runs go out in small ranges so the workers stay busy
 * to the end; each range's distribution comes back and is added in, in whatever order it arrives.
 * A pool can be started before the scenario is read, so the threads load their modules while the
 * main thread parses and checks the file, and serves several simulations (`--compare`).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../scenario/types.js';
import { invariant } from '../model/invariant.js';
import {
  emptyDistribution,
  mergeDistributions,
  simulateRange,
  type Distribution,
} from './montecarlo.js';
import { policiesFromDate } from './run.js';

export interface ParallelOptions {
  readonly workers?: number;
  /** The number of the first run (default 0): the runs are `first` to `first + runs - 1`. */
  readonly first?: number;
  /** The index of the event from which the policies make the moves (see `play`; default 0, all). */
  readonly policiesFrom?: number;
  /** Called after each range with the number of runs done so far. */
  readonly onProgress?: (done: number) => void;
  /** Threads already started (`startPool`); otherwise a pool is started for this simulation and closed after it. */
  readonly pool?: Pool;
}

/** What a worker is sent: the simulation it serves next, then ranges of its runs. */
export type WorkerMessage =
  | {
      readonly kind: 'simulation';
      readonly scenario: Scenario;
      readonly seed: number;
      readonly policiesFrom: number;
    }
  | { readonly kind: 'runs'; readonly from: number; readonly to: number };

export interface Pool {
  readonly workers: readonly Worker[];
  close(): void;
}

/**
 * A worker thread's answers (simulateWorker.ts): told which simulation it serves, it answers each
 * range of runs with their distribution, and the simulation itself with nothing.
 */
export function simulationServer(): (message: WorkerMessage) => Distribution | null {
  let simulation: Extract<WorkerMessage, { kind: 'simulation' }> | null = null;
  return (message) => {
    if (message.kind === 'simulation') {
      simulation = message;
      return null;
    }
    const { scenario, seed, policiesFrom } = invariant(
      simulation,
      'a simulation comes before its runs',
    );
    return simulateRange(scenario, seed, message.from, message.to, policiesFrom);
  };
}

/** Below a hundred runs per worker, starting another thread costs more than it saves. */
export function poolSize(runs: number, workers: number = availableParallelism()): number {
  return Math.max(1, Math.min(workers, Math.ceil(runs / 100)));
}

/** `script`: the worker's module, for a caller not running from the built files (tests). */
export function startPool(
  size: number,
  script: URL = new URL('./simulateWorker.js', import.meta.url),
): Pool {
  const workers = Array.from({ length: size }, () => new Worker(script));
  return {
    workers,
    close: () => {
      for (const w of workers) void w.terminate();
    },
  };
}

/** @example const d = await simulateParallel(scenario, 2016, 10_000, { workers: 2 }); */
export async function simulateParallel(
  scenario: Scenario,
  seed: number,
  runs: number,
  options: ParallelOptions = {},
): Promise<Distribution> {
  if (runs === 0) return emptyDistribution(scenario);
  const pool = options.pool ?? startPool(poolSize(runs, options.workers));
  try {
    return await onPool(pool, scenario, seed, runs, options);
  } finally {
    if (!options.pool) pool.close();
  }
}

function onPool(
  pool: Pool,
  scenario: Scenario,
  seed: number,
  runs: number,
  options: ParallelOptions,
): Promise<Distribution> {
  const size = Math.max(50, Math.min(2000, Math.ceil(runs / (pool.workers.length * 8))));
  const first = options.first ?? 0;
  const end = first + runs;
  let next = first;
  let done = 0;
  let total = emptyDistribution(scenario);
  const simulation: WorkerMessage = {
    kind: 'simulation',
    scenario,
    seed,
    policiesFrom: options.policiesFrom ?? 0,
  };
  return new Promise((resolve, reject) => {
    const listeners: [Worker, (part: Distribution) => void][] = [];
    const finish = (error: Error | null): void => {
      for (const [worker, listener] of listeners) {
        worker.off('message', listener);
        worker.off('error', finish);
        worker.off('exit', closed);
      }
      if (error) reject(error);
      else resolve(total);
    };
    // A pool closed before the runs are done (the player cancelling) ends the simulation.
    const closed = (): void => finish(new Error('the simulation was stopped'));
    const send = (worker: Worker): void => {
      if (next >= end) return;
      const from = next;
      next = Math.min(end, next + size);
      worker.postMessage({ kind: 'runs', from, to: next } satisfies WorkerMessage);
    };
    for (const worker of pool.workers) {
      const listener = (part: Distribution): void => {
        total = mergeDistributions(total, part);
        done += part.runs;
        options.onProgress?.(done);
        if (done === runs) finish(null);
        else send(worker);
      };
      listeners.push([worker, listener]);
      worker.on('message', listener);
      worker.on('error', finish);
      worker.on('exit', closed);
      worker.postMessage(simulation);
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
