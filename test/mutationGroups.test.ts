/**
 * `npm run mutate` runs Stryker group by group (scripts/mutation-groups.json): every module of the
 * three folders it covers is in exactly one group, so a new module is never left out unseen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';

test('every module of src/model, src/engine and src/scenario is in exactly one mutation group', () => {
  const groups: Record<string, string[]> = JSON.parse(
    readFileSync(join(PACKAGE_ROOT, 'scripts/mutation-groups.json'), 'utf8'),
  );
  const grouped = Object.values(groups).flat();
  const modules = ['model', 'engine', 'scenario'].flatMap((folder) =>
    readdirSync(join(PACKAGE_ROOT, 'src', folder))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `src/${folder}/${name}`),
  );
  expect([...grouped].sort()).toEqual([...new Set(grouped)].sort());
  expect([...grouped].sort()).toEqual(modules.sort());
});
