/**
 * Golden outputs: `simulate --json` and `replay --format json` of every shipped scenario, as the
 * user gets them, byte for byte. The engine's fast path must never change a result; when a change
 * of rules means to, `GOLDEN_UPDATE=1 npx vitest run test/golden.test.ts` writes them anew.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { ensureBuilt, parley } from './helpers/cli.js';

const GOLDEN = join(PACKAGE_ROOT, 'test/golden');
const shipped = ['scenarios', 'scenarios/what-if'].flatMap((dir) =>
  readdirSync(join(PACKAGE_ROOT, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f)),
);

const commands = (file: string): [string, string[]][] => [
  [
    `${basename(file, '.yaml')}.simulate.json`,
    ['simulate', file, '--runs', '2000', '--seed', '1', '--json'],
  ],
  [`${basename(file, '.yaml')}.replay.json`, ['replay', file, '--format', 'json']],
];

beforeAll(ensureBuilt);

describe('golden outputs of the shipped scenarios', () => {
  test('cover both records and every what-if', () => {
    expect(shipped).toContain('scenarios/geneva-2016.yaml');
    expect(shipped).toContain('scenarios/astana-2017.yaml');
    expect(shipped.filter((f) => f.startsWith('scenarios/what-if/')).length).toBeGreaterThanOrEqual(
      5,
    );
  });

  test.each(shipped.flatMap(commands))(
    '%s is unchanged, byte for byte',
    async (name, args) => {
      const { status, stdout, stderr } = await parley(
        ...args.map((a, i) => (i === 1 ? join(PACKAGE_ROOT, a) : a)),
      );
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const path = join(GOLDEN, name);
      if (process.env.GOLDEN_UPDATE === '1') writeFileSync(path, stdout);
      expect(existsSync(path), `${name} is missing: GOLDEN_UPDATE=1 writes it`).toBe(true);
      expect(stdout === readFileSync(path, 'utf8'), `${name} differs from its golden output`).toBe(
        true,
      );
    },
    180_000,
  );
});
