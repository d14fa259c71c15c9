/**
 * `expect:` in-process: wrong shapes refused with hints, and each kind of expectation checked
 * against the replay or the runs, with what the run showed instead.
 */
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  checkExpectations,
  endingCount,
  wilson,
  type Finding,
  type Simulate,
} from '../src/engine/expect.js';
import { loadScenario } from '../src/engine/load.js';
import { emptyDistribution, simulateRange } from '../src/engine/montecarlo.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import type { Position } from '../src/scenario/types.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

const NOTHING_TO_CHECK =
  'add `state: {REGION: STATE}`, `confidence: [low, high]`, `met: [...]` or `unmet: [...]`';
const fixture = (name: string): string =>
  relative(process.cwd(), join(PACKAGE_ROOT, 'test/fixtures/expect', name));

describe('expect: shapes and names', () => {
  test('validate refuses each wrong expectation at its position, with a hint', () => {
    const { diagnostics } = loadScenario(fixture('refused.yaml'));
    expect(diagnostics.map((d) => [`${d.line}:${d.col}`, d.message, d.hint])).toEqual([
      ['7:14', 'expect[0].state: unknown field "proces"', 'did you mean process?'],
      ['9:23', 'expect[1]: unknown process state "suspendd"', 'did you mean suspended?'],
      [
        '10:5',
        'expect[2]: an expectation needs one of `on: DATE`, `by: DATE`, `never: {REGION: STATE}` or `simulate: {runs: N}`',
        'e.g. `- on: 2016-02-03` with `state: { process: suspended }`',
      ],
      [
        '12:5',
        'expect[3]: give one of `on` and `by`',
        "`on`: the state after that date's last step; `by`: at some step up to that date",
      ],
      [
        '15:5',
        'expect[4]: `state` does not go with `never`',
        'write the states under `never` itself: `never: { opposition: walkedOut }`',
      ],
      [
        '17:14',
        'expect[5]: unknown ending "opposition.walkedout"',
        'did you mean opposition.walkedOut?',
      ],
      [
        '19:25',
        'expect[6]: the range [0.4, 0.1] is empty',
        'write the lowest value first: [lowest, highest]',
      ],
      [
        '20:5',
        'expect[7]: `share` needs `simulate`',
        'add `simulate: { runs: 1000 }`: shares are counted over simulated runs',
      ],
      ['21:5', 'expect[8]: nothing to check', NOTHING_TO_CHECK],
      ['22:5', 'expect[9]: unknown field "onn"', 'did you mean on?'],
      [
        '24:9',
        'expect[10].on: "2016-02-30" is not a real date: check the day and the month',
        undefined,
      ],
      [
        '27:5',
        'expect[11]: `on` does not go with `simulate`',
        'a simulation checks only `share`; put states and dates in an expectation of their own',
      ],
      [
        '29:5',
        'expect[12]: `simulate` needs `share`',
        'e.g. `share: { opposition.walkedOut: [0.2, 0.5] }`',
      ],
      [
        '31:5',
        'expect[13]: `on` does not go with `never`',
        'bound `never` with `by: DATE`: no step up to that date',
      ],
      ['32:5', 'expect[14]: nothing to check', NOTHING_TO_CHECK],
      [
        '34:14',
        'expect[15]: unknown ending "truce"',
        'the endings: process.STATE, opposition.STATE, walkedOut, ceasefireAgreed',
      ],
      // At the date's own key, wherever the entry writes it.
      ['36:5', 'expect[16]: nothing to check', NOTHING_TO_CHECK],
      ['38:5', 'expect[17]: nothing to check', NOTHING_TO_CHECK],
    ]);
  });

  test('each expectation as written: where, its note, the fields left out empty', () => {
    const { expectations } = loadScenario(fixture('fails.yaml'));
    const where = ({ line, col }: Position) => `${line}:${col}`;
    expect(expectations.map((e) => [e.kind, where(e.at), e.note])).toEqual([
      ['on', '7:5', null],
      ['by', '9:5', null],
      ['never', '12:5', 'the threat came on 2 February'],
      ['on', '14:5', null],
      ['share', '16:5', null],
    ]);
    expect(expectations[0]).toMatchObject({
      date: '2016-02-03',
      condition: { state: { process: 'proximityTalks' }, confidence: null, met: [], unmet: [] },
    });
    const share = expectations[4];
    if (share?.kind !== 'share') throw new Error('the fifth expectation is a share');
    // Each share at its range, where a failure points.
    expect(share.shares.map((s) => [s.ending, s.range, where(s.at)])).toEqual([
      ['opposition.walkedOut', [0.9, 1], '18:29'],
      ['process.suspended', [0, 1], '19:26'],
    ]);
  });
});

