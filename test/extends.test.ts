/**
 * What-ifs: `extends` with remove, replace, insert and added actors. Each fixture's event list
 * against the record's, and the replayed outcome where it parts from the record's.
 */
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { outcomeOf, replay, type Outcome } from '../src/engine/run.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { forkPoint } from '../src/scenario/resolve.js';
import type { Scenario } from '../src/scenario/types.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

const whatIf = (name: string): string => join(PACKAGE_ROOT, 'test/fixtures/whatif', name);
const shown = (path: string): string => relative(process.cwd(), path);

const base = mustLoad(GENEVA);
const BASE_IDS = base.events.map((e) => e.id);
/** The fixtures change the first week: outcomes are compared on its last recorded day, before the recess. */
const WEEK = '2016-02-03';
const baseOutcome = outcomeOf(replay(base, { until: WEEK }));

type Ids = readonly string[];
const without =
  (...removed: string[]) =>
  (ids: Ids): Ids =>
    ids.filter((id) => !removed.includes(id));
const after =
  (anchor: string, ...added: string[]) =>
  (ids: Ids): Ids => {
    const at = ids.indexOf(anchor) + 1;
    return [...ids.slice(0, at), ...added, ...ids.slice(at)];
  };
const before =
  (anchor: string, ...added: string[]) =>
  (ids: Ids): Ids =>
    after(ids[ids.indexOf(anchor) - 1]!, ...added)(ids);
const same = (ids: Ids): Ids => ids;
/** The record's final states, with the regions that end elsewhere. */
const endsIn = (changes: Partial<Outcome['state']>): Outcome['state'] => ({
  ...baseOutcome.state,
  ...changes,
});
const both =
  (...changes: ((ids: Ids) => Ids)[]) =>
  (ids: Ids): Ids =>
    changes.reduce((acc, change) => change(acc), ids);

interface Case {
  /** The base's event ids, changed as the what-if says. */
  readonly ids: (ids: Ids) => Ids;
  /** The parts of the outcome that differ from the record's. */
  readonly outcome: Partial<Outcome>;
  /** The last day replayed, where the what-if's own changes run past the week. */
  readonly until?: string;
}

const CASES: Record<string, Case> = {
  'no-walkout-threat.yaml': {
    ids: without('walkout-warning', 'walkout-threat'),
    outcome: {
      state: endsIn({ opposition: 'attending' }),
      pendingDeadlines: [],
    },
  },
  'early-deadline.yaml': {
    ids: same,
    // No event comes after Wednesday 3 February, so the earlier deadline is still pending at the end.
    outcome: { pendingDeadlines: [{ actor: 'hnc', due: '2016-02-03' }] },
  },
  'later-pause.yaml': {
    ids: without('hnc-will-leave', 'hnc-leaves-geneva'),
    until: '2016-02-06',
    outcome: {
      date: '2016-02-06',
      state: endsIn({ opposition: 'walkedOut' }),
      walkout: { date: '2016-02-05', origin: 'deadline' },
      refused: 1,
      pendingDeadlines: [],
    },
  },
  'ceasefire-talks.yaml': {
    ids: both(
      after('ceasefire-call', 'ceasefire-talks-opened'),
      before('gatilov-rules-out', 'ceasefire-agreed'),
    ),
    outcome: {
      state: endsIn({ ceasefireTrack: 'agreed' }),
      ceasefireAgreed: true,
      // The agreement's gain is kept: the envoy's later assessment is noted, not imposed.
      confidence: 10,
      // Russia ruling out the ceasefire once it is agreed (Lavrov's refusal of 3 February is of the strikes' end, not a ceasefire).
      refused: 1,
    },
  },
  'walkout-before-pause.yaml': {
    ids: before('temporary-pause', 'hnc-walks-out'),
    outcome: {
      state: endsIn({ opposition: 'walkedOut' }),
      walkout: { date: '2016-02-03', origin: 'script' },
      refused: 1,
      pendingDeadlines: [],
    },
  },
  'added-actor.yaml': {
    // Added events go after the base events of their date.
    ids: both(
      after('confidence-near-zero', 'turkey-assurances'),
      after('hnc-will-leave', 'turkey-gesture'),
    ),
    outcome: { confidence: 10 },
  },
  'chain.yaml': {
    ids: without('walkout-warning', 'walkout-threat', 'temporary-pause'),
    outcome: {
      state: endsIn({ process: 'proximityTalks.contested', opposition: 'attending' }),
      pendingDeadlines: [],
    },
  },
};

