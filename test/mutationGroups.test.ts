/**
 * `npm run mutate` runs Stryker group by group (scripts/mutation-groups.json): every module of the
 * three folders it covers is in exactly one group, so a new module is never left out unseen, and
 * each group names its own tests, files the mutation run includes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';

type Group = { mutate: string[]; tests?: string[] };
const groups = (): Record<string, Group> =>
  JSON.parse(readFileSync(join(PACKAGE_ROOT, 'scripts/mutation-groups.json'), 'utf8'));

test('every module of src/model, src/engine and src/scenario is in exactly one mutation group', () => {
  const grouped = Object.values(groups()).flatMap((group) => group.mutate);
  const modules = ['model', 'engine', 'scenario'].flatMap((folder) =>
    readdirSync(join(PACKAGE_ROOT, 'src', folder))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `src/${folder}/${name}`),
  );
  expect([...grouped].sort()).toEqual([...new Set(grouped)].sort());
  expect([...grouped].sort()).toEqual(modules.sort());
});

test("each group's own test files exist, and the mutation run includes each of them", async () => {
  const { default: config } = await import('../vitest.mutate.config.js');
  const excluded = new Set(config.test?.exclude);
  for (const [name, group] of Object.entries(groups())) {
    expect(group.tests?.length ?? 0, `${name} names no tests`).toBeGreaterThan(0);
    for (const file of group.tests ?? []) {
      expect(existsSync(join(PACKAGE_ROOT, file)), file).toBe(true);
      expect(excluded.has(file), file).toBe(false);
    }
  }
});
