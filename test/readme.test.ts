/** The README's samples of what parley prints and writes are what it prints and writes, byte for byte. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { CLI, ensureBuilt, parley } from './helpers/cli.js';

beforeAll(ensureBuilt);

const README = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8').split('\n');

/**
 * The code block of the README that follows the line `$ parley COMMAND` (or that line's own block),
 * with the block's indentation taken off: `fence` `text` is the rest of that block, `yaml` the
 * next block.
 */
function sample(command: string, fence: 'text' | 'yaml' = 'text'): string {
  const at = README.findIndex((line) => line.trim() === `$ parley ${command}`);
  expect(at, `README has no sample of \`parley ${command}\``).toBeGreaterThan(0);
  const indent = README[at]!.indexOf('$');
  const start =
    fence === 'text'
      ? at + 1
      : README.findIndex((line, i) => i > at && line.trim() === '```yaml') + 1;
  const end = README.findIndex((line, i) => i >= start && line.trim() === '```');
  return `${README.slice(start, end)
    .map((line) => line.slice(indent))
    .join('\n')}\n`;
}

// One level below the package root, as the sample's `$schema=../scenario.schema.json` says; `*.tmp` is ignored by git.
const WORK = join(PACKAGE_ROOT, `readme-${process.pid}.tmp`);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('README samples', () => {
  test('the headless replay: the lines after "..." are the end of the real transcript\'s part', async () => {
    const [elided, shown] = sample('replay scenarios/geneva-2016.yaml --until 2016-02-02').split(
      /^\.\.\.\n/m,
    );
    expect(elided).toBe('');
    const { stdout } = await parley(
      'replay',
      join(PACKAGE_ROOT, 'scenarios/geneva-2016.yaml'),
      '--until',
      '2016-02-02',
    );
    expect(stdout).toContain(shown);
  });

  test('a rule\'s move in a what-if\'s replay: the lines after "..." are part of the real transcript', async () => {
    const [elided, shown] = sample('replay scenarios/what-if/no-aleppo-offensive.yaml').split(
      /^\.\.\.\n/m,
    );
    expect(elided).toBe('');
    const { stdout } = await parley(
      'replay',
      join(PACKAGE_ROOT, 'scenarios/what-if/no-aleppo-offensive.yaml'),
    );
    expect(stdout).toContain(`\n${shown}`);
  });

  test('explain: the lines after "..." are part of the real explanation', async () => {
    const [elided, shown] = sample('explain scenarios/geneva-2016.yaml --until 2016-02-02').split(
      /^\.\.\.\n/m,
    );
    expect(elided).toBe('');
    const { stdout } = await parley(
      'explain',
      join(PACKAGE_ROOT, 'scenarios/geneva-2016.yaml'),
      '--until',
      '2016-02-02',
    );
    expect(stdout).toContain(shown);
  });

  test('parley test: what it prints for the file the guide shows; exit 1, one expectation failed', () => {
    // Its own folder: `parley new no-pause` below must not find this file there.
    const dir = join(WORK, 'test');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'no-pause.yaml'), sample('test no-pause.yaml', 'yaml'));
    const result = spawnSync(process.execPath, [CLI, 'test', 'no-pause.yaml'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.stdout).toBe(sample('test no-pause.yaml'));
    expect(result.status).toBe(1);
  }, 300_000);

  test('parley new --from: what it prints, and the file it writes', () => {
    mkdirSync(WORK, { recursive: true });
    const result = spawnSync(process.execPath, [CLI, 'new', 'no-pause', '--from', 'geneva-2016'], {
      cwd: WORK,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(sample('new no-pause --from geneva-2016'));
    expect(readFileSync(join(WORK, 'no-pause.yaml'), 'utf8')).toBe(
      sample('new no-pause --from geneva-2016', 'yaml'),
    );
  });
});
