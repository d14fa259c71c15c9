/** Writing a file whole or not at all, and never over another file unless the person said so. */
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { pathProblem } from './pathLimits.js';

export type SaveResult = 'saved' | 'exists';

/**
 * Writes a temp file beside `path`, syncs it to disk, then moves it into place: a reader, or a
 * restart after a crash or a power cut, finds the old file or the new one, never half of one.
 * Without `overwrite`, the move is a hard link, which fails if `path` exists (no check-then-write race).
 * A folder at `path` is an error (EISDIR), not a file that 'exists'.
 * @example if (saveAtomically('fork.yaml', text) === 'exists') askFirst();
 */
export function saveAtomically(path: string, text: string, overwrite = false): SaveResult {
  const problem = pathProblem(path);
  if (problem) throw Object.assign(new Error(problem), { code: 'EBADNAME', reason: problem });
  const folder = dirname(path);
  // Short whatever the name: a temp name longer than the file's could be too long where the file's is not.
  const temp = join(folder, `.parley-${process.pid}.tmp`);
  try {
    writeDurably(temp, text);
    try {
      if (overwrite) renameSync(temp, path);
      else linkSync(temp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A folder is no file to offer to overwrite: say what it is at once.
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
        throw Object.assign(new Error(`EISDIR: a folder, ${path}`), { code: 'EISDIR' });
      return 'exists';
    }
    syncFolder(folder);
    return 'saved';
  } finally {
    // After a rename the temp name is gone already; after a link, or a failed or partial write, it must go.
    // Quietly: a failure here must not hide the one that brought us here.
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing was written at the temp name, or the folder is gone.
    }
  }
}

function writeDurably(path: string, text: string): void {
  // `wx`: a link planted at the temp name is refused, never followed.
  const fd = openSync(path, 'wx');
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The new name lives in the folder: syncing it makes the rename itself survive a power cut. */
function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems cannot sync a folder; the file's own content is on disk already.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'a folder has that name',
  EIO: 'the disk reported an error',
  ENAMETOOLONG: 'the name is too long for this disk',
  ELOOP: 'the path has too many symbolic links',
  EINVAL: 'this disk does not allow that name',
};

/**
 * Why a save failed, in words, when the cause is outside parley (a read-only folder, a full
 * disk); null for any other error, which is a bug.
 * @example saveProblem('/ro/fork.yaml', error) // 'the disk is read-only (EROFS): cannot write /ro/fork.yaml'
 */
export function saveProblem(path: string, error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  // A name refused before the disk was asked: the reason is the refusal itself.
  if (code === 'EBADNAME') return `${(error as { reason: string }).reason}: cannot write ${path}`;
  const reason = code === undefined ? undefined : REASONS[code];
  // The reason first: a status line too narrow for a long path still shows it.
  return reason ? `${reason} (${code}): cannot write ${path}` : null;
}
