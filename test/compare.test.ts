/** Two runs side by side: where they part, what each had that the other lacked, how likely a record is. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstDivergence, remadeSteps, sameMove } from '../src/engine/compare.js';
import type { Step } from '../src/engine/step.js';
import { rateDifference, runDifference } from '../src/engine/difference.js';
import { emptyDistribution, type Distribution } from '../src/engine/montecarlo.js';
import { firedRules } from '../src/engine/routes.js';
import { replay } from '../src/engine/run.js';
import { scoreRecord } from '../src/engine/score.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { SMALL } from './helpers/game.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

const geneva = mustLoad(GENEVA);
const noFormalStart = mustLoad(join(PACKAGE_ROOT, 'scenarios/what-if/no-formal-start.yaml'));
const ids = (steps: readonly { readonly id: string }[]) => steps.map((s) => s.id);

describe('the same move', () => {
  const meeting = {
    date: '2016-02-08',
    type: 'ENVOY_MET',
    actor: 'envoy',
    payload: { with: 'gov' },
  };

  test('is the same type, by the same actor, on the same day, on the same terms', () => {
    expect(sameMove(meeting, { ...meeting, payload: { with: 'gov' } })).toBe(true);
    expect(sameMove(meeting, { ...meeting, date: '2016-02-09' })).toBe(false);
    expect(sameMove(meeting, { ...meeting, type: 'PROTEST_HELD' })).toBe(false);
    expect(sameMove(meeting, { ...meeting, actor: 'mediator' })).toBe(false);
    expect(sameMove(meeting, { ...meeting, payload: { with: 'hnc' } })).toBe(false);
  });

  test('runs part at a meeting with another delegation, though the states and context after it agree', () => {
    const small = mustLoad(SMALL);
    const other = {
      ...small,
      events: small.events.map((e) =>
        e.id === 'envoy-meets-gov' ? { ...e, payload: { with: 'hnc' } } : e,
      ),
    };
    const [a, b] = [replay(small), replay(other)];
    const parting = firstDivergence(a, b);
    expect(parting?.index).toBe(5);
    expect(parting?.a?.id).toBe('envoy-meets-gov');
    expect(a.entries[5]?.state.machine.context).toEqual(b.entries[5]?.state.machine.context);
    expect(firstDivergence(a, replay(small))).toBeNull();
  });
});

describe('what each run had that the other lacked', () => {
  const [record, whatIf] = [replay(geneva), replay(noFormalStart)];
  const LEFT_TO_RULES = [
    'hnc-arrives',
    'ceasefire-call',
    'preparatory-stage',
    'walkout-threat',
    'opposition-denies-start',
    'gatilov-rules-out',
    'temporary-pause',
    'hnc-leaves-geneva',
    'hnc-will-attend',
  ];
  const RULES_OF_THE_WHAT_IF = [
    'arrive-after-assurances',
    'threat-under-offensive',
    'pause-when-threatened',
    'munich-puts-ceasefire-on-agenda',
  ];

  test('the record against a what-if without the formal start', () => {
    const d = runDifference(record, whatIf);
    expect(ids(d.events.onlyA)).toEqual(['formal-start']);
    expect(ids(d.events.onlyB)).toEqual([]);
    expect(d.events.changed).toEqual([]);
    // Recorded moves the what-if has too, but leaves to its rules once it departs.
    expect(ids(d.leftToRulesInB)).toEqual(LEFT_TO_RULES);
    expect(d.leftToRulesInA).toEqual([]);
    expect(d.rulesOnlyA).toEqual([]);
    expect(d.rulesOnlyB).toEqual(RULES_OF_THE_WHAT_IF);
  });

  test('the same two the other way round: A and B trade places', () => {
    const d = runDifference(whatIf, record);
    expect(ids(d.events.onlyA)).toEqual([]);
    expect(ids(d.events.onlyB)).toEqual(['formal-start']);
    expect(d.leftToRulesInB).toEqual([]);
    expect(ids(d.leftToRulesInA)).toEqual(LEFT_TO_RULES);
    expect(d.rulesOnlyA).toEqual(RULES_OF_THE_WHAT_IF);
    expect(d.rulesOnlyB).toEqual([]);
  });

  test('a run against itself: nothing, though its rules fired', () => {
    const d = runDifference(whatIf, whatIf);
    expect(firedRules(whatIf.entries).size).toBeGreaterThan(0);
    expect(d).toEqual({
      events: { onlyA: [], onlyB: [], changed: [] },
      leftToRulesInB: [],
      leftToRulesInA: [],
      rulesOnlyA: [],
      rulesOnlyB: [],
    });
  });
});

describe('how likely a record is under its rules', () => {
  test("the Geneva record: each governed move with the rules' probability, and their product", () => {
    const score = scoreRecord(geneva);
    const expected: [string, number][] = [
      ['boycott', 0.7],
      ['hnc-arrives', 0.8],
      ['formal-start', 0.9],
      ['ceasefire-call', 0.9],
      ['preparatory-stage', 0.8],
      ['walkout-threat', 0.86],
      ['opposition-denies-start', 0.6],
      ['gatilov-rules-out', 0.85],
      ['temporary-pause', 0.6],
      ['hnc-leaves-geneva', 0.6],
      ['hnc-will-attend', 0.8],
    ];
    expect(score.moves.map((m) => [m.id, m.predicted])).toEqual(
      expected.map(([id, p]) => [id, expect.closeTo(p, 10)]),
    );
    const product = expected.reduce((all, [, p]) => all * p, 1);
    expect(score.likelihood).toBeCloseTo(product, 12);
    expect(score.log10).toBeCloseTo(Math.log10(product), 12);
  });

  test("a what-if's events played as written: a move its rules gave 0% makes it impossible", () => {
    const score = scoreRecord(noFormalStart);
    expect(ids(score.moves)).not.toContain('formal-start');
    // Played as written to the end, not handed to the rules where the what-if departs.
    expect(ids(score.moves)).toContain('hnc-leaves-geneva');
    expect(score.moves.find((m) => m.id === 'ceasefire-call')?.predicted).toBe(0);
    expect(score.likelihood).toBe(0);
    expect(score.log10).toBe(-Infinity);
  });

  test('a scenario whose only governed move its rule always makes is certain', () => {
    const score = scoreRecord(mustLoad(SMALL));
    expect(score.moves.map((m) => `${m.id} ${m.predicted}`)).toEqual(['hnc-threatens 1']);
    expect(score.likelihood).toBe(1);
    expect(score.log10).toBe(0);
  });
});

describe('the rules whose firing rates differ most between two simulations', () => {
  const [first, second, third] = geneva.policies;
  if (!first || !second || !third) throw new Error('the record has fewer than three rules');
  const whatIf = {
    ...geneva,
    policies: [
      ...geneva.policies.map((p) => (p.id === second.id ? { ...p, probability: 0.01 } : p)),
      { ...first, id: 'only-in-b' },
    ],
  };
  const simulated = (runs: number, rules: Record<string, number>): Distribution => ({
    ...emptyDistribution(geneva),
    runs,
    rules,
  });
  const a = simulated(10, { [first.id]: 5, [second.id]: 3, [third.id]: 4 });
  const b = simulated(20, { [first.id]: 10, [second.id]: 6, [third.id]: 16, 'only-in-b': 2 });

  test('most difference first; a rule changed in B is listed even at the same rate, one at the same rate and unchanged is not', () => {
    expect(rateDifference([geneva, a], [whatIf, b], 5)).toEqual([
      { rule: third.id, a: 0.4, b: 0.8, changed: false },
      { rule: 'only-in-b', a: null, b: 0.1, changed: false },
      { rule: second.id, a: 0.3, b: 0.3, changed: true },
    ]);
    expect(rateDifference([geneva, a], [whatIf, b], 2).map((r) => r.rule)).toEqual([
      third.id,
      'only-in-b',
    ]);
  });
});

describe('steps the runs share in substance but made otherwise', () => {
  const run = replay(mustLoad(SMALL));
  /** `run` with its step at `index` made otherwise in one respect. */
  const otherwise = (index: number, change: Partial<Step>) => ({
    ...run,
    entries: run.entries.map((e, i) =>
      i === index ? { ...e, step: { ...e.step, ...change } } : e,
    ),
  });

  test('a step is remade when its origin, its id or its rule alone differs', () => {
    expect(remadeSteps(run, run)).toEqual([]);
    for (const change of [{ origin: 'policy' as const }, { id: 'other' }, { policy: 'a-rule' }]) {
      const remade = remadeSteps(run, otherwise(2, change));
      expect(
        remade.map((r) => r.index),
        JSON.stringify(change),
      ).toEqual([2]);
      expect(remade[0]?.b).toMatchObject(change);
    }
  });

  test('a step that parts the runs is no remade step, nor any after it', () => {
    const parted = otherwise(1, { id: 'other', accepted: false });
    expect(firstDivergence(run, parted)?.index).toBe(1);
    expect(remadeSteps(run, parted)).toEqual([]);
  });
});
