/**
 * `parley test`: the shipped scenarios keep what they claim, and a failing expectation is reported
 * at its own position with what the run showed (test/expectations.test.ts checks the findings
 * in-process).
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { ensureBuilt, parley } from './helpers/cli.js';

beforeAll(ensureBuilt);

const fixture = (name: string): string =>
  relative(process.cwd(), join(PACKAGE_ROOT, 'test/fixtures/expect', name));
const SCENARIOS = join(PACKAGE_ROOT, 'scenarios');
const shipped = [SCENARIOS, join(SCENARIOS, 'what-if')].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => relative(process.cwd(), join(dir, f))),
);

describe('parley test', () => {
  test('every shipped scenario carries expectations, and they all hold', async () => {
    const { status, stdout, stderr } = await parley('test', ...shipped);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n').sort()).toEqual(
      shipped
        .map((f) =>
          expect.stringMatching(
            new RegExp(`^${f}: (all \\d+ expectations hold|the expectation holds)$`),
          ),
        )
        .sort(),
    );
    expect(status).toBe(0);
  }, 900_000);

  test('each kind that holds passes: a date without steps, sub-states, confidence, preconditions, by, never, shares', async () => {
    const { status, stdout } = await parley('test', fixture('holds.yaml'));
    expect(stdout).toBe(`${fixture('holds.yaml')}: all 7 expectations hold\n`);
    expect(status).toBe(0);
  }, 120_000);

  test('each failure at its own file:line:col, with what the run showed instead; exit 1', async () => {
    const file = fixture('fails.yaml');
    const { status, stdout } = await parley('test', file);
    expect(stdout.split('\n')).toEqual([
      `${file}:7:5: expected on 2016-02-03: process`,
      '  proximityTalks',
      '  found: process suspended after #hnc-will-leave (step 37, 2016-02-03)',
      `${file}:9:5: expected by 2016-01-29: opposition`,
      '  attending, confidence 20 to 40',
      '  found: not by then; on 2016-01-29: opposition boycott, confidence 27',
      `${file}:12:5: expected never: opposition walkoutThreat`,
      '  found: reached after #walkout-threat (step 28, 2016-02-02)',
      '  note: the threat came on 2 February',
      `${file}:14:5: expected on 2016-02-01: met`,
      '  endAirStrikes',
      '  found: endAirStrikes unmet after #ceasefire-call (step 21, 2016-02-01)',
      `${file}:18:29: expected a share of 0.9 to 1 ending`,
      '  opposition.walkedOut',
      expect.stringMatching(
        /^ {2}found: 0\.\d+, \d+ of 100 runs \(95% interval 0\.\d+ to 0\.\d+\)$/,
      ),
      // The base's seven expectations are not inherited: a what-if expects its own outcome.
      `${file}: 5 of 5 expectations failed`,
      '',
    ]);
    expect(stdout.split('\n').every((line) => line.length <= 80)).toBe(true);
    expect(status).toBe(1);
  }, 120_000);

  test('the share found is reported with its sampling margin, which contains it', async () => {
    const { stdout } = await parley('test', fixture('fails.yaml'), '--format', 'json');
    const report = JSON.parse(stdout);
    expect(report.passed).toBe(false);
    const [walkedOut, suspended] = report.expectations.at(-1).shares;
    expect(walkedOut).toMatchObject({
      ending: 'opposition.walkedOut',
      line: 18,
      holds: false,
      runs: 100,
    });
    expect(walkedOut.interval[0]).toBeLessThan(walkedOut.share);
    expect(walkedOut.interval[1]).toBeGreaterThan(walkedOut.share);
    expect(suspended).toMatchObject({ ending: 'process.suspended', holds: true });
    expect(
      report.expectations.map((e: { line: number; holds: boolean }) => [e.line, e.holds]),
    ).toEqual([
      [7, false],
      [9, false],
      [12, false],
      [14, false],
      [16, false],
    ]);
  }, 120_000);

  test('a file without expectations says so and passes; an invalid one fails with its problems', async () => {
    const none = await parley('test', fixture('none.yaml'));
    expect(none.stdout).toBe(
      `${fixture('none.yaml')}: no expectations (write them under \`expect:\`)\n`,
    );
    expect(none.status).toBe(0);
    const refused = await parley('test', fixture('refused.yaml'));
    expect(refused.stderr).toContain(
      `${fixture('refused.yaml')}:9:23: expect[1]: unknown process state "suspendd"`,
    );
    expect(refused.stdout).toBe('');
    expect(refused.status).toBe(1);
  });

  test('needs a FILE', async () => {
    const { status, stderr } = await parley('test');
    expect(stderr).toMatch(/^parley: test takes one or more scenario FILEs\n/);
    expect(status).toBe(2);
  });
});
