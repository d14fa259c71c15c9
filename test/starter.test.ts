/** The files `parley new` writes, in-process: they validate as written and with their examples uncommented. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadScenario } from '../src/engine/load.js';
import {
  idFromName,
  skeletonText,
  stemOf,
  whatIfStarterText,
  whatIfTitle,
} from '../src/scenario/starter.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { GENEVA, mustLoad, problems, uncommented } from './helpers/scenarios.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-starter-'));
const geneva = mustLoad(GENEVA);
/** The what-if of the record `parley new fork --from geneva-2016` writes, its example move given. */
const meeting = { type: 'ENVOY_MET', actor: 'de-mistura', payload: { with: 'hnc' } };
const forkText = (): string => whatIfStarterText('fork.yaml', geneva, 'geneva-2016', () => meeting);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` as `name` in the scratch folder, and a copy with its examples uncommented. */
function written(name: string, text: string): { file: string; examples: string } {
  const file = join(dir, name);
  writeFileSync(file, text);
  return { file, examples: uncommented(file) };
}

describe('names', () => {
  test('an id from a file name: its stem, lower case, words joined by dashes', () => {
    expect(stemOf('forks/My Talks.yaml')).toBe('My Talks');
    expect(stemOf('forks\\Old.YML')).toBe('Old');
    expect(idFromName('forks/My Talks.yaml')).toBe('my-talks');
    expect(idFromName('--Draft 2.yaml')).toBe('draft-2');
    expect(idFromName('!!!.yaml')).toBe('my-scenario');
  });

  test("a what-if's title asks once, whatever its base is", () => {
    expect(whatIfTitle('Geneva 2016')).toBe('What if? Geneva 2016');
    expect(whatIfTitle('What if: no offensive')).toBe('What if: no offensive');
    expect(whatIfTitle('Whatever happened')).toBe('What if? Whatever happened');
  });
});

describe('the skeleton', () => {
  test('validates as written, with its one event; its example rule and expectation validate too', () => {
    const { file, examples } = written('My Talks.yaml', skeletonText('My Talks.yaml'));
    expect(problems(file)).toEqual([]);
    const scenario = loadScenario(file).scenario;
    expect(scenario?.id).toBe('my-talks');
    expect(scenario?.events.map((e) => e.id)).toEqual(['talks-postponed']);
    expect(problems(examples)).toEqual([]);
    const uncommented = loadScenario(examples);
    expect(uncommented.scenario?.policies.map((p) => p.id)).toEqual(['arrive-after-delay']);
    expect(uncommented.expectations).toHaveLength(1);
  });
});

describe('a what-if of a scenario', () => {
  test('extends its base and validates; with its examples it drops, changes and adds events', () => {
    const text = forkText();
    expect(text).toContain('\nextends: geneva-2016 ');
    expect(text).toContain(`\ntitle: "What if? ${geneva.title}"\n`);
    const { file, examples } = written('fork.yaml', text);
    expect(problems(file)).toEqual([]);
    expect(problems(examples)).toEqual([]);
    const patched = loadScenario(examples);
    const ids = patched.scenario?.events.map((e) => e.id) ?? [];
    expect(ids).not.toContain(geneva.events.at(-1)?.id);
    expect(patched.scenario?.events.find((e) => e.id === 'fork-move')).toMatchObject({
      type: 'ENVOY_MET',
      actor: 'de-mistura',
      payload: { with: 'hnc' },
      note: 'a move that did not happen',
    });
    expect(
      patched.scenario?.policies.find((p) => p.id === geneva.policies[0]?.id)?.probability,
    ).toBe(0);
    expect(patched.expectations.map((e) => e.kind)).toEqual(['never', 'share']);
  });

  test("adds a statement by the anchor event's actor where no move is found after it", () => {
    const text = whatIfStarterText('plain.yaml', geneva, 'geneva-2016', () => null);
    const { examples } = written('plain.yaml', text);
    const added = loadScenario(examples).scenario?.events.find((e) => e.id === 'plain-move');
    const anchor = geneva.events[Math.floor(geneva.events.length / 2)];
    expect(added).toMatchObject({
      type: 'STATEMENT_ISSUED',
      actor: anchor?.actor,
      date: anchor?.date,
    });
  });

  test('of a scenario without events: only the lines that name it', () => {
    const text = whatIfStarterText(
      'empty.yaml',
      { ...geneva, events: [] },
      'geneva-2016',
      () => null,
    );
    expect(text).not.toContain('# remove:');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^extends: geneva-2016 +# /);
  });
});

describe('the text as a user reads it', () => {
  // Written from the project's root, as `parley new` run there writes them.
  const expected = (name: string): string =>
    readFileSync(join(PACKAGE_ROOT, 'test/fixtures/starter', name), 'utf8');

  test('the skeleton, every comment included', () => {
    expect(skeletonText('my-talks.yaml')).toBe(expected('my-talks.yaml'));
  });

  test('a what-if of the Geneva record, every example and comment included', () => {
    expect(forkText()).toBe(expected('fork.yaml'));
  });
});

describe('names, at their edges', () => {
  test('only a whole "what if" at the start counts as asking, and words are joined by one dash', () => {
    expect(whatIfTitle('What iffy talks')).toBe('What if? What iffy talks');
    expect(stemOf('the.yaml.notes.yaml')).toBe('the.yaml.notes');
    expect(idFromName('My  Talks -- 2.yaml')).toBe('my-talks-2');
  });
});

describe('the examples a what-if starts with', () => {
  const event = geneva.events[0]!;
  const plain = { ...event, payload: {}, note: null };
  const starter = (events: (typeof geneva)['events'], policies = geneva.policies) =>
    whatIfStarterText('fork.yaml', { ...geneva, events, policies }, 'geneva-2016', () => null);

  test('the change it shows is of the first event that carries a payload', () => {
    const carrying = { ...event, id: 'carrying', payload: { place: 'Geneva' } };
    const text = starter([plain, carrying, plain]);
    expect(text).toContain('#   - id: carrying\n#     payload: { place: Geneva }\n');
  });

  test('where no event carries a payload, it changes the first event’s note', () => {
    expect(starter([plain, plain])).toContain(
      `#   - id: ${event.id}\n#     note: changed in this what-if\n`,
    );
    expect(starter([{ ...plain, note: 'as reported' }])).toContain('#     note: as reported\n');
  });

  test('a base without rules has no example of changing one', () => {
    expect(starter([plain], [])).not.toContain('# policies:');
    expect(starter([plain])).toContain(`#   - { id: ${geneva.policies[0]!.id}, probability: 0 }`);
  });
});
