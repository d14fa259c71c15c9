/** The README's samples of what parley prints are what it prints, byte for byte. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { ensureBuilt, parley } from './helpers/cli.js';

beforeAll(ensureBuilt);

const README = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');

/** The text of the README's code block that starts with `$ parley COMMAND`, without that line. */
function sample(command: string): string {
  const start = README.indexOf(`\n$ parley ${command}\n`);
  expect(start, `README has no sample of \`parley ${command}\``).toBeGreaterThan(0);
  const body = README.slice(start + command.length + 11);
  return body.slice(0, body.indexOf('```'));
}

describe('README samples', () => {
  test('the headless replay: the lines after "..." are the end of the real transcript\'s part', async () => {
    const [elided, shown] = sample('replay scenarios/geneva-2016.yaml --until 2016-02-02').split(/^\.\.\.\n/m);
    expect(elided).toBe('');
    const { stdout } = await parley('replay', join(PACKAGE_ROOT, 'scenarios/geneva-2016.yaml'), '--until', '2016-02-02');
    expect(stdout).toContain(shown);
  });
});
