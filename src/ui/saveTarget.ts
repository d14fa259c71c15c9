/** The files a branch must not be saved over, refused before anything is written. */
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Session } from './session.js';

/**
 * The path with its links followed, the file's own and its folder's: two names for one file
 * compare equal.
 */
function place(path: string): string {
  const full = resolve(path);
  for (const real of [
    () => realpathSync(full),
    () => join(realpathSync(dirname(full)), basename(full)),
  ]) {
    try {
      return real();
    } catch {
      // No such file yet (then its folder's links), or no such folder: the save itself says it is
      // missing.
    }
  }
  return full;
}

/**
 * Why the shown branch must not be saved at `path`, or null. Over the scenario being played or a
 * file it extends, the what-if would extend itself; over another branch's file, that branch's
 * work would be gone while the session still counted it as saved.
 * @example saveRefusal(session, 'scenarios/geneva-2016.yaml')
 * // 'a what-if over the scenario being played would extend itself'
 */
export function saveRefusal(session: Session, path: string): string | null {
  const target = place(path);
  const played = session.branches[0].run.scenario;
  if (place(played.file) === target)
    return 'a what-if over the scenario being played would extend itself';
  if (played.extends.some((file) => place(file) === target))
    return 'a what-if over a file this scenario extends would extend itself';
  const owner = session.branches.find(
    (b, i) => i !== session.active && b.file !== null && place(b.file) === target,
  );
  return owner ? `that file is ${owner.name}'s, another branch of this session` : null;
}
