/**
 * Saving when the disk says no: the content is synced before the rename, a failed save leaves no
 * temp file and no target, and the player says why and keeps the fork for another try.
 * The file system is wrapped so a test can make it fail as a full or read-only disk would.
 */
import * as fs from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { saveAtomically } from '../../src/files/saveFile.js';
import { KEY, pickMove, player } from '../ui/helpers.js';
import { scratchDir } from './helpers.js';

const calls: string[] = [];
/** An errno code the next write (ENOSPC) or open for writing (EROFS) fails with. */
const fault: { code: string | null } = { code: null };

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const failing = (code: string): Error => Object.assign(new Error(`${code}: injected`), { code });
  return {
    ...real,
    openSync: (...args: Parameters<typeof real.openSync>) => {
      if (fault.code === 'EROFS' && args[1] === 'wx') throw failing('EROFS');
      return real.openSync(...args);
    },
    writeFileSync: (...args: Parameters<typeof real.writeFileSync>) => {
      if (typeof args[0] === 'number') {
        calls.push('write');
        // A full disk takes part of the write, then refuses the rest.
        if (fault.code === 'ENOSPC') {
          real.writeSync(args[0], String(args[1]).slice(0, 10));
          throw failing('ENOSPC');
        }
      }
      return real.writeFileSync(...args);
    },
    fsyncSync: (fd: number) => {
      calls.push('fsync');
      return real.fsyncSync(fd);
    },
    renameSync: (...args: Parameters<typeof real.renameSync>) => {
      calls.push('rename');
      return real.renameSync(...args);
    },
    linkSync: (...args: Parameters<typeof real.linkSync>) => {
      calls.push('link');
      return real.linkSync(...args);
    },
  };
});

beforeEach(() => {
  calls.length = 0;
  fault.code = null;
});
afterEach(cleanup);

test('the content is on disk before the new name points at it, and the folder is synced after', () => {
  const dir = scratchDir('sync');
  expect(saveAtomically(join(dir, 'fork.yaml'), 'one\n')).toBe('saved');
  expect(calls).toEqual(['write', 'fsync', 'link', 'fsync']);
  calls.length = 0;
  expect(saveAtomically(join(dir, 'fork.yaml'), 'two\n', true)).toBe('saved');
  expect(calls).toEqual(['write', 'fsync', 'rename', 'fsync']);
  expect(fs.readFileSync(join(dir, 'fork.yaml'), 'utf8')).toBe('two\n');
});

test('a write cut short by a full disk leaves neither a temp file nor the target', () => {
  const dir = scratchDir('full');
  fault.code = 'ENOSPC';
  expect(() => saveAtomically(join(dir, 'fork.yaml'), 'x'.repeat(100))).toThrow('ENOSPC');
  expect(readdirSync(dir)).toEqual([]);
});

/** The player forked at the first step, with the save prompt open on a file in `dir`. */
async function forkAndSave(dir: string) {
  const app = await player({ saveDir: dir });
  await app.press(KEY.right, (t) => t.includes('step 1/36'));
  await app.press('f', (t) => t.includes('fork at step 1'));
  await app.press(KEY.enter, (t) => t.includes('moves the current state accepts'));
  await pickMove(app.press, '', (t) => t.includes('branch fork-1 (unsaved)'));
  await app.press('s', (t) => t.includes('file:'));
  return app;
}

test.each([
  ['a full disk', 'ENOSPC', 'the disk is full (ENOSPC)'],
  ['a read-only folder', 'EROFS', 'the disk is read-only (EROFS)'],
])(
  'on %s the player says why, keeps the fork unsaved, and saves it once the disk allows',
  async (_what, code, reason) => {
    const dir = scratchDir('ui-save');
    const app = await forkAndSave(dir);
    fault.code = code;
    const text = await app.press(KEY.enter, (t) => t.includes('not saved'));
    // The status line is cut at 80 columns; the reason comes first so it is never the part cut.
    expect(text).toContain(`not saved: ${reason}: cannot write ${dir.slice(0, 10)}`);
    expect(text).toContain('branch fork-1 (unsaved)');
    expect(readdirSync(dir)).toEqual([]);

    fault.code = null;
    await app.press('s', (t) => t.includes('file:'));
    const saved = await app.press(KEY.enter, (t) => !t.includes('(unsaved)'));
    expect(saved).toContain('branch fork-1 ');
    expect(readdirSync(dir)).toEqual(['geneva-2016-fork-1.yaml']);
  },
);
