/** From a path to a runnable scenario: the fields a loaded scenario carries, and the problems of one that is not. */
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../src/engine/load.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { GENEVA } from './helpers/scenarios.js';
import { scratchFiles } from './helpers/scratch.js';

const { file } = scratchFiles('load');
const ACTORS = 'actors:\n  - { id: hnc, name: HNC, role: opposition }\n';
const EVENT = (date: string) =>
  `events:\n  - { id: e1, date: ${date}, actor: hnc, type: BOYCOTT_ANNOUNCED }\n`;

describe('a loaded scenario', () => {
  test('the record: its fields as written, actors with their id, name and role only, its end', () => {
    const { scenario, diagnostics, expectations } = loadScenario(GENEVA);
    expect(diagnostics).toEqual([]);
    expect(scenario).toMatchObject({
      id: 'geneva-2016',
      title: 'Geneva 2016: the intra-Syrian talks, 25 January to 24 March',
      description: expect.stringMatching(/^The UN-mediated talks between the Syrian government/),
      seed: 2016,
      start: '2016-01-25',
      end: '2016-03-31',
      forkAt: null,
      file: relative(process.cwd(), GENEVA),
      extends: [],
      initial: expect.objectContaining({ confidence: 30 }),
    });
    expect(Object.keys(scenario!.actors[0]!).sort()).toEqual(['id', 'name', 'role']);
    expect(expectations.length).toBeGreaterThan(0);
  });

  test('a what-if: the chain of its bases, and the event the policies play from', () => {
    const path = join(PACKAGE_ROOT, 'scenarios/what-if/no-formal-start.yaml');
    const { scenario } = loadScenario(path);
    expect(scenario!.extends).toEqual([relative(process.cwd(), GENEVA)]);
    expect(scenario!.forkAt).not.toBeNull();
    expect(scenario!.file).toBe(relative(process.cwd(), path));
  });

  test('the end is the later of the one written and the last event; without one, the last event', () => {
    // Events of a what-if need no source.
    const head = 'id: x\ntitle: T\nkind: what-if\nstart: 2016-01-25\n';
    const end = (text: string) => loadScenario(file('end.yaml', text)).scenario!.end;
    expect(end(`${head}end: 2016-02-10\n${ACTORS}${EVENT('2016-01-28')}`)).toBe('2016-02-10');
    expect(end(`${head}end: 2016-01-26\n${ACTORS}${EVENT('2016-01-28')}`)).toBe('2016-01-28');
    expect(end(`${head}${ACTORS}${EVENT('2016-01-28')}`)).toBe('2016-01-28');
    expect(end(`${head}${ACTORS}`)).toBe('2016-01-25');
  });
});

describe('a scenario that does not load', () => {
  test('its problems in the order of the file, each once, and no expectations', () => {
    const path = file(
      'two-problems.yaml',
      `id: x\ntitle: T\nstart: 2016-01-25\n${ACTORS}events:\n  - { id: e1, date: 2016-01-28, actor: hnc, type: BOYCOTT_ANNOUNCED }\n  - { id: e1, date: 2016-01-20, actor: nobody, type: BOYCOTT_ANNOUNCED }\nexpect:\n  - { on: 2016-01-28, state: { opposition: boycott } }\n`,
    );
    const { scenario, diagnostics, expectations } = loadScenario(path);
    expect(scenario).toBeNull();
    expect(expectations).toEqual([]);
    const at = diagnostics.map((d) => [d.line, d.col]);
    expect(at).toEqual([...at].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    const keys = diagnostics.map((d) => `${d.line}:${d.col}:${d.message}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(diagnostics.length).toBeGreaterThanOrEqual(3);
  });
});
