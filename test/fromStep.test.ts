/**
 * The player's `d`: a simulation from the step on screen plays the branch's events as written up
 * to that step, then the policies make the moves; beside it, the record from the step's date.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { forkBranch, recordBranch, stateAt } from '../src/engine/branches.js';
import { compareFromStep, policiesFromStep, stepOfEvents } from '../src/engine/fromStep.js';
import { simulateRange } from '../src/engine/montecarlo.js';
import { previewedMoves } from '../src/engine/movePreview.js';
import { join } from 'node:path';
import { outcomeOf, policiesFromDate, replay, simulateOnce, type Run } from '../src/engine/run.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { distributionJson } from '../src/report/distribution.js';
import { ensureBuilt, parley } from './helpers/cli.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

beforeAll(ensureBuilt);

const geneva = mustLoad(GENEVA);
const record = replay(geneva);
const steps = record.entries.map((e) => e.step);
const eventIndex = (id: string): number => geneva.events.findIndex((e) => e.id === id);

describe('stepOfEvents', () => {
  test("the step after a run's first N events is the step of the Nth, the first one included", () => {
    expect([0, 1, 2, 5].map((n) => stepOfEvents(record, n))).toEqual([0, 1, 2, 5]);
    expect(stepOfEvents(record, geneva.events.length)).toBe(record.entries.length);
  });

  test("a rule's moves and deadlines after the events are not counted", () => {
    const run = simulateOnce(geneva, 7, 0, 3);
    expect(run.entries.length).toBeGreaterThan(3);
    expect(stepOfEvents(run, 3)).toBe(3);
  });
});

describe('policiesFromStep', () => {
  test('from step 0 of the record, the distribution is the one parley simulate prints', async () => {
    expect(policiesFromStep(record, 0)).toBe(0);
    const d = simulateRange(geneva, 7, 0, 300, policiesFromStep(record, 0));
    const { stdout } = await parley('simulate', GENEVA, '--runs', '300', '--seed', '7', '--json');
    const { scenario: _, seed: __, ...printed } = JSON.parse(stdout);
    expect(JSON.parse(JSON.stringify(distributionJson(d)))).toEqual(printed);
  });

  test("from the last step, every run ends as the record does: the talks' close, the walkout, the ceasefire", () => {
    const last = record.entries.length;
    expect(policiesFromStep(record, last)).toBe(geneva.events.length);
    const d = simulateRange(geneva, 7, 0, 200, policiesFromStep(record, last));
    const end = outcomeOf(record);
    expect(d.process).toMatchObject({ [end.state.process]: 200 });
    expect(Object.values(d.walkouts).reduce((a, b) => a + b, 0)).toBe(end.walkout ? 200 : 0);
    expect(d.ceasefireAgreed).toBe(end.ceasefireAgreed ? 200 : 0);
  });

  test("on an event's step, the events up to it and it play as written", () => {
    for (const [i, s] of steps.entries()) {
      if (s.origin !== 'script') continue;
      expect(policiesFromStep(record, i + 1)).toBe(eventIndex(s.id) + 1);
    }
  });

  test("on a deadline's step or a rule's move of a what-if, the runs start at its fork point and play the steps before it as written", () => {
    const whatIf = mustLoad(join(PACKAGE_ROOT, 'scenarios/what-if/no-formal-start.yaml'));
    const shown = replay(whatIf);
    const origins = shown.entries.map((e) => e.step.origin);
    for (const origin of ['deadline', 'policy'] as const) {
      const at = origins.lastIndexOf(origin) + 1;
      expect(at).toBeGreaterThan(0);
      const c = compareFromStep(geneva, shown, at);
      expect(c).toMatchObject({ fromForkPoint: true, branch: { policiesFrom: whatIf.forkAt } });
      expect(c.fromStep).toBeLessThan(at);
      const run = simulateOnce(whatIf, 7, 3, c.branch.policiesFrom);
      const before = (r: Run) => r.entries.slice(0, c.fromStep).map((e) => e.step);
      expect(before(run)).toEqual(before(shown));
    }
  });

  test('at the last step of a day, it is where simulate --from-date that day starts', () => {
    const day = '2016-02-01';
    const lastOfDay = steps.filter((s) => s.date <= day).length;
    const c = compareFromStep(geneva, record, lastOfDay);
    expect(c.date).toBe(day);
    expect(c.branch.policiesFrom).toBe(policiesFromDate(geneva, day));
    expect(c.record.policiesFrom).toBe(c.branch.policiesFrom);
  });
});

describe('compareFromStep on a fork', () => {
  const cursor = 20;
  const move = previewedMoves(stateAt(record, cursor), geneva).find(
    (m) => m.type === 'WALKED_OUT' && m.actor === 'hnc',
  );
  const fork = forkBranch(
    geneva,
    { ...recordBranch(record), cursor },
    'insert',
    move ?? null,
    'fork-1',
  );

  test('on the inserted walkout, every run of the fork has the opposition walking out that day; the record from that date does not', () => {
    expect(move).toBeDefined();
    const c = compareFromStep(geneva, fork.run, fork.cursor);
    expect(c).toMatchObject({ fromStep: fork.cursor, fromForkPoint: false, date: '2016-02-01' });
    expect(c.branch.scenario).toBe(fork.run.scenario);
    const forked = simulateRange(c.branch.scenario, c.branch.seed, 0, 200, c.branch.policiesFrom);
    const recorded = simulateRange(c.record.scenario, c.record.seed, 0, 200, c.record.policiesFrom);
    expect(forked.walkouts).toEqual({ '2016-02-01': 200 });
    expect(recorded.walkouts['2016-02-01'] ?? 0).toBe(0);
  });

  test("on a rule's move right after the inserted walkout, the runs start after the walkout and draw that move again", () => {
    const next = fork.run.entries[fork.cursor]?.step;
    expect(next?.origin).toBe('policy');
    const c = compareFromStep(geneva, fork.run, fork.cursor + 1);
    expect(c).toMatchObject({
      cursor: fork.cursor + 1,
      fromStep: fork.cursor,
      fromForkPoint: false,
    });
    expect(c.branch.policiesFrom).toBe(fork.run.scenario.forkAt);
  });

  test('past the fork point, the policies made the moves shown: the simulation starts at the fork', () => {
    const c = compareFromStep(geneva, fork.run, fork.run.entries.length);
    expect(c).toMatchObject({ fromStep: fork.cursor, fromForkPoint: true });
    expect(c.branch.policiesFrom).toBe(fork.run.scenario.forkAt);
  });

  test('before the fork point, the fork is the record: the same start as the record branch', () => {
    expect(compareFromStep(geneva, fork.run, 12).branch.policiesFrom).toBe(
      policiesFromStep(record, 12),
    );
  });
});
