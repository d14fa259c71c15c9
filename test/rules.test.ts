/**
 * `parley rules FILE [--score]`: the rules in force, what a what-if changed, and the probability
 * the rules gave each recorded move. Expected figures come from the engine's own replay here, not
 * from numbers written down: the rules are retuned as the record is studied.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { replay } from '../src/engine/run.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { percent } from '../src/report/rules.js';
import { ensureBuilt, parley } from './helpers/cli.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

const record = mustLoad(GENEVA);
const fixture = (name: string) => join(PACKAGE_ROOT, 'test/fixtures/whatif', name);
const rule = (id: string) => record.policies.find((p) => p.id === id)!;

beforeAll(() => ensureBuilt());

/** The block of lines under a rule's heading, up to the blank line after it. */
function block(stdout: string, id: string): string {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${id}: `));
  expect(start, `no heading for ${id}`).toBeGreaterThanOrEqual(0);
  return lines.slice(start, lines.indexOf('', start)).join('\n');
}

describe('parley rules', () => {
  test('lists each rule of the record in order: chance, delay, trigger, move and source, in 80 columns', async () => {
    const { stdout, status } = await parley('rules', GENEVA);
    expect(status).toBe(0);
    const headings = stdout
      .split('\n')
      .filter((l) => /^[a-z0-9-]+: \d/.test(l))
      .map((l) => l.split(':')[0]);
    expect(headings).toEqual(record.policies.map((p) => p.id));
    for (const p of record.policies) {
      const text = block(stdout, p.id);
      expect(text.split('\n')[0]).toContain(`${p.id}: ${percent(p.probability)}, `);
      expect(text).toMatch(/^ {2}when {7}on /m);
      expect(text).toContain(`  move       ${p.then.actor}: ${p.then.type}`);
      // A rule's quote is its motivation, as every view calls it, never a move's source.
      if (p.source) expect(text).toMatch(/^ {2}motivation /m);
      if (p.source)
        expect(text.replace(/\s+/g, ' ')).toContain(
          p.source.quote.split(' ').slice(0, 4).join(' '),
        );
    }
    expect(stdout.split('\n').every((l) => l.length <= 80)).toBe(true);
  });

  test('--score: each governed recorded move with the probability the rules gave it, and their product', async () => {
    const { stdout, status } = await parley('rules', GENEVA, '--score');
    expect(status).toBe(0);
    const moves = replay(record)
      .entries.map((e) => e.step)
      .filter((s) => s.predicted !== null);
    expect(moves.length).toBeGreaterThan(0);
    const lines = stdout.split('\n');
    const head = lines.findIndex((l) => l.startsWith('step  date'));
    const rows = lines.slice(head + 1, lines.indexOf('', head)).map((l) => l.split(/\s{2,}/));
    expect(rows.map(([step, date, type, actor]) => [Number(step), date, type, actor])).toEqual(
      moves.map((s) => [s.index + 1, s.date, s.type, s.actor]),
    );
    expect(rows.map((r) => r[4])).toEqual(
      moves.map((s) => (s.predicted === 0 ? '0%: no rule expected it' : percent(s.predicted!))),
    );
    const likelihood = moves.reduce((product, s) => product * s.predicted!, 1);
    const text = stdout.replace(/\s+/g, ' ');
    if (likelihood === 0) {
      const zero = moves.filter((s) => s.predicted === 0).length;
      expect(text).toContain(`Likelihood of the record under the rules: 0 (log10: minus infinity)`);
      expect(text).toContain(
        `the rules gave ${zero} recorded move${zero === 1 ? '' : 's'} 0%, so they cannot make this record`,
      );
    } else {
      expect(text).toContain(
        `Likelihood of the record under the rules: ${likelihood.toPrecision(3)} (log10 ${Math.log10(likelihood).toFixed(2)})`,
      );
    }
    expect(text).toContain(`the product of the ${moves.length} probabilities above`);
    expect(lines.every((l) => l.length <= 80)).toBe(true);
  });

  test('a what-if: which rules it switched off, changed (naming the fields) or added', async () => {
    const off = await parley('rules', fixture('threat-rules-off.yaml'));
    expect(off.stdout.replace(/\s+/g, ' ')).toContain(
      'this what-if has switched off: threat-under-offensive, threat-as-ground-is-lost.',
    );
    for (const id of ['threat-under-offensive', 'threat-as-ground-is-lost']) {
      expect(block(off.stdout, id)).toContain(
        `  what-if    switched off: probability (was ${percent(rule(id).probability)})`,
      );
    }
    expect(block(off.stdout, 'declare-start')).not.toContain('what-if');

    const { stdout } = await parley('rules', fixture('rule-overrides.yaml'));
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'this what-if has changed: declare-start, pause-when-threatened; added: arrive-after-gesture.',
    );
    const days = rule('declare-start').delay;
    expect(block(stdout, 'declare-start').replace(/\s+/g, ' ')).toContain(
      `what-if changed: probability (was ${percent(rule('declare-start').probability)}), delay (was ${days} day${days === 1 ? '' : 's'} after the trigger)`,
    );
    expect(block(stdout, 'pause-when-threatened').split('\n').at(-1)).toBe(
      '  what-if    changed: when',
    );
    expect(block(stdout, 'arrive-after-gesture')).toContain('  what-if    added by this what-if');
    expect(stdout.split('\n').every((l) => l.length <= 80)).toBe(true);
  });
});

test('--score on a what-if: a move whose rule no longer holds when it falls due gets 0%, as a simulation would never make it', async () => {
  ensureBuilt();
  // The gesture meets humanitarianAccess before the boycott falls due: boycott-over-demands no longer wants it.
  const { stdout } = await parley(
    'rules',
    join(PACKAGE_ROOT, 'scenarios/what-if/goodwill-gesture.yaml'),
    '--score',
  );
  expect(stdout).toMatch(/^\d+ +2016-01-28 +BOYCOTT_ANNOUNCED +hnc +0%/m);
  const { stdout: record } = await parley('rules', GENEVA, '--score');
  expect(record).toMatch(/^\d+ +2016-01-28 +BOYCOTT_ANNOUNCED +hnc +70%/m);
});
