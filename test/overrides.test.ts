/**
 * A what-if overrides a base rule by its id with only the fields that change, and the rules
 * play from the first step where a changed rule could act: before it, the run is the record's.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstDivergence, remadeSteps } from '../src/engine/compare.js';
import { firstRuleDifference } from '../src/engine/ruleFork.js';
import { comparisonText } from '../src/report/comparison.js';
import { replay, type Run } from '../src/engine/run.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import type { Scenario } from '../src/scenario/types.js';
import { ensureBuilt, parley } from './helpers/cli.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

const record = mustLoad(GENEVA);
const recordRun = replay(record);
const threatsOff = mustLoad(join(PACKAGE_ROOT, 'test/fixtures/whatif/threat-rules-off.yaml'));
const noFormalStart = mustLoad(join(PACKAGE_ROOT, 'scenarios/what-if/no-formal-start.yaml'));
const THREAT_RULES = ['threat-under-offensive', 'threat-as-ground-is-lost'];

/** The entries before the step of event `index`, and the step itself. */
function splitAt(run: Run, scenario: Scenario, index: number) {
  const at = run.entries.findIndex((e) => e.step.id === scenario.events[index]!.id);
  return { before: run.entries.slice(0, at).map((e) => e.step), at: run.entries[at]!.step };
}

describe('an override by id', () => {
  test("changes only the fields it gives; the rule keeps its place, the others are the base's", () => {
    expect(threatsOff.policies.map((p) => p.id)).toEqual(record.policies.map((p) => p.id));
    for (const [i, rule] of threatsOff.policies.entries()) {
      const base = record.policies[i]!;
      expect(rule).toEqual(THREAT_RULES.includes(rule.id) ? { ...base, probability: 0 } : base);
    }
  });

  test('switching the threat rules off lets the policies play from the offensive that could set one off', () => {
    const fork = threatsOff.forkAt!;
    expect(threatsOff.events[fork]).toMatchObject({ type: 'OFFENSIVE_LAUNCHED' });
    const run = replay(threatsOff);
    const [a, b] = [splitAt(run, threatsOff, fork), splitAt(recordRun, record, fork)];
    expect(a.before).toEqual(b.before);
    // From there on, no threat: the rules that would make one are off, and they govern the recorded one.
    expect(run.entries.filter((e) => e.step.type === 'WALKOUT_THREATENED')).toEqual([]);
    expect(recordRun.entries.some((e) => e.step.type === 'WALKOUT_THREATENED')).toBe(true);
  });

  test('a rule set off by a state plays from the step that makes the state true', () => {
    const fork = noFormalStart.forkAt!;
    const run = replay(noFormalStart);
    // In the record, that event is the one after which both delegations attend.
    const { before, at } = splitAt(
      recordRun,
      record,
      record.events.findIndex((e) => e.id === noFormalStart.events[fork]!.id),
    );
    expect(at.state).toMatchObject({
      process: 'preparatory',
      opposition: 'attending',
      government: 'attending',
    });
    expect(
      before.some((s) => s.state.opposition === 'attending' && s.state.government === 'attending'),
    ).toBe(false);
    expect(run.entries.slice(0, before.length).map((e) => e.step)).toEqual(before);
    expect(run.entries.some((e) => e.step.type === 'FORMAL_START_DECLARED')).toBe(false);
  });
});

