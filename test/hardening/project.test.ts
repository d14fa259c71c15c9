/**
 * Where paths may lead. `new` writes only inside the folder parley runs in, and the player's save
 * also beside the played file (see test/ui/dialogs.test.tsx). `extends` is not confined to a
 * folder, since the player's own saved forks extend a record wherever it lies; it reads only
 * scenario files, and echoes nothing of any other.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/engine/load.js';
import { CLI, ensureBuilt, STACK_LINE, type Result } from '../helpers/cli.js';
import { scratchDir } from './helpers.js';

const BASE =
  'id: base\ntitle: A record of ours\nstart: 2016-01-25\nactors:\n  - { id: un, name: UN envoy, role: envoy }\nevents: []\n';

const write = (path: string, text: string): string => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
};
const whatIf = (path: string, target: string): string =>
  write(path, `id: w\ntitle: What if\nextends: ${target}\n`);

const messages = (path: string): string[] =>
  loadScenario(path).diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`);

const inFolder = (cwd: string, ...args: string[]): Promise<Result> =>
  new Promise((done) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, encoding: 'utf8' },
      (_e, stdout, stderr) => done({ status: child.exitCode, stdout, stderr }),
    );
  });

describe('extends reads scenarios wherever they are, and nothing else', () => {
  test('a file elsewhere that is not a scenario: refused at the extends line, nothing of it echoed', () => {
    const found = messages(whatIf(join(scratchDir('project'), 'w.yaml'), '/etc/passwd'));
    expect(found).toEqual(['3:10: extends: "/etc/passwd" is not a scenario file']);
    expect(found.join('\n')).not.toMatch(/root/);
  });

  test("a fork saved in another folder than its record's still finds it", () => {
    const record = write(join(scratchDir('downloads'), 'record.yaml'), BASE);
    const fork = whatIf(join(scratchDir('class'), 'fork.yaml'), record);
    expect(messages(fork)).toEqual([]);
  });
});

describe.concurrent('parley new writes inside the folder it runs in', { timeout: 60_000 }, () => {
  beforeAll(ensureBuilt);

  test.each([
    ['a way up and out', '../escaped'],
    ['an absolute path elsewhere', join(scratchDir('other'), 'escaped')],
  ])('%s: exit 2, the reason, nothing written', async (_what, name) => {
    const parent = scratchDir('parent');
    const project = join(parent, 'project');
    mkdirSync(project);
    const { status, stderr } = await inFolder(project, 'new', name);
    expect(status).toBe(2);
    expect(stderr).toContain('is outside the folder parley runs in');
    expect(stderr).not.toMatch(STACK_LINE);
    expect(readdirSync(project)).toEqual([]);
    expect(existsSync(join(parent, 'escaped.yaml'))).toBe(false);
    expect(existsSync(`${name}.yaml`)).toBe(false);
  });

  test('a name in a subfolder: written there', async () => {
    const project = scratchDir('project');
    mkdirSync(join(project, 'what-if'));
    const { status, stderr } = await inFolder(project, 'new', 'what-if/mine');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(readdirSync(join(project, 'what-if'))).toEqual(['mine.yaml']);
  });
});
