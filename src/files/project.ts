/**
 * The folders a path may lead into. A name in a file (`extends`) or typed in the player could
 * otherwise reach any file the user can read or write; parley keeps to the project.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The path with its links followed as far as it exists: two names for one file compare equal,
 * and a link that leads out of a folder counts as out.
 */
export function realPlace(path: string): string {
  const rest: string[] = [];
  let existing = resolve(path);
  for (;;) {
    try {
      return join(realpathSync(existing), ...rest.reverse());
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return resolve(path);
      rest.push(basename(existing));
      existing = parent;
    }
  }
}

/** Whether `path` is one of `folders` or lies somewhere below one of them. */
export function insideAny(path: string, folders: readonly string[]): boolean {
  const place = realPlace(path);
  return folders.some((folder) => {
    const way = relative(realPlace(folder), place);
    return way === '' || (way !== '..' && !way.startsWith(`..${sep}`) && !isAbsolute(way));
  });
}
