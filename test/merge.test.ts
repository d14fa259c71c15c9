/**
 * A large simulation spread over machines: `simulate --shard I/N --json` runs a slice of the
 * runs, `parley merge` adds the parts, in any order, into what one `simulate` of all the runs
 * prints, byte for byte; parts of different simulations, or that overlap or leave a gap, are
 * refused, naming the file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, parley } from './helpers/cli.js';
import { GENEVA } from './helpers/scenarios.js';

const RUNS = '301';
const common = ['--runs', RUNS, '--seed', '7', '--from-date', '2016-01-29'];
const dir = mkdtempSync(join(tmpdir(), 'parley-merge-'));
const part = (name: string): string => join(dir, name);

async function shard(name: string, ...args: string[]): Promise<string> {
  const { status, stdout, stderr } = await parley('simulate', GENEVA, ...args, '--json');
  expect(stderr).toBe('');
  expect(status).toBe(0);
  writeFileSync(part(name), stdout);
  return part(name);
}

const permutations = <T>(xs: readonly T[]): T[][] =>
  xs.length <= 1
    ? [[...xs]]
    : xs.flatMap((x, i) => permutations(xs.filter((_, j) => j !== i)).map((p) => [x, ...p]));

let parts: string[] = [];
let whole = { json: '', text: '' };

beforeAll(async () => {
  ensureBuilt();
  parts = await Promise.all(
    ['1/3', '2/3', '3/3'].map((s, i) => shard(`part${i + 1}.json`, ...common, '--shard', s)),
  );
  const [json, text] = await Promise.all([
    parley('simulate', GENEVA, ...common, '--json'),
    parley('simulate', GENEVA, ...common),
  ]);
  whole = { json: json.stdout, text: text.stdout };
}, 120_000);

describe('parley merge', () => {
  test('the three parts, in each of the six orders, give the whole simulation byte for byte', async () => {
    const orders = permutations(parts);
    expect(orders).toHaveLength(6);
    const merged = await Promise.all(orders.map((files) => parley('merge', ...files, '--json')));
    expect(JSON.parse(whole.json)).toMatchObject({ runs: 301, seed: 7, fromDate: '2016-01-29' });
    for (const { status, stdout } of merged) {
      expect(status).toBe(0);
      expect(stdout).toBe(whole.json);
    }
  }, 60_000);

  test('without --json, the bar charts simulate draws', async () => {
    const { status, stdout } = await parley('merge', parts[2]!, parts[0]!, parts[1]!);
    expect(status).toBe(0);
    expect(stdout).toBe(whole.text);
    expect(stdout.split('\n')[0]).toBe('geneva-2016: 301 runs, seed 7, from 2016-01-29');
  });

  test('a part of another simulation is refused, the file named', async () => {
    const [otherSeed, otherDate, otherSplit] = await Promise.all([
      shard('seed.json', ...common, '--seed', '8', '--shard', '2/3'),
      shard('date.json', '--runs', RUNS, '--seed', '7', '--shard', '2/3'),
      shard('split.json', ...common, '--shard', '2/4'),
    ]);
    const cases = [
      [otherSeed, `${otherSeed}: seed 8, but ${parts[0]} has 7`],
      [otherDate, `${otherDate}: --from-date none, but ${parts[0]} has 2016-01-29`],
      [otherSplit, `${otherSplit}: number of shards 4, but ${parts[0]} has 3`],
    ] as const;
    for (const [file, message] of cases) {
      const { status, stderr, stdout } = await parley('merge', parts[0]!, file, parts[2]!);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(`parley: ${message}\n`);
    }
  }, 60_000);

  test('parts that overlap or leave a gap are refused, saying which', async () => {
    const [p1, p2, p3] = parts as [string, string, string];
    const gap = await parley('merge', p3, p1);
    expect(gap.status).toBe(1);
    expect(gap.stderr).toBe('parley: no part holds runs 100 to 199: shard 2/3 is missing\n');
    const end = await parley('merge', p1, p2);
    expect(end.stderr).toBe('parley: no part holds runs 200 to 300: shard 3/3 is missing\n');
    const twice = await parley('merge', p1, p2, p3, p2);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain(`both hold shard 2/3 (runs 100 to 199)`);
  });

  test('a file that is no part, or whose counts do not add up, is refused', async () => {
    const notPart = part('simulate.json');
    writeFileSync(notPart, whole.json);
    const forged = part('forged.json');
    const data = JSON.parse(readFileSync(parts[1]!, 'utf8'));
    data.distribution.runs += 1;
    writeFileSync(forged, JSON.stringify(data));
    const [a, b] = await Promise.all([
      parley('merge', parts[0]!, notPart),
      parley('merge', parts[0]!, forged, parts[2]!),
    ]);
    expect(a.status).toBe(1);
    expect(a.stderr).toContain(`${notPart} is not a part of a simulation`);
    expect(b.status).toBe(1);
    expect(b.stderr).toContain(`${forged}: its slice and its counts do not agree`);
  });
});

describe('parley simulate --shard', () => {
  test.each([
    [['--shard', '0/3', '--json'], '--shard takes I/N'],
    [['--shard', '4/3', '--json'], '--shard takes I/N'],
    [['--shard', '1/3'], '--shard writes a part for parley merge: add --json'],
  ])('%j is refused', async (args, message) => {
    const { status, stderr } = await parley('simulate', GENEVA, '--runs', '30', ...args);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toContain(message);
  });
});
