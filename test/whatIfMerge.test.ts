/**
 * What a what-if makes of the record it extends: where its own events stand among the record's,
 * which events keep the record's standing, and from which step it departs.
 */
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../src/engine/load.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';
import { scratchFiles } from './helpers/scratch.js';

const { file } = scratchFiles('what-if');

/** A what-if of the Geneva record with these lines after its header. */
const whatIf = (name: string, ...lines: string[]): string => on(GENEVA, name, ...lines);

/** A what-if of `base`: its `extends` on line 3. */
const on = (base: string, name: string, ...lines: string[]): string =>
  file(`${name}.yaml`, [`id: ${name}`, 'title: T', `extends: ${base}`, ...lines, ''].join('\n'));

const ids = (path: string): string[] => mustLoad(path).events.map((e) => e.id);

const GESTURE = (id: string, date: string) =>
  `  - { id: ${id}, date: ${date}, actor: russia, type: GESTURE_MADE, payload: { meets: [humanitarianAccess] } }`;

describe("a what-if's own events among the record's", () => {
  test('an event goes after the record events of its day, before those of the next', () => {
    const order = ids(whatIf('same-day', 'events:', GESTURE('gesture', '2016-01-29')));
    const at = order.indexOf('gesture');
    expect(order.slice(at - 1, at + 2)).toEqual(['hnc-will-go', 'gesture', 'hnc-arrives']);
  });

  test('an event after the last of the record goes at the end', () => {
    const order = ids(whatIf('late', 'end: 2016-12-31', 'events:', GESTURE('late', '2016-12-01')));
    expect(order.at(-1)).toBe('late');
    expect(order).toHaveLength(ids(GENEVA).length + 1);
  });

  test('an event before the first of the record goes first', () => {
    const order = ids(
      whatIf('early', 'start: 2016-01-20', 'events:', GESTURE('early', '2016-01-24')),
    );
    expect(order[0]).toBe('early');
  });
});

describe('what keeps the standing of a recorded move', () => {
  test('an event the what-if replaces is its own, not the record; the others stay recorded', () => {
    const scenario = mustLoad(
      whatIf('replaced', 'replace:', '  - { id: boycott, date: 2016-01-28, note: Changed. }'),
    );
    const byId = new Map(scenario.events.map((e) => [e.id, e]));
    expect(byId.get('boycott')).toMatchObject({ recorded: false, note: 'Changed.' });
    expect(byId.get('talks-postponed')?.recorded).toBe(true);
  });

  test("a record that extends another keeps a replaced event's standing, as a correction of it", () => {
    const scenario = mustLoad(
      whatIf('corrected', 'kind: record', 'replace:', '  - { id: boycott, note: Changed. }'),
    );
    expect(scenario.events.find((e) => e.id === 'boycott')?.recorded).toBe(true);
  });
});

describe('the step a what-if departs from', () => {
  test('from its first change: the events before it are the record', () => {
    const scenario = mustLoad(whatIf('from-boycott', 'remove: [boycott]'));
    expect(scenario.forkAt).toBe(ids(GENEVA).indexOf('boycott'));
  });

  test('from the start, when it changes how the talks begin', () => {
    const scenario = mustLoad(
      whatIf('from-start', 'remove: [boycott]', 'initial: { confidence: 60 }'),
    );
    expect(scenario.forkAt).toBe(0);
  });

  test('a what-if of a what-if departs where the earlier of the two changes is', () => {
    const later = whatIf('later-change', 'remove: [hnc-arrives]');
    const earlier = whatIf('earlier-change', 'remove: [boycott]');
    const record = ids(GENEVA);
    expect(mustLoad(on(later, 'then-earlier', 'remove: [boycott]')).forkAt).toBe(
      record.indexOf('boycott'),
    );
    expect(mustLoad(on(earlier, 'then-later', 'remove: [hnc-arrives]')).forkAt).toBe(
      record.indexOf('boycott'),
    );
  });

  test('nowhere, when it follows the record', () => {
    expect(
      mustLoad(whatIf('follows', 'followRecord: true', 'remove: [boycott]')).forkAt,
    ).toBeNull();
  });

  test('its id and title are its own, and what it leaves out is the base', () => {
    const scenario = mustLoad(whatIf('own-id', 'remove: [boycott]'));
    const record = mustLoad(GENEVA);
    expect([scenario.id, scenario.title]).toEqual(['own-id', 'T']);
    expect([scenario.seed, scenario.start, scenario.end]).toEqual([
      record.seed,
      record.start,
      record.end,
    ]);
  });
});

describe('a base that cannot be read', () => {
  test('extends naming a file that is no YAML file', () => {
    const text = file('notes.txt', 'id: notes\n');
    expect(loadScenario(on(text, 'text-base')).diagnostics).toEqual([
      expect.objectContaining({
        line: 3,
        col: 10,
        message: `extends: "${text}" is not a scenario file`,
        hint: 'extends names a .yaml file, or a shipped scenario by its id',
      }),
    ]);
  });

  test('extends finds a file by its full path without .yaml, and a shipped scenario by its id', () => {
    const recordIds = ids(GENEVA);
    expect(ids(on(GENEVA.replace(/\.yaml$/, ''), 'no-suffix'))).toEqual(recordIds);
    expect(ids(on('geneva-2016', 'by-id'))).toEqual(recordIds);
  });

  test('a what-if whose base is refused is told once, at its extends', () => {
    const broken = file('broken-base.yaml', 'id: [\n');
    const found = loadScenario(on(broken, 'on-broken')).diagnostics;
    expect(found.map((d) => d.file.endsWith('broken-base.yaml'))).toContain(true);
  });
});
