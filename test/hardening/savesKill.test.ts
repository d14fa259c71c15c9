/**
 * Saving is atomic: a process killed (SIGKILL, no cleanup) at any moment while it saves leaves
 * the target as the old file or the new one, whole, never a mixture or a truncated file.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../../src/scenario/locations.js';
import { ensureBuilt } from '../helpers/cli.js';
import { scratchDir } from './helpers.js';

const SAVE_FILE = pathToFileURL(join(PACKAGE_ROOT, 'dist/files/saveFile.js')).href;
/** Two versions of 4 MB, so a kill lands inside a write often. */
const SIZE = 4 * 1024 * 1024;
const version = (c: string): string => `# version ${c}\n${c.repeat(SIZE)}\n`;
const VERSIONS = [version('a'), version('b')];

/** Saves the two versions over `target` in turn, forever, saying "ready" after its first save. */
const SAVER = `
  import { saveAtomically } from ${JSON.stringify(SAVE_FILE)};
  const [target] = process.argv.slice(1);
  const version = (c) => '# version ' + c + '\\n' + c.repeat(${SIZE}) + '\\n';
  const versions = [version('a'), version('b')];
  for (let i = 0; ; i += 1) {
    saveAtomically(target, versions[i % 2], true);
    if (i === 0) process.stdout.write('ready\\n');
  }
`;

beforeAll(ensureBuilt);

function killedWhileSaving(target: string, afterMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', SAVER, target], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), afterMs));
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? done() : fail(new Error(`the saver stopped by itself (${signal})`)),
    );
  });
}

test('a save killed at random moments leaves the old file or the new one, whole', async () => {
  const dir = scratchDir('kill');
  const target = join(dir, 'fork.yaml');
  writeFileSync(target, VERSIONS[0]!);
  const moments = Array.from({ length: 12 }, (_, i) => i * 7 + Math.floor(Math.random() * 7));
  for (const ms of moments) {
    await killedWhileSaving(target, ms);
    const text = readFileSync(target, 'utf8');
    expect(
      VERSIONS.includes(text),
      `killed after ${ms} ms: the file is ${text.length} characters, starting ${JSON.stringify(text.slice(0, 14))}`,
    ).toBe(true);
  }
}, 60_000);
