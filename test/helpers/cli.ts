/** Running the built `parley` command as a user would, and reading what it printed. */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/scenario/locations.js';

/** The command as installed: the bundle the build writes. */
export const CLI = join(PACKAGE_ROOT, 'dist/bin/parley.js');

export interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm test` builds first; a test run on its own builds here when dist/ is missing. */
export function ensureBuilt(): void {
  if (!existsSync(CLI))
    execFileSync('npm', ['run', 'build'], { cwd: PACKAGE_ROOT, stdio: 'ignore' });
}

export function parley(...args: string[]): Promise<Result> {
  return parleyWithInput(null, ...args);
}

export const STACK_LINE = /^\s+at /m;

/** `parley ...` with `input` on its standard input, which then closes (a pipe: no terminal); null leaves it open. */
export function parleyWithInput(input: string | null, ...args: string[]): Promise<Result> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (_error, stdout, stderr) => {
        done({ status: child.exitCode, stdout, stderr });
      },
    );
    if (input !== null) child.stdin?.end(input);
  });
}
