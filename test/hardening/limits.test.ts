/**
 * Resource limits: alias bombs, oversized files, absurd nesting, too many events, rules that
 * never stop, and runs beyond reason each end in a clear message, fast, never in a crash or a hang.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { replay } from '../../src/engine/run.js';
import { MAX_FILE_BYTES } from '../../src/scenario/readSource.js';
import { loadScenario, MAX_EVENTS } from '../../src/engine/load.js';
import { MAX_DEPTH, MAX_ITEMS } from '../../src/scenario/nesting.js';
import { MAX_RUNS } from '../../src/cli/simulate.js';
import { ensureBuilt, parley, STACK_LINE } from '../helpers/cli.js';
import { GENEVA } from '../helpers/scenarios.js';
import { hostile } from './helpers.js';
import { scratchFiles } from '../helpers/scratch.js';

const { dir, file } = scratchFiles('limits');

/** A what-if of `count` events, each one line. */
function manyEvents(count: number): string {
  const lines = [
    'id: many',
    'title: Many events',
    'kind: what-if',
    'start: 2016-01-25',
    'actors:',
    '  - { id: envoy, name: Envoy, role: envoy }',
    'events:',
  ];
  for (let i = 0; i < count; i += 1)
    lines.push(`  - { id: e${i}, date: 2016-01-25, actor: envoy, type: STATEMENT_ISSUED }`);
  return `${lines.join('\n')}\n`;
}

/** Loads `path`, and fails unless it took under `ms`. */
function timedLoad(path: string, ms: number) {
  const started = performance.now();
  const result = loadScenario(path);
  expect(performance.now() - started).toBeLessThan(ms);
  return result;
}

/** The problems a refused file gets, a line each; with `hints`, what the author is told to do too. */
const only = (path: string, hints = false) => {
  const { scenario, diagnostics } = timedLoad(path, 10_000);
  expect(scenario).toBeNull();
  return diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}${hints ? ` (${d.hint})` : ''}`);
};

describe('loading', () => {
  test('a billion laughs: aliases of aliases are refused before they expand', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i += 1)
      levels.push(
        `l${i}: &l${i} [${Array(9)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(',')}]`,
      );
    const diagnostics = only(file('bomb.yaml', `${levels.join('\n')}\n`));
    expect(diagnostics).toEqual(['1:1: YAML: aliases (*name) expand to more than 100 copies']);
  });

  test('a file over the size limit is refused without being read', () => {
    const path = join(dir, 'huge.yaml');
    const fd = openSync(path, 'w');
    writeSync(fd, 'x', MAX_FILE_BYTES);
    closeSync(fd);
    expect(only(path)).toEqual([
      `1:1: file is ${MAX_FILE_BYTES + 1} bytes; the limit is ${MAX_FILE_BYTES}`,
    ]);
  });

  test('millions of nested brackets are refused in seconds, not minutes and gigabytes', () => {
    const depth = Math.floor(MAX_FILE_BYTES / 2) - 10;
    const diagnostics = only(
      file('brackets.yaml', `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`),
    );
    expect(diagnostics).toEqual([
      `1:${4 + MAX_DEPTH}: YAML: nested more than ${MAX_DEPTH} levels deep`,
    ]);
  });

  test(`more than ${MAX_ITEMS} values are refused at the first one over, before the file is parsed`, () => {
    // The key, the bracket and each number are values: the 200,001st is the 199,999th number.
    const diagnostics = only(file('values.yaml', `a: [${'1,'.repeat(MAX_ITEMS)}1]\n`), true);
    expect(diagnostics).toEqual([
      `1:${2 * MAX_ITEMS + 1}: YAML: the file holds more than ${MAX_ITEMS} values (a scenario of the longest talks holds a few thousand; split it, or extend a base file)`,
    ]);
    expect(
      only(file('at-values.yaml', `a: [${'1,'.repeat(MAX_ITEMS - 3)}1]\n`)),
    ).not.toContainEqual(expect.stringContaining('values'));
  });

  test('deep block nesting is refused at the level that crosses the limit', () => {
    expect(only(file('blocks.yaml', `a:\n${'- '.repeat(100_000)}x\n`))).toEqual([
      `2:${2 * MAX_DEPTH - 1}: YAML: nested more than ${MAX_DEPTH} levels deep`,
    ]);
    const shallow = loadScenario(
      file('shallow.yaml', `id: x\n${'- '.repeat(MAX_DEPTH - 1)}x\n`),
    ).diagnostics.map((d) => d.message);
    expect(shallow.join('\n')).not.toContain('nested');
  });

  test(`${MAX_EVENTS} events validate and replay in seconds`, () => {
    const { scenario } = timedLoad(file('at-limit.yaml', manyEvents(MAX_EVENTS)), 15_000);
    const started = performance.now();
    expect(replay(scenario!).entries).toHaveLength(MAX_EVENTS);
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 60_000);

  test('one more event is refused, at the first event over the limit', () => {
    expect(only(file('over-limit.yaml', manyEvents(MAX_EVENTS + 1)))).toEqual([
      `${8 + MAX_EVENTS}:5: the scenario has ${MAX_EVENTS + 1} events; the limit is ${MAX_EVENTS}`,
    ]);
  });

  test('rules that set each other off on the same day are refused before they run forever', () => {
    expect(only(hostile('policy-loop.yaml'), true)).toEqual([
      '15:11: policies call, answer set each other off on the same day without end (give one of them a `delay` of a day or more)',
    ]);
  });

  test('rules whose moves multiply every day are refused before they fill the memory', () => {
    expect(only(hostile('policy-branching.yaml'), true)).toEqual([
      '15:11: policies army-again, russia-too multiply without end: their moves trigger more than one rule of the loop (keep one rule at each step of the loop)',
    ]);
  });
});

describe.concurrent('the command line', () => {
  beforeAll(ensureBuilt);

  test('100,000 events: exit 1 with the limit, no stack trace', async () => {
    const { status, stderr } = await parley(
      'validate',
      file('hundred-thousand.yaml', manyEvents(100_000)),
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(/:1:1: file is \d+ bytes; the limit is 5242880|the limit is 10000/);
    expect(stderr).not.toMatch(STACK_LINE);
  });

  test.each([String(MAX_RUNS + 1), '99999999999999999999999', '0', '1e9'])(
    'simulate --runs %s: exit 2 with the range, no work started',
    async (runs) => {
      const { status, stderr } = await parley('simulate', GENEVA, '--runs', runs);
      expect(status).toBe(2);
      expect(stderr).toContain(`--runs takes a whole number from 1 to ${MAX_RUNS}`);
    },
  );

  test('simulate on rules in a loop: exit 1 with the loop, not a hang', async () => {
    const { status, stderr } = await parley(
      'simulate',
      hostile('policy-loop.yaml'),
      '--runs',
      '10',
    );
    expect(status).toBe(1);
    expect(stderr).toContain(
      'policies call, answer set each other off on the same day without end',
    );
  });
});

test('a scenario over the events limit is told how to split it', () => {
  expect(only(file('over-limit-hint.yaml', manyEvents(MAX_EVENTS + 1)), true)).toEqual([
    `${8 + MAX_EVENTS}:5: the scenario has ${MAX_EVENTS + 1} events; the limit is ${MAX_EVENTS} (split it into scenarios of one round of talks each)`,
  ]);
});