describe('compare parts where the runs differ in substance, not in who made a move', () => {
  test('the record and a what-if that only switches the threat rules off part on or after 1 February', () => {
    const parting = firstDivergence(recordRun, replay(threatsOff))!;
    expect(parting.a!.date >= '2016-02-01').toBe(true);
    expect(parting.index).toBeGreaterThan(threatsOff.forkAt!);
    // Not at the step where both runs announce the same boycott.
    const boycott = recordRun.entries.findIndex((e) => e.step.type === 'BOYCOTT_ANNOUNCED');
    expect(boycott).toBeGreaterThanOrEqual(0);
    expect(parting.index).not.toBe(boycott);
  });

  test('the one recorded move a rule makes again as recorded is listed, and the runs part after it', () => {
    const remade = remadeSteps(recordRun, replay(noFormalStart));
    // Steps both runs made the same way (the record's events before the fork) are not listed.
    expect(remade.map((r) => `${r.index} ${r.a.id} -> ${r.b.id}`)).toEqual([
      '8 hnc-arrives -> arrive-after-assurances@9',
    ]);
    const [first] = remade;
    expect(first!.a).toMatchObject({ origin: 'script', recorded: true, policy: null });
    expect(first!.b).toMatchObject({
      origin: 'policy',
      policy: 'arrive-after-assurances',
      type: first!.a.type,
      actor: first!.a.actor,
      date: first!.a.date,
    });
    expect(firstDivergence(recordRun, replay(noFormalStart))!.index).toBe(19);
  });

  test('a recorded move a rule remade identically is noted by compare, and the parting after it', async () => {
    const [first] = remadeSteps(recordRun, replay(noFormalStart));
    const parting = firstDivergence(recordRun, replay(noFormalStart))!;
    ensureBuilt();
    const { stdout, status } = await parley(
      'compare',
      GENEVA,
      join(PACKAGE_ROOT, 'scenarios/what-if/no-formal-start.yaml'),
    );
    expect(status).toBe(0);
    expect(stdout).toContain(`step ${first!.index + 1}, ${first!.a.date} ${first!.a.type}`);
    expect(stdout.replace(/\s+/g, ' ')).toContain(`B remade by rule ${first!.b.policy}`);
    expect(stdout).toContain(`The runs part at step ${parting.index + 1},`);
    expect(stdout.split('\n').every((line) => line.length <= 80)).toBe(true);
  });

  test('a run cut while a walkout deadline is pending says so, where the other run goes on', () => {
    const cut = replay(record, { until: '2016-02-03' });
    const whole = replay(noFormalStart);
    const text = comparisonText(
      ['record', 'what-if'],
      cut,
      whole,
      firstDivergence(cut, whole),
    ).replace(/\s+/g, ' ');
    expect(text).toContain(
      'A stops on 2016-02-03 (a walkout deadline of 2016-02-05 is still pending there)',
    );
  });
});

describe('firstRuleDifference', () => {
  test('the same rules never differ; rules switched off first differ at the offensive that sets one off', () => {
    expect(firstRuleDifference(record, record.policies)).toBeNull();
    const at = firstRuleDifference(threatsOff, record.policies);
    expect(threatsOff.events[at!]).toMatchObject({ id: 'aleppo-offensive' });
    expect(at).toBe(threatsOff.forkAt);
  });

  test('a step before the first one a changed rule could act on is played as recorded', () => {
    const at = firstRuleDifference(threatsOff, record.policies)!;
    const withoutThreatRules = record.policies.filter((p) => !THREAT_RULES.includes(p.id));
    // Dropping the threat rules entirely differs at the same step as setting them to 0%.
    expect(firstRuleDifference({ ...record, policies: withoutThreatRules }, record.policies)).toBe(
      at,
    );
  });
});

describe('firstRuleDifference, where a rule only takes over a recorded move', () => {
  // A rule that nothing in the record sets off, but that makes the envoy's resumption of the talks.
  const resumer = {
    ...record.policies.find((p) => p.then.actor === 'de-mistura')!,
    id: 'resume-after-collapse',
    when: { event: 'TALKS_COLLAPSED' },
    then: { actor: 'de-mistura', type: 'TALKS_RESUMED', payload: {} },
  } as Scenario['policies'][number];
  const withResumer = { ...record, policies: [...record.policies, resumer] };
  const resumed = record.events.findIndex((e) => e.type === 'TALKS_RESUMED');

  test('differs at the recorded move the added rule would make, though it never acts', () => {
    expect(record.events.filter((e) => e.type === 'TALKS_COLLAPSED')).toEqual([]);
    expect(resumed).toBeGreaterThan(0);
    expect(firstRuleDifference(withResumer, record.policies)).toBe(resumed);
  });

  test('a move the what-if adds is its own, not the record’s: no rule takes it over', () => {
    const added = { ...record.events[resumed]!, id: 'resumed-early', recorded: false };
    const events = [...record.events.slice(0, 2), added, ...record.events.slice(2)];
    expect(firstRuleDifference({ ...withResumer, events }, record.policies)).toBe(resumed + 1);
  });
});
