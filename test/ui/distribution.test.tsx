/**
 * `d` in the player: how the talks end from the step shown, on the branch shown, beside the
 * record from its date, simulated on worker threads while the keys keep working.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { outcomeOf, replay } from '../../src/engine/run.js';
import { PACKAGE_ROOT } from '../../src/scenario/locations.js';
import { ensureBuilt } from '../helpers/cli.js';
import { geneva, KEY, pickMove, player, waitFor } from './helpers.js';

beforeAll(ensureBuilt, 120_000);

/** The built worker: vitest runs the player from its sources, which a thread cannot load. */
const workerScript = pathToFileURL(join(PACKAGE_ROOT, 'dist/bin/simulateWorker.js'));
const RUNS = 300;
const bars = (t: string): boolean => t.includes('How the process ended') && t.includes('mean');
const within80 = (text: string): void => {
  for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
};

describe('d: the distribution from the step shown', () => {
  test('shows its progress, then bars for this branch from this step and the record from its date', async () => {
    const { press, frame, unmount } = await player({ simulation: { runs: RUNS, workerScript } });
    await press(KEY.right);
    await press(KEY.right);
    let text = await press('d', (t) => t.includes('how the talks end from step 2'));
    expect(text).toMatch(/simulating record from step 2: [\d,]+\/300/);
    text = await waitForBars(frame);
    expect(text.replace(/\s+/g, ' ')).toContain(
      'record from step 2 (2016-01-25) vs the record from 2016-01-25, 300 runs each, seed 2016',
    );
    expect(text).toMatch(/^ +record from step 2 {3,}record from 2016-01-25/m);
    expect(text).toMatch(/A ceasefire was agreed\n {3}agreed +[#.]+ +\d+\.\d%/);
    expect(text).toMatch(/^ {3}walked out +[#.]+ +\d+\.\d% +[#.]+ +\d+\.\d%/m);
    within80(text);
    unmount();
  });

  test('→ moves the cursor while it computes, and Esc closes it: the player goes on', async () => {
    const { press, unmount } = await player({ simulation: { runs: 50_000, workerScript } });
    await press('d', (t) => t.includes('simulating record from step 0'));
    const text = await press(KEY.right, (t) => t.includes('simulating record from step 1'));
    expect(text).toContain('how the talks end from step 1 · record');
    const closed = await press(KEY.escape, (t) => t.includes('step 1/36'));
    expect(closed).toContain('step 1 of 36');
    expect(closed).not.toContain('simulating');
    await press(KEY.right, (t) => t.includes('step 2/36'));
    unmount();
  });

  test('from the last step, every run ends as the record does; moving back, the numbers change', async () => {
    const { press, frame, unmount } = await player({ simulation: { runs: RUNS, workerScript } });
    const end = outcomeOf(replay(geneva())).state.process;
    await press(KEY.end, (t) => t.includes('step 36/36'));
    await press('d', (t) => t.includes('from step 36'));
    let text = await waitForBars(frame);
    expect(text).toMatch(new RegExp(`^ {3}${end} +#+ +100\\.0% +#+ +100\\.0%`, 'm'));
    await press(KEY.home, (t) => t.includes('from step 0'));
    text = await waitForBars(frame);
    expect(text).not.toMatch(new RegExp(`^ {3}${end} +#+ +100\\.0%`, 'm'));
    // Seen once, a step's numbers come back at once: no simulation in between.
    text = await press(KEY.end, (t) => t.includes('from step 36'));
    expect(bars(text)).toBe(true);
    unmount();
  });

  test("on a fork, the fork's own walkout is in every run; the record from that date is beside it", async () => {
    const { press, frame, unmount } = await player({ simulation: { runs: RUNS, workerScript } });
    await press('g');
    await press('walkout-threat');
    await press(KEY.enter, (t) => t.includes('step 28/36'));
    await press('f', (t) => t.includes('fork at step 28'));
    await press(KEY.enter, (t) => t.includes('moves the current state accepts'));
    await pickMove(press, 'walked_out hnc', (t) => t.includes('branch fork-1 (unsaved)'));
    await press('d', (t) => t.includes('from step 29'));
    const text = await waitForBars(frame);
    expect(text.replace(/\s+/g, ' ')).toContain(
      'fork-1 from step 29 (2016-02-02) vs the record from 2016-02-02, 300 runs each',
    );
    expect(text).toMatch(/^ {3}walked out +#+ 100\.0% +[#.]+ +\d+\.\d%/m);
    within80(text);
    unmount();
  });
});

/** The bars, however long the runs take on a busy machine. */
const waitForBars = (frame: () => string): Promise<string> => waitFor(frame, bars, 60_000);
