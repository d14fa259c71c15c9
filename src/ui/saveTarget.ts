/** The files a branch must not be saved over, refused before anything is written. */
import { dirname } from 'node:path';
import { insideAny, realPlace as place } from '../files/project.js';
import { STDIN } from '../scenario/readSource.js';
import type { Session } from './session.js';

/**
 * Why the shown branch must not be saved at `path`, or null. Over the scenario being played or a
 * file it extends, the what-if would extend itself; over another branch's file, that branch's
 * work would be gone while the session still counted it as saved. Outside the folder the player
 * started in and the played file's folder, a typed name could reach any file the user may write.
 * @example saveRefusal(session, 'scenarios/geneva-2016.yaml')
 * // 'a what-if over the scenario being played would extend itself'
 */
export function saveRefusal(session: Session, path: string, saveDir: string): string | null {
  const target = place(path);
  const played = session.branches[0].run.scenario;
  const folders = played.file === STDIN ? [saveDir] : [saveDir, dirname(played.file)];
  if (!insideAny(path, folders))
    return 'that file is outside the project: save in the folder the player started in, or beside the scenario';
  if (place(played.file) === target)
    return 'a what-if over the scenario being played would extend itself';
  if (played.extends.some((file) => place(file) === target))
    return 'a what-if over a file this scenario extends would extend itself';
  const owner = session.branches.find(
    (b, i) => i !== session.active && b.file !== null && place(b.file) === target,
  );
  return owner ? `that file is ${owner.name}'s, another branch of this session` : null;
}
