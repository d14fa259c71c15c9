/** `parley simulate` and `parley compare` as a user runs them. */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, parley, STACK_LINE } from './helpers/cli.js';
import { replay, simulateOnce } from '../src/engine/run.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

const WHAT_IF = 'scenarios/what-if/no-aleppo-offensive.yaml';
const THREE_RULES = join(PACKAGE_ROOT, 'test/fixtures/policies/three-rules.yaml');

beforeAll(ensureBuilt);

describe('parley simulate', () => {
  test('gives the same distribution, byte for byte, on one worker or two', async () => {
    const [one, two] = await Promise.all([
      parley('simulate', GENEVA, '--runs', '400', '--seed', '9', '--json', '--workers', '1'),
      parley('simulate', GENEVA, '--runs', '400', '--seed', '9', '--json', '--workers', '2'),
    ]);
    expect(one.status).toBe(0);
    expect(one.stdout).toBe(two.stdout);
    const d = JSON.parse(one.stdout);
    expect(d).toMatchObject({ scenario: 'geneva-2016', seed: 9, runs: 400 });
    expect(Object.values(d.process as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(400);
  });

  test('draws a bar chart of how the talks ended, and two side by side with --compare', async () => {
    const { status, stdout } = await parley(
      'simulate',
      GENEVA,
      '--runs',
      '200',
      '--compare',
      WHAT_IF,
    );
    expect(status).toBe(0);
    expect(stdout).toContain(
      'geneva-2016: 200 runs, seed 2016\nno-aleppo-offensive: 200 runs, seed 2016',
    );
    expect(stdout).toMatch(
      /How the process ended\n {2}\S+ +[#.]{14} +\d+\.\d% +\d+ +[#.]{14} +\d+\.\d% +\d+/,
    );
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(stdout).toContain('The opposition walked out');
    // Each simulation's routes, then what made the difference: the offensive the what-if removes, and the rule it set off.
    expect(stdout).toContain('\nHow the runs of geneva-2016 got there\n');
    expect(stdout).toContain('\nHow the runs of no-aleppo-offensive got there\n');
    const difference = stdout.slice(stdout.indexOf('\nWhat made the difference\n'));
    expect(difference).toContain(
      '  (A: geneva-2016, B: no-aleppo-offensive)\n  Events only A has:\n    2016-02-01 OFFENSIVE_LAUNCHED (aleppo-offensive)\n',
    );
    const [, a, b] = difference.match(/^ {4}threat-under-offensive +(\d+\.\d)% +(\d+\.\d)%$/m)!;
    expect(Number(a)).toBeGreaterThan(Number(b));
  });

  test('--json counts the runs in which each rule fired, as counted run by run', async () => {
    const scenario = mustLoad(THREE_RULES);
    const threatened = Array.from({ length: 20 }, (_, n) => simulateOnce(scenario, 3, n)).filter(
      (run) => run.entries.some((e) => e.step.type === 'WALKOUT_THREATENED'),
    ).length;
    const { status, stdout } = await parley(
      'simulate',
      THREE_RULES,
      '--runs',
      '20',
      '--seed',
      '3',
      '--json',
    );
    expect(status).toBe(0);
    const d = JSON.parse(stdout);
    expect(d.rules).toEqual({
      'always-disputed': 20,
      'never-called': 0,
      'coin-toss-threat': threatened,
    });
    expect(d.routes.walkedOut).toEqual([
      expect.objectContaining({
        text: 'coin-toss-threat then the deadline',
        runs: threatened,
        share: 1,
      }),
    ]);
  });

  test.each([
    [['simulate', GENEVA], '--runs N'],
    [['simulate', GENEVA, '--runs', '0'], '--runs takes a whole number from 1 to 1000000, not "0"'],
    [['simulate', GENEVA, '--runs', '5000000'], 'not "5000000"'],
    [['simulate', GENEVA, '--runs', '10', '--workers', 'two'], '--workers takes a whole number'],
  ])('usage errors exit 2: %j', async (args, message) => {
    const { status, stderr } = await parley(...args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(STACK_LINE);
  });
});

describe('parley compare', () => {
  test('names the step where a what-if parts from the record, and how the ends differ', async () => {
    const { status, stdout } = await parley('compare', GENEVA, WHAT_IF);
    expect(status).toBe(0);
    expect(stdout).toContain('The runs part at step 15, after 14 steps in common:');
    expect(stdout).toContain(
      '  A: 2016-02-01 OFFENSIVE_LAUNCHED by Syrian government forces: confidence 24 ->\n     4 (-20); offensive by Syrian government forces: north of Aleppo, massive\n',
    );
    // Both reach the March round; the record's HNC had left Geneva on 4 February.
    expect(stdout).toMatch(/^ {2}walkout +2016-02-04 +none +<- differs$/m);
    // What made the difference: the removed offensive, the recorded moves the what-if leaves to its rules, and those rules.
    const difference = stdout.slice(stdout.indexOf('\nWhat made the difference\n'));
    expect(difference).toContain(
      '  Events only A has:\n    2016-02-01 OFFENSIVE_LAUNCHED (aleppo-offensive)\n',
    );
    expect(difference).toMatch(
      /Recorded moves A plays and B leaves to its rules:\n(?: {4}.+\n)* {4}2016-02-01 FORMAL_START_DECLARED \(formal-start\)\n/,
    );
    expect(difference).toMatch(/Rules that fired only in B:\n {4}declare-start, /);
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  test('under two seeds, names the rules that fired in one run and not the other', async () => {
    const scenario = mustLoad(join(PACKAGE_ROOT, WHAT_IF));
    const fired = (seed: number) =>
      new Set(
        replay(scenario, { seed }).entries.flatMap((e) => (e.step.policy ? [e.step.policy] : [])),
      );
    const [one, two] = [fired(1), fired(2)];
    const onlyOne = [...one].filter((r) => !two.has(r));
    expect(onlyOne.length).toBeGreaterThan(0);
    const { stdout } = await parley('compare', WHAT_IF, '--seed', '1', '--seed', '2');
    expect(stdout).toContain(
      `\nWhat made the difference\n  Rules that fired only in A:\n    ${onlyOne.join(', ')}\n`,
    );
    expect(stdout).not.toContain('Events only');
    const same = await parley('compare', WHAT_IF, '--seed', '1', '--seed', '1');
    expect(same.stdout).not.toContain('What made the difference');
  });

  test('compares one file under two seeds, and says when the runs are the same', async () => {
    const same = await parley('compare', GENEVA, '--seed', '1', '--seed', '2');
    expect(same.stdout).toContain('The runs are the same: 47 steps, step for step.');
    const { status } = await parley('compare', GENEVA);
    expect(status).toBe(2);
  });

  test('marks where the runs end as differing only when their last dates differ', async () => {
    const { status, stdout } = await parley('compare', WHAT_IF, '--seed', '1', '--seed', '2');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ {2}Where they end +A \(2016-03-24\) +B \(2016-03-24\)$/m);
    expect(stdout).toMatch(/^ {2}steps +40 +38 +<- differs$/m);
  });
});