const load = (name: string): Scenario => mustLoad(whatIf(name));
const eventOf = (scenario: Scenario, id: string) => scenario.events.find((e) => e.id === id)!;

describe('extends patches', () => {
  test.each(Object.entries(CASES))('%s: the patched event list', (name, { ids }) => {
    expect(load(name).events.map((e) => e.id)).toEqual(ids(BASE_IDS));
  });

  test.each(Object.entries(CASES))(
    '%s: the replay parts from the record as expected',
    (name, { outcome, until = WEEK }) => {
      const changed = outcomeOf(replay(load(name), { until }));
      expect(changed).toMatchObject(outcome);
      for (const [key, value] of Object.entries(outcome))
        expect(baseOutcome[key as keyof Outcome], key).not.toEqual(value);
      const rest = Object.fromEntries(
        Object.entries(baseOutcome).filter(([key]) => !(key in outcome)),
      );
      expect(changed).toMatchObject(rest);
    },
  );

  test('a rule restated as the record has it is no change: the what-if replays as the record, step for step', () => {
    const steps = (scenario: Scenario) =>
      replay(scenario).entries.map((e) => [e.step.id, e.step.type, e.step.origin]);
    const restated = load('restated-rule.yaml');
    expect(restated.forkAt).toBeNull();
    expect(steps(restated)).toEqual(steps(base));
    // The same rule made less likely is a change from the step that could set it off: the offensive.
    const changed = load('changed-rule.yaml');
    expect(changed.events[changed.forkAt!]).toMatchObject({ type: 'OFFENSIVE_LAUNCHED' });
  });

  test.each([
    [
      'early-deadline.yaml',
      'walkout-threat',
      { payload: { deadline: '2016-02-03', conditions: ['endAirStrikes', 'liftSieges'] } },
    ],
    ['later-pause.yaml', 'temporary-pause', { date: '2016-02-06' }],
  ])(
    '%s: replace changes only the fields it names; the rest, source included, comes from the base',
    (name, id, changes) => {
      expect(eventOf(load(name), id)).toEqual({
        ...eventOf(base, id),
        ...changes,
        recorded: false,
        at: { file: shown(whatIf(name)), line: 7, col: 5 },
      });
    },
  );

  test('events the what-if writes point into it; events it keeps point into the base', () => {
    const scenario = load('ceasefire-talks.yaml');
    expect(eventOf(scenario, 'ceasefire-agreed').at).toEqual({
      file: shown(whatIf('ceasefire-talks.yaml')),
      line: 15,
      col: 9,
    });
    expect(eventOf(scenario, 'formal-start').at).toEqual(eventOf(base, 'formal-start').at);
  });

  test('added actors join the base actors, and the chain of bases is listed nearest first', () => {
    expect(load('added-actor.yaml').actors.map((a) => a.id)).toEqual([
      ...base.actors.map((a) => a.id),
      'turkey',
    ]);
    expect(load('chain.yaml').extends).toEqual([
      shown(whatIf('no-walkout-threat.yaml')),
      shown(GENEVA),
    ]);
  });

  test('a what-if takes the base id, title and seed only where it gives none of its own', () => {
    const scenario = load('no-walkout-threat.yaml');
    expect(scenario).toMatchObject({
      id: 'no-walkout-threat',
      seed: base.seed,
      start: base.start,
      initial: base.initial,
    });
    expect(scenario.title).not.toBe(base.title);
  });
});

describe('where a what-if departs from its record', () => {
  const [a, b, c, d] = ['a', 'b', 'c', 'd'];
  test('at its first changed event, or nowhere when it changes none', () => {
    expect(forkPoint({ events: [a, b, c], forkAt: null }, [a, d, c])).toBe(1);
    expect(forkPoint({ events: [a, b, c], forkAt: null }, [a, b, c, d])).toBe(3);
    expect(forkPoint({ events: [a, b, c], forkAt: null }, [a, b])).toBe(2);
    expect(forkPoint({ events: [a, b, c], forkAt: null }, [a, b, c])).toBeNull();
  });

  test('a what-if of a what-if departs where its base did, when that comes first', () => {
    expect(forkPoint({ events: [a, b, c], forkAt: 1 }, [a, b, c, d])).toBe(1);
    expect(forkPoint({ events: [a, b, c], forkAt: 2 }, [d, b, c])).toBe(0);
    expect(forkPoint({ events: [a, b, c], forkAt: 2 }, [a, b, c])).toBe(2);
  });
});
