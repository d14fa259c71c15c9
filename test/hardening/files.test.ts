/**
 * Files that are not scenario text, or cannot be read, or whose `extends` leads nowhere: each a
 * message with the path, exit 1. (Missing files, directories, empty files and a two-file cycle
 * are in test/validate.test.ts.)
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadScenario } from '../../src/engine/load.js';
import { CLI, ensureBuilt, parley, STACK_LINE, type Result } from '../helpers/cli.js';
import { hostile, scratchDir } from './helpers.js';
import { scratchFiles } from '../helpers/scratch.js';

const shown = (path: string): string => relative(process.cwd(), path) || path;
const { file } = scratchFiles('files');
const TEXT = 'id: x\ntitle: A scenario saved by another editor\nstart: 2016-01-25\n';

const messages = (path: string): string[] =>
  loadScenario(path).diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`);

describe('files that are not UTF-8 scenario text', () => {
  test.each([
    [
      'UTF-16 with a byte-order mark',
      () => file('utf16-bom.yaml', Buffer.from(`\uFEFF${TEXT}`, 'utf16le')),
      'is UTF-16 text; parley reads UTF-8',
    ],
    [
      'UTF-16 without one',
      () => file('utf16.yaml', Buffer.from(TEXT, 'utf16le')),
      'is UTF-16 text; parley reads UTF-8',
    ],
    [
      'UTF-16 big-endian',
      () => file('utf16be.yaml', Buffer.from(`\uFEFF${TEXT}`, 'utf16le').swap16()),
      'is UTF-16 text; parley reads UTF-8',
    ],
    [
      'a binary file',
      () =>
        file(
          'image.yaml',
          Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        ),
      'is a binary file, not YAML text',
    ],
    [
      'Latin-1 text',
      () => file('latin1.yaml', Buffer.from(`${TEXT}description: Genève\n`, 'latin1')),
      'is not UTF-8 text',
    ],
  ])('%s', (_what, make, message) => {
    const path = make();
    expect(messages(path)).toEqual([`${shown(path)}:1:1: ${message}`]);
  });
});

describe('extends that leads nowhere', () => {
  test('a file that extends itself', () => {
    expect(messages(hostile('self-extends.yaml'))).toEqual([
      `${shown(hostile('self-extends.yaml'))}:3:10: extends: "self-extends.yaml" leads back to a file already in the chain`,
    ]);
  });

  test('a chain whose last link is missing: the message is at the broken link, in its own file', () => {
    expect(messages(hostile('chain-to-missing.yaml'))).toEqual([
      `${shown(hostile('../broken/extends-missing.yaml'))}:3:10: extends: cannot find scenario "geneva-2061"`,
    ]);
  });

  test('extends naming a folder', () => {
    expect(messages(hostile('extends-directory.yaml'))).toEqual([
      `${shown(hostile('../hostile'))}:1:1: is a directory, not a scenario file`,
      `${shown(hostile('extends-directory.yaml'))}:3:10: extends: "../hostile" has errors (listed above)`,
    ]);
  });
});

const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find(existsSync);
const asRoot = process.getuid?.() === 0;

/**
 * Root reads any file whatever its mode. As root, the command runs without the capabilities that
 * let it (through util-linux `setpriv`), so that chmod 000 means something; it stays root, so it
 * can still reach a checkout that only its owner may enter, as a clone in a home folder is.
 */
function parleyWithoutOverride(...args: string[]): Promise<Result> {
  const drop = '-dac_override,-dac_read_search';
  const [command, argv] = asRoot
    ? [SETPRIV!, [`--bounding-set=${drop}`, `--inh-caps=${drop}`, process.execPath, CLI, ...args]]
    : [process.execPath, [CLI, ...args]];
  return new Promise((done) => {
    const child = execFile(command, argv, { encoding: 'utf8' }, (_error, stdout, stderr) => {
      done({ status: child.exitCode, stdout, stderr });
    });
  });
}

describe.concurrent('on the command line', () => {
  beforeAll(ensureBuilt);

  test.skipIf(asRoot && !SETPRIV)(
    'an unreadable file: exit 1, the path and the reason',
    async () => {
      const open = scratchDir('unreadable');
      chmodSync(open, 0o755);
      const path = join(open, 'secret.yaml');
      writeFileSync(path, TEXT);
      chmodSync(path, 0o000);
      const { status, stderr } = await parleyWithoutOverride('validate', path);
      expect(status).toBe(1);
      // Paths are shown relative to where parley runs.
      expect(stderr).toContain(
        `${relative(process.cwd(), path)}:1:1: cannot read the file: permission denied (EACCES)`,
      );
      expect(stderr).toContain('hint: check its permissions');
      expect(stderr).not.toMatch(STACK_LINE);
    },
  );

  test.each([
    [
      'UTF-16',
      () => file('cli-utf16.yaml', Buffer.from(`\uFEFF${TEXT}`, 'utf16le')),
      'is UTF-16 text',
    ],
    [
      'a chain into a missing file',
      () => hostile('chain-to-missing.yaml'),
      'cannot find scenario "geneva-2061"',
    ],
    [
      'a self-extending file',
      () => hostile('self-extends.yaml'),
      'leads back to a file already in the chain',
    ],
  ])('%s: exit 1 with the path, no stack trace', async (_what, make, message) => {
    const { status, stderr } = await parley('validate', make());
    expect(status).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^\\S+\\.yaml:\\d+:\\d+: .*${message.replace(/[.*+?^${}()|[\]\\"]/g, '\\$&')}`,
        'm',
      ),
    );
    expect(stderr).not.toMatch(STACK_LINE);
  });
});
