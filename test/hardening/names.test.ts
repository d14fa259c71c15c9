/**
 * Paths a user gives parley to write: `new` names and the player's save names (both through
 * saveAtomically). Too long, or holding control characters: one message, never a stack trace.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { saveAtomically, saveProblem } from '../../src/files/saveFile.js';
import { CLI, ensureBuilt, STACK_LINE, type Result } from '../helpers/cli.js';
import { scratchDir } from './helpers.js';

const newIn = (cwd: string, name: string): Promise<Result> =>
  new Promise((done) => {
    const child = execFile(
      process.execPath,
      [CLI, 'new', name],
      { cwd, encoding: 'utf8' },
      (_e, stdout, stderr) => done({ status: child.exitCode, stdout, stderr }),
    );
  });

describe.concurrent('parley new NAME', { timeout: 60_000 }, () => {
  beforeAll(ensureBuilt);

  test('a 245-character name, which the disk allows: written, and no temp file left beside it', async () => {
    const dir = scratchDir('names');
    const { status, stderr } = await newIn(dir, 'n'.repeat(245));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(readdirSync(dir)).toEqual([`${'n'.repeat(245)}.yaml`]);
  });

  test.each([
    [
      'a name longer than the disk allows',
      'n'.repeat(252),
      'the name is 257 bytes long; the limit is 255',
    ],
    [
      'a path longer than the system allows',
      `${'d/'.repeat(2100)}x`,
      'the path is 4206 bytes long; the limit is 4096',
    ],
    ['a name with a line break', 'two\nlines', 'the name holds a control character'],
  ])('%s: exit 2, the reason, nothing written', async (_what, name, reason) => {
    const dir = scratchDir('names');
    const { status, stderr } = await newIn(dir, name);
    expect(status).toBe(2);
    expect(stderr).toContain(reason);
    expect(stderr).not.toMatch(STACK_LINE);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a save name (the player saves through the same function)', () => {
  test('too long: a reason in words, not an uncaught ENAMETOOLONG', () => {
    const path = join(scratchDir('save'), `${'s'.repeat(300)}.yaml`);
    let problem: string | null = null;
    try {
      saveAtomically(path, 'id: x\n');
    } catch (error) {
      problem = saveProblem(path, error);
    }
    expect(problem).toMatch(/^the name is 305 bytes long; the limit is 255: cannot write /);
    expect(existsSync(path)).toBe(false);
  });
});
