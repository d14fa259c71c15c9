/**
 * A lean install: the bundle in dist/bin carries every library parley runs, so the packed tarball
 * installs with no dependency at all, and without a warning.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../../src/scenario/locations.js';
import { ensureBuilt } from '../helpers/cli.js';
import { scratchDir } from './helpers.js';

beforeAll(ensureBuilt);

test('npm install -g of the packed tarball: one package, no warning, and the command runs', () => {
  const dir = scratchDir('install');
  // The bundle is built already; packing must not build it again.
  const tarball = execFileSync(
    'npm',
    ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir],
    { cwd: PACKAGE_ROOT, encoding: 'utf8' },
  )
    .trim()
    .split('\n')
    .at(-1)!;
  const prefix = join(dir, 'prefix');
  const installed = spawnSync(
    'npm',
    [
      'install',
      '-g',
      '--offline',
      '--no-fund',
      '--no-audit',
      '--prefix',
      prefix,
      join(dir, tarball),
    ],
    { encoding: 'utf8' },
  );
  expect(installed.stderr).toBe('');
  expect(installed.stdout).toContain('added 1 package');
  expect(installed.status).toBe(0);
  const home = join(prefix, 'lib/node_modules/parley');
  expect(existsSync(join(home, 'node_modules'))).toBe(false);
  expect(readdirSync(join(home, 'dist'))).toEqual(['bin']);
  const parley = join(prefix, 'bin/parley');
  expect(execFileSync(parley, ['--version'], { encoding: 'utf8' })).toMatch(
    /^parley \d+\.\d+\.\d+\n$/,
  );
  expect(
    execFileSync(parley, ['validate', join(home, 'scenarios/geneva-2016.yaml')], {
      encoding: 'utf8',
    }),
  ).toMatch(/: ok \(\d+ events\)/);
}, 180_000);
