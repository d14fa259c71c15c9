/** Scratch folders for tests that write files, each under the system's temporary folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const scratchDir = (label: string): string =>
  mkdtempSync(join(tmpdir(), `parley-${label}-`));

/** A new scratch folder, and `file(name, content)`, which writes a file in it and returns its path. */
export function scratchFiles(label: string) {
  const dir = scratchDir(label);
  const file = (name: string, content: string | Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return { dir, file };
}
