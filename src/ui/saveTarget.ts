/** The files a branch must not be saved over, refused before anything is written. */
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Session } from './session.js';

/** The path with its folder's links followed: two names for one file compare equal. */
function place(path: string): string {
  const full = resolve(path);
  try {
    return join(realpathSync(dirname(full)), basename(full));
  } catch {
    // A folder that does not exist holds no file of this session; the save itself says it is missing.
    return full;
  }
}

/**
 * Why the shown branch must not be saved at `path`, or null. Over the scenario being played or a
 * file it extends, the what-if would extend itself; over another branch's file, that branch's
 * work would be gone while the session still counted it as saved.
 * @example saveRefusal(session, 'scenarios/geneva-2016.yaml') // 'a what-if over the scenario being played would extend itself'
 */
export function saveRefusal(session: Session, path: string): string | null {
  const target = place(path);
  const played = session.branches[0]!.run.scenario;
  if (place(played.file) === target) return 'a what-if over the scenario being played would extend itself';
  if (played.extends.some((file) => place(file) === target)) return 'a what-if over a file this scenario extends would extend itself';
  const owner = session.branches.find((b, i) => i !== session.active && b.file !== null && place(b.file) === target);
  return owner ? `that file is ${owner.name}'s, another branch of this session` : null;
}