describe('the sampling margin', () => {
  test('the 95% interval holds the share, stays within 0 and 1, and narrows with more runs', () => {
    for (const [count, runs] of [
      [0, 50],
      [30, 100],
      [100, 100],
      [300, 1000],
    ] as const) {
      const [lo, hi] = wilson(count, runs);
      expect(lo).toBeLessThanOrEqual(count / runs);
      expect(hi).toBeGreaterThanOrEqual(count / runs);
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeLessThanOrEqual(1);
      expect(hi - lo).toBeGreaterThan(0);
    }
    const width = (count: number, runs: number): number =>
      wilson(count, runs)[1] - wilson(count, runs)[0];
    expect(width(300, 1000)).toBeLessThan(width(30, 100));
  });

  test('the interval of 30 in 100 is the textbook one; its bounds are exact at none and all, and unknown without runs', () => {
    const [lo, hi] = wilson(30, 100);
    expect(lo).toBeCloseTo(0.2189, 4);
    expect(hi).toBeCloseTo(0.3959, 4);
    expect(wilson(0, 50)[0]).toBe(0);
    expect(wilson(0, 50)[1]).toBeCloseTo(0.0714, 4);
    expect(wilson(50, 50)[1]).toBe(1);
    expect(wilson(50, 50)[0]).toBeCloseTo(0.9286, 4);
    expect(wilson(0, 0)).toEqual([0, 1]);
    // Where the formula lands a rounding error below 0.
    expect(wilson(0, 10)[0]).toBe(0);
  });
});

describe('the runs that ended so', () => {
  const d = {
    ...emptyDistribution(mustLoad(GENEVA)),
    runs: 10,
    process: { suspended: 6, concluded: 4 },
    opposition: { walkedOut: 5, attending: 5 },
    walkouts: { '2016-02-03': 3, '2016-02-04': 2 },
    ceasefireAgreed: 7,
  };

  test('walkouts on any date, the ceasefire, and a region state; a state no run ended in is none', () => {
    expect(endingCount(d, 'walkedOut')).toBe(5);
    expect(endingCount(d, 'ceasefireAgreed')).toBe(7);
    expect(endingCount(d, 'process.suspended')).toBe(6);
    expect(endingCount(d, 'opposition.attending')).toBe(5);
    expect(endingCount(d, 'process.collapsed')).toBe(0);
  });
});

