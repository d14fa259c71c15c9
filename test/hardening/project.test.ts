/**
 * Paths stay inside the project. An `extends` in a file handed round a class, a `new` name or a
 * save name (see test/ui/dialogs.test.tsx) must not reach files elsewhere on the machine: the
 * folder parley runs in, the named file's folder and the shipped scenarios are the project.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
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

describe('extends leads only into the project', () => {
  test.each([
    ['a file elsewhere on the machine', () => '/etc/passwd'],
    [
      'a scenario in a folder beside the project',
      () => write(join(scratchDir('other'), 'base.yaml'), BASE),
    ],
    ['a way up and out', () => '../../../../../../../../etc/hostname'],
  ])('%s: refused at the extends line, nothing of it read or echoed', (_what, named) => {
    const target = named();
    const found = messages(whatIf(join(scratchDir('project'), 'w.yaml'), target));
    expect(found).toEqual([`3:10: extends: "${target}" is outside the project`]);
    expect(found.join('\n')).not.toMatch(/root:|A record of ours/);
  });

  test('a link inside the project that leads out of it is out', () => {
    const project = scratchDir('project');
    const outside = write(join(scratchDir('other'), 'base.yaml'), BASE);
    symlinkSync(outside, join(project, 'base.yaml'));
    expect(messages(whatIf(join(project, 'w.yaml'), 'base.yaml'))).toEqual([
      '3:10: extends: "base.yaml" is outside the project',
    ]);
  });

  test('a file beside the named one, and a shipped scenario by its id, are in', () => {
    const project = scratchDir('project');
    write(join(project, 'base.yaml'), BASE);
    expect(messages(whatIf(join(project, 'w.yaml'), 'base'))).toEqual([]);
    expect(messages(whatIf(join(project, 'r.yaml'), 'geneva-2016'))).toEqual([]);
  });

  describe('run from the project folder', { timeout: 60_000 }, () => {
    beforeAll(ensureBuilt);

    test('a what-if in a subfolder may extend a record one folder up', async () => {
      const project = scratchDir('project');
      write(join(project, 'base.yaml'), BASE);
      whatIf(join(project, 'what-if', 'w.yaml'), '../base.yaml');
      const { status, stdout, stderr } = await inFolder(project, 'validate', 'what-if/w.yaml');
      expect(stderr).toBe('');
      expect(stdout).toContain('what-if/w.yaml: ok');
      expect(status).toBe(0);
    });
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
