/**
 * Simulations on worker threads, driven in-process: the ranges handed out, added up in whatever
 * order they come back, progress, and a pool closed halfway. The threads run the built worker.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { emptyDistribution, simulateRange } from '../src/engine/montecarlo.js';
import {
  poolSize,
  simulateFrom,
  simulateParallel,
  simulationServer,
  startPool,
} from '../src/engine/parallel.js';
import { policiesFromDate } from '../src/engine/run.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { ensureBuilt } from './helpers/cli.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

const WORKER = pathToFileURL(join(PACKAGE_ROOT, 'dist/bin/simulateWorker.js'));
const geneva = mustLoad(GENEVA);

beforeAll(ensureBuilt);

describe('how many threads', () => {
  test('one per hundred runs, at most one per core asked for, at least one', () => {
    expect(poolSize(1, 4)).toBe(1);
    expect(poolSize(100, 4)).toBe(1);
    expect(poolSize(101, 4)).toBe(2);
    expect(poolSize(250, 4)).toBe(3);
    expect(poolSize(10_000, 2)).toBe(2);
  });
});

describe('a simulation spread over threads', () => {
  test('adds up to the same distribution as the runs played one after another, reporting progress', async () => {
    const pool = startPool(2, WORKER);
    const progress: number[] = [];
    try {
      const spread = await simulateParallel(geneva, 2016, 900, {
        pool,
        first: 100,
        onProgress: (done) => progress.push(done),
      });
      expect(spread).toEqual(simulateRange(geneva, 2016, 100, 1000));
    } finally {
      pool.close();
    }
    // Eight ranges a thread (of 50 runs at least): 900 runs in ranges of 57, the last one short,
    // counted as each comes back.
    const ranges = progress.map((done, i) => done - (progress[i - 1] ?? 0));
    expect(ranges.sort((a, b) => a - b)).toEqual([45, ...Array<number>(15).fill(57)]);
    expect(progress.at(-1)).toBe(900);
  });

  test('no runs: the empty distribution, without a thread', async () => {
    expect(await simulateParallel(geneva, 2016, 0)).toEqual(emptyDistribution(geneva));
  });

  test('serves several simulations on one pool, and from a date on the record', async () => {
    const pool = startPool(1, WORKER);
    try {
      const whole = await simulateFrom(geneva, { seed: 7, runs: 120, fromDate: null, pool });
      expect(whole).toEqual(simulateRange(geneva, 7, 0, 120));
      const later = await simulateFrom(geneva, {
        seed: 7,
        runs: 120,
        fromDate: '2016-02-03',
        pool,
      });
      expect(later).toEqual(
        simulateRange(geneva, 7, 0, 120, policiesFromDate(geneva, '2016-02-03')),
      );
      expect(later).not.toEqual(whole);
    } finally {
      pool.close();
    }
  });

  test('a pool closed before the runs are done stops the simulation with a reason', async () => {
    const pool = startPool(1, WORKER);
    const running = simulateParallel(geneva, 2016, 100_000, { pool });
    pool.close();
    await expect(running).rejects.toThrow('the simulation was stopped');
  });
});

describe('what a worker thread answers', () => {
  test('each range of runs with its distribution, of the simulation it was last told of', () => {
    const answer = simulationServer();
    expect(answer({ kind: 'simulation', scenario: geneva, seed: 7, policiesFrom: 0 })).toBeNull();
    expect(answer({ kind: 'runs', from: 3, to: 9 })).toEqual(simulateRange(geneva, 7, 3, 9, 0));
    const from = policiesFromDate(geneva, '2016-02-01');
    expect(
      answer({ kind: 'simulation', scenario: geneva, seed: 8, policiesFrom: from }),
    ).toBeNull();
    expect(answer({ kind: 'runs', from: 0, to: 5 })).toEqual(simulateRange(geneva, 8, 0, 5, from));
  });

  test('runs asked for before any simulation are an internal error, said plainly', () => {
    expect(() => simulationServer()({ kind: 'runs', from: 0, to: 1 })).toThrow(
      'internal error: a simulation comes before its runs',
    );
  });
});

test('a simulation on a shared pool leaves no listener of its own on the threads', async () => {
  const pool = startPool(1, WORKER);
  try {
    await simulateParallel(geneva, 7, 60, { pool });
    for (const event of ['message', 'error', 'exit'])
      expect(
        pool.workers.map((w) => w.listenerCount(event)),
        event,
      ).toEqual([0]);
  } finally {
    pool.close();
  }
});
