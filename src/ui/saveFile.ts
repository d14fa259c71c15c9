/** Writing a file whole or not at all, and never over another file unless the person said so. */
import { linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type SaveResult = 'saved' | 'exists';

/**
 * Writes a temp file beside `path`, then moves it into place: a reader never sees half a file.
 * Without `overwrite`, the move is a hard link, which fails if `path` exists (no check-then-write race).
 * @example if (saveAtomically('fork.yaml', text) === 'exists') askFirst();
 */
export function saveAtomically(path: string, text: string, overwrite = false): SaveResult {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, text, { flag: 'wx' });
  try {
    if (overwrite) renameSync(temp, path);
    else linkSync(temp, path);
    return 'saved';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw error;
  } finally {
    // After a rename the temp name is gone already; after a link or a failure it must go.
    rmSync(temp, { force: true });
  }
}
