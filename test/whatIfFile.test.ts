/** A fork written as a what-if file: its patches, its fields, and how it names its base. */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { baseReference, patchesFor, whatIfText } from '../src/scenario/whatIfFile.js';
import type { Scenario, ScenarioEvent } from '../src/scenario/types.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

const geneva = mustLoad(GENEVA);
const [first, second, third] = geneva.events as [ScenarioEvent, ScenarioEvent, ScenarioEvent];
const made = (id: string, extra: Partial<ScenarioEvent> = {}): ScenarioEvent => ({
  ...first,
  id,
  payload: {},
  source: null,
  recorded: false,
  ...extra,
});
const fileOf = (branch: Scenario, name = 'fork-1', seed?: number) =>
  parse(whatIfText(geneva, branch, name, 'scenarios/what-if/fork.yaml', seed));

describe('patchesFor', () => {
  test('new events before the first base event are inserted before it', () => {
    const { remove, insert } = patchesFor([first, second], [made('x'), first, second]);
    expect(remove).toEqual([]);
    expect(insert).toEqual([{ before: first.id, events: [expect.objectContaining({ id: 'x' })] }]);
  });

  test('a dropped base event is removed, and the new event after it anchors on the one kept before', () => {
    const { remove, insert } = patchesFor([first, second, third], [first, made('x'), third]);
    expect(remove).toEqual([second.id]);
    expect(insert).toEqual([{ after: first.id, events: [expect.objectContaining({ id: 'x' })] }]);
  });

  test('an unchanged branch needs no patch', () => {
    expect(patchesFor([first, second], [first, second])).toEqual({ remove: [], insert: [] });
  });

  test('a branch that keeps no base event cannot be written', () => {
    expect(() => patchesFor([first], [made('x')])).toThrow(
      'a branch with no event of its base cannot be written as patches',
    );
  });

  test('a new event is written with its payload and team, and without an empty payload', () => {
    const { insert } = patchesFor(
      [first],
      [first, made('x'), made('y', { payload: { place: 'Geneva' }, team: 'blue' })],
    );
    expect(insert[0]!.events).toEqual([
      { id: 'x', date: first.date, actor: first.actor, type: first.type },
      {
        id: 'y',
        date: first.date,
        actor: first.actor,
        type: first.type,
        payload: { place: 'Geneva' },
        team: 'blue',
      },
    ]);
  });
});

describe('whatIfText', () => {
  test('an unchanged fork is the base extended, with the default description and no seed or end', () => {
    expect(fileOf(geneva)).toEqual({
      id: 'geneva-2016-fork-1',
      title: `What if? ${geneva.title} (fork-1)`,
      description: 'A fork of geneva-2016 saved from parley play.',
      kind: 'what-if',
      extends: 'geneva-2016',
    });
  });

  test('the id is the base id and the name, lower case, runs of other characters made one dash', () => {
    expect(fileOf(geneva, 'No Pause?! 2').id).toBe('geneva-2016-no-pause-2');
  });

  test('a seed other than the base seed is written, so the file replays the same draws', () => {
    expect(fileOf(geneva, 'fork-1', geneva.seed + 1).seed).toBe(geneva.seed + 1);
    expect(fileOf(geneva, 'fork-1', geneva.seed)).not.toHaveProperty('seed');
  });

  test("a fork whose events stop before the base's last day keeps the branch's end", () => {
    const shorter = { ...geneva, events: geneva.events.slice(0, 3), end: '2016-02-10' };
    expect(fileOf(shorter)).toMatchObject({ end: '2016-02-10', remove: expect.any(Array) });
    const sameDay = { ...geneva, events: [...geneva.events.slice(0, -2), geneva.events.at(-1)!] };
    expect(fileOf(sameDay)).not.toHaveProperty('end');
    const none = { ...geneva, events: [], end: '2016-01-25' };
    expect(fileOf(none)).toMatchObject({
      end: '2016-01-25',
      remove: geneva.events.map((e) => e.id),
    });
  });

  test('a new event keeps its note, on one line however long', () => {
    const note =
      'a move that did not happen, written at length to see that nothing folds it'.repeat(2);
    const branch = { ...geneva, events: [...geneva.events, made('long', { note })] };
    const text = whatIfText(geneva, branch, 'fork-1', 'scenarios/what-if/fork.yaml');
    expect(parse(text).insert[0].events[0]).toMatchObject({ id: 'long', note });
    expect(text.split('\n').filter((line) => line.includes(note))).toHaveLength(1);
    const unnoted = { ...geneva, events: [...geneva.events, made('plain', { note: null })] };
    expect(fileOf(unnoted).insert[0].events[0]).not.toHaveProperty('note');
  });

  test('the teams of a class game are written with it', () => {
    expect(fileOf({ ...geneva, teams: { blue: 'hnc' } }).teams).toEqual({ blue: 'hnc' });
  });
});

describe('baseReference', () => {
  test('a base found by its id from where the fork is saved is named by its id', () => {
    expect(baseReference(geneva, 'scenarios/what-if/fork.yaml')).toBe('geneva-2016');
  });

  test('a base elsewhere is named by its path relative to the fork, with ./ before a path in the same folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-whatif-'));
    const copy = join(dir, 'copy.yaml');
    copyFileSync(GENEVA, copy);
    mkdirSync(join(dir, 'forks'));
    const base = { ...geneva, file: copy };
    expect(baseReference(base, join(dir, 'fork.yaml'))).toBe('./copy.yaml');
    expect(baseReference(base, join(dir, 'forks/fork.yaml'))).toBe('../copy.yaml');
  });
});
