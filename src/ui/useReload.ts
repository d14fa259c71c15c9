/**
 * Watches the scenario's files and calls `reload` once a save has settled. Each file's folder is
 * watched, not the file: an editor that saves by writing a new file and renaming it over the old
 * one leaves a watch on the old file's inode deaf. The watchers close when the player does.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { useEffect, useRef } from 'react';

/**
 * How long the files stay quiet before they are read: an editor's save is several events (write,
 * rename, change of mode) and a half-written file in between must not be read as the result.
 */
export const SETTLE_MS = 150;

/**
 * @example useReload(['scenarios/what-if/x.yaml', 'scenarios/geneva-2016.yaml'], true, reload)
 */
export function useReload(files: readonly string[], enabled: boolean, reload: () => void): void {
  // The latest callback, so that a new one (each frame makes one) does not restart the watchers.
  const latest = useRef(reload);
  latest.current = reload;
  const key = files.map((f) => resolve(f)).join('\n');
  useEffect(() => {
    if (!enabled || !key) return;
    const paths = key.split('\n');
    const names = new Map<string, Set<string>>();
    for (const path of paths) {
      const folder = dirname(path);
      names.set(folder, (names.get(folder) ?? new Set()).add(basename(path)));
    }
    let timer: NodeJS.Timeout | undefined;
    const settle = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), SETTLE_MS);
    };
    const watchers: FSWatcher[] = [];
    for (const [folder, watched] of names) {
      try {
        const watcher = watch(folder, (_event, name) => {
          // Some platforms do not say which file changed: reading again costs little.
          if (!name || watched.has(name.toString())) settle();
        });
        // A folder removed under the watch: the next read says the file is gone.
        watcher.on('error', settle);
        watchers.push(watcher);
      } catch {
        // A folder that cannot be watched leaves its file unwatched; the others still reload.
      }
    }
    return () => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    };
  }, [key, enabled]);
}