describe('each expectation checked against the run', () => {
  const calls: string[] = [];
  /** The runs in-process, counted: `parley test` simulates each distinct runs and seed once. */
  const simulate: Simulate = async (scenario, seed, runs) => {
    calls.push(`${runs}:${seed}`);
    return simulateRange(scenario, seed, 0, runs);
  };
  const findingsOf = async (name: string): Promise<Finding[]> => {
    const { scenario, expectations } = loadScenario(fixture(name));
    if (!scenario) throw new Error(`${name} is invalid`);
    return checkExpectations(scenario, expectations, simulate);
  };
  const momentOf = (f: Finding | undefined) =>
    f && 'moment' in f && f.moment
      ? `${f.moment.step ? `#${f.moment.step.id} (${f.moment.step.index + 1})` : 'start'} ${f.moment.date} ${f.moment.state.process}/${f.moment.state.opposition} ${f.moment.confidence} met ${f.moment.met.join(',') || '-'}`
      : null;

  test('a demand met is asked for by name, and each finding lists the demands met at its moment', async () => {
    const findings = await findingsOf('met.yaml');
    expect(findings.map((f) => [f.holds, momentOf(f)])).toEqual([
      [
        true,
        '#supply-route-cut (36) 2016-02-03 proximityTalks.contested/walkoutThreat 5 met endAirStrikes',
      ],
      // The deadline passes with every condition met: the opposition stays.
      [
        true,
        '#walkout-threat.deadline (38) 2016-02-05 proximityTalks.contested/attending 40 met endAirStrikes,liftSieges,releaseDetainees,humanitarianAccess',
      ],
    ]);
  });

  test('each kind that holds: a date without steps, sub-states, confidence, preconditions, by, never, shares', async () => {
    calls.length = 0;
    const findings = await findingsOf('holds.yaml');
    expect(findings.map((f) => `${f.expectation.kind} ${f.holds}`)).toEqual([
      'on true',
      'on true',
      'on true',
      'by true',
      'never true',
      'never true',
      'share true',
    ]);
    expect(findings.map(momentOf)).toEqual([
      // On a day without a step, the state after the last step before it.
      '#conditions-letter (3) 2016-01-26 delayed/undecided 30 met -',
      '#confidence-near-zero (31) 2016-02-02 proximityTalks.contested/walkoutThreat 0 met -',
      '#ceasefire-call (21) 2016-02-01 proximityTalks.declared/attending 16 met -',
      // By: the first step where it held.
      '#walkout-threat (28) 2016-02-02 proximityTalks.contested/walkoutThreat 0 met -',
      // Never, held: nothing reached; a share has no moment.
      null,
      null,
      null,
    ]);
    expect(calls).toEqual(['100:3']);
  });

  test('each failure, with what the run showed instead', async () => {
    calls.length = 0;
    const findings = await findingsOf('fails.yaml');
    expect(findings.map((f) => `${f.expectation.kind} ${f.holds}`)).toEqual([
      'on false',
      'by false',
      'never false',
      'on false',
      'share false',
    ]);
    expect(findings.slice(0, 4).map(momentOf)).toEqual([
      '#hnc-will-leave (37) 2016-02-03 suspended/walkoutThreat 0 met -',
      // Not by then: the state on the date.
      '#hnc-will-go (8) 2016-01-29 preparatory/boycott 27 met -',
      '#walkout-threat (28) 2016-02-02 proximityTalks.contested/walkoutThreat 0 met -',
      '#ceasefire-call (21) 2016-02-01 proximityTalks.declared/attending 16 met -',
    ]);
    const share = findings[4];
    if (share?.expectation.kind !== 'share' || !('shares' in share)) throw new Error('no share');
    // One simulation serves both shares it asks of.
    expect(calls).toEqual(['100:3']);
    const [walkedOut, suspended] = share.shares;
    expect(walkedOut).toMatchObject({ holds: false, runs: 100 });
    expect(walkedOut!.count).toBeLessThan(90);
    expect(suspended).toMatchObject({ holds: true, runs: 100 });
    const [lo, hi] = walkedOut!.interval;
    expect(lo).toBeLessThanOrEqual(walkedOut!.count / 100);
    expect(hi).toBeGreaterThanOrEqual(walkedOut!.count / 100);
  });

  test('a range includes both its ends; a value past either end fails', async () => {
    calls.length = 0;
    const findings = await findingsOf('bounds.yaml');
    // The share of 55 in 100 past either end of the last two ranges fails.
    expect(findings.map((f) => f.holds)).toEqual([true, false, false, true, true, false, false]);
    // Another number of runs is another simulation.
    expect(calls).toEqual(['100:3', '50:3']);
    const share = findings[3];
    if (!share || !('shares' in share)) throw new Error('no share');
    expect(share.shares.map((s) => `${s.count}/${s.runs}`)).toEqual(['55/100', '10/100']);
  });
});

test('an expectation dated before the first step is checked against the start', async () => {
  const scenario = mustLoad(GENEVA);
  const before = {
    kind: 'on' as const,
    date: '2016-01-01',
    condition: { state: { process: 'scheduled' }, confidence: null, met: [], unmet: [] },
    at: { file: scenario.file, line: 1, col: 1 },
    note: null,
  };
  const [finding] = await checkExpectations(scenario, [before], () => {
    throw new Error('no simulation is asked for');
  });
  expect(finding).toMatchObject({ holds: true, moment: { step: null, date: scenario.start } });
});
