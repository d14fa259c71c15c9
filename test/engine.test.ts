import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { draw, seedRng } from '../src/engine/rng.js';
import { outcomeOf, simulateOnce } from '../src/engine/run.js';
import { jsonReport } from '../src/report/json.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import type { Scenario } from '../src/scenario/types.js';
import { GENEVA, mustLoad, replayFile } from './helpers/scenarios.js';
import { CLI } from './helpers/cli.js';
import { regionChanges } from '../src/engine/effects.js';
import { firstDivergence } from '../src/engine/compare.js';
import { comparisonText } from '../src/report/comparison.js';

const fixture = (name: string) => join(PACKAGE_ROOT, 'test/fixtures/engine', name);
const steps = (file: string) => replayFile(file).entries.map((e) => e.step);

describe('the simulated clock', () => {
  test('a passed walkout deadline fires first, as its own step, and the opposition walks out', () => {
    const run = steps(fixture('no-pause.yaml'));
    const at = run.findIndex((s) => s.origin === 'deadline');
    const last = run.slice(at, at + 2);
    expect(last.map((s) => [s.date, s.type, s.origin, s.actor])).toEqual([
      ['2016-02-05', 'DEADLINE_PASSED', 'deadline', 'hnc'],
      ['2016-02-08', 'ENVOY_MET', 'script', 'de-mistura'],
    ]);
    expect(regionChanges(last[0]!.effects)).toEqual([
      // Proximity talks need both delegations: the walkout suspends them.
      { kind: 'region', region: 'process', from: 'proximityTalks.contested', to: 'suspended' },
      { kind: 'region', region: 'opposition', from: 'walkoutThreat', to: 'walkedOut' },
    ]);
    expect(outcomeOf(replayFile(fixture('no-pause.yaml'))).walkout).toEqual({
      date: '2016-02-05',
      origin: 'deadline',
    });
  });

  test('a deadline whose conditions were met lets the opposition stay', () => {
    const deadline = steps(fixture('strikes-paused.yaml')).find((s) => s.origin === 'deadline')!;
    expect(deadline.date).toBe('2016-02-05');
    expect(regionChanges(deadline.effects)).toEqual([
      { kind: 'region', region: 'opposition', from: 'walkoutThreat', to: 'attending' },
    ]);
  });

  test('a deadline that passes while the talks are paused lapses: nobody walks out of talks that are not sitting', () => {
    const run = replayFile(fixture('paused-past-deadline.yaml'));
    const deadline = run.entries.map((e) => e.step).find((s) => s.origin === 'deadline')!;
    expect(deadline.date).toBe('2016-02-05');
    expect(regionChanges(deadline.effects)).toEqual([
      { kind: 'region', region: 'opposition', from: 'walkoutThreat', to: 'attending' },
    ]);
    expect(deadline.state).toMatchObject({ process: 'suspended', opposition: 'attending' });
    expect(outcomeOf(run).walkout).toBeNull();
    expect(outcomeOf(run).pendingDeadlines).toEqual([]);
  });

  test('a passed deadline costs 15 points of confidence if the opposition walks out, gains 5 if it stays, none if it lapses', () => {
    // Threatened on 2 February for 5 February; a rule pauses the strikes on the day.
    const scenario = mustLoad(join(PACKAGE_ROOT, 'test/fixtures/policies/deadline-day.yaml'));
    const pause = { ...scenario.events[3]!, id: 'pause', date: '2016-02-03', actor: 'envoy' };
    const change = (variant: Scenario): [string, number] => {
      const { entries } = simulateOnce(variant, 1, 0);
      const at = entries.findIndex((e) => e.step.origin === 'deadline');
      return [
        entries[at]!.step.state.opposition,
        entries[at]!.state.machine.context.confidence -
          entries[at - 1]!.state.machine.context.confidence,
      ];
    };
    expect(change(scenario)).toEqual(['attending', 5]);
    expect(change({ ...scenario, policies: [] })).toEqual(['walkedOut', -15]);
    for (const type of ['TALKS_SUSPENDED', 'TALKS_COLLAPSED'] as const) {
      const events = [
        ...scenario.events.slice(0, 3),
        { ...pause, type },
        ...scenario.events.slice(3),
      ];
      expect(change({ ...scenario, policies: [], events }), type).toEqual(['attending', 0]);
    }
  });

  test('a deadline not yet passed stays pending: an event on the deadline day does not fire it', () => {
    const run = replayFile(fixture('deadline-day.yaml'), { until: '2016-02-05' });
    const last = run.entries.at(-1)!.step;
    expect([last.date, last.id, last.state.opposition]).toEqual([
      '2016-02-05',
      'envoy-meets-hnc-on-the-day',
      'walkoutThreat',
    ]);
    expect(run.entries.some((e) => e.step.origin === 'deadline')).toBe(false);
    expect(outcomeOf(run).pendingDeadlines).toEqual([{ actor: 'hnc', due: '2016-02-05' }]);
    // The deadline day runs to its end: the next day's event finds it passed, and it fires first.
    const after = steps(fixture('deadline-day.yaml')).filter(
      (s) => s.date >= '2016-02-05' && s.date <= '2016-02-06',
    );
    expect(after.map((s) => [s.date, s.type, s.origin])).toEqual([
      ['2016-02-05', 'ENVOY_MET', 'script'],
      ['2016-02-05', 'DEADLINE_PASSED', 'deadline'],
      ['2016-02-06', 'ENVOY_MET', 'script'],
    ]);
  });
});

describe('refused events', () => {
  const run = steps(fixture('refused.yaml'));
  const byId = Object.fromEntries(run.map((s) => [s.id, s]));

  test('are kept in the run, marked, with the rule that refused them', () => {
    expect(run.map((s) => s.id)).toEqual([
      'early-start',
      'government-arrives',
      'start-without-hnc',
      'premature-ceasefire',
      'hnc-arrives',
      'real-start',
      'walks-out',
    ]);
    expect(byId['early-start']).toMatchObject({
      accepted: false,
      reason: expect.stringContaining('not accepted while process scheduled'),
    });
    expect(byId['start-without-hnc']).toMatchObject({
      accepted: false,
      reason: 'both delegations must be present',
    });
    expect(byId['premature-ceasefire']).toMatchObject({
      accepted: false,
      reason: expect.stringContaining('ceasefireTrack offAgenda'),
    });
  });

  test('change nothing, and the run goes on', () => {
    for (const refused of run.filter((s) => !s.accepted)) expect(refused.effects).toEqual([]);
    expect(byId['real-start']).toMatchObject({
      accepted: true,
      state: { process: 'proximityTalks.declared' },
    });
    expect(byId['walks-out']!.state).toMatchObject({
      process: 'suspended',
      opposition: 'walkedOut',
    });
  });
});

describe('determinism', () => {
  // A what-if whose rules draw from the seed once it departs from the record.
  const whatIf = join(PACKAGE_ROOT, 'scenarios/what-if/no-aleppo-offensive.yaml');

  test('the same scenario and seed give the same bytes; another seed draws another run', () => {
    const report = (seed: number) => jsonReport(replayFile(whatIf, { seed }));
    expect(report(7)).toBe(report(7));
    // The report names its seed: what must differ is the run itself.
    const steps = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => JSON.stringify(JSON.parse(report(seed)).steps)),
    );
    expect(steps.size).toBeGreaterThan(1);
  });

  test('the generator restores from its saved state: draws repeat after stepping back', () => {
    const start = seedRng(2016);
    const [a, afterA] = draw(start);
    const [b] = draw(afterA);
    expect(draw(start)[0]).toBe(a);
    expect(draw(afterA)[0]).toBe(b);
    expect(a).not.toBe(b);
    expect(draw(seedRng(2017))[0]).not.toBe(a);
  });

  test('the CLI prints byte-identical output in two processes, and another seed changes it', () => {
    const once = (command: string, seed: string) =>
      execFileSync(process.execPath, [
        CLI,
        command,
        whatIf,
        '--seed',
        seed,
        ...(command === 'replay'
          ? ['--format', 'json']
          : ['--runs', '20', '--workers', '1', '--json']),
      ]);
    // The output names its seed: what must differ is everything else.
    const withoutSeed = (output: Buffer) => output.toString().replace(/"seed": ?\d+/g, '');
    for (const command of ['replay', 'simulate']) {
      const first = once(command, '3');
      expect(first.equals(once(command, '3')), command).toBe(true);
      expect(withoutSeed(first), command).not.toBe(withoutSeed(once(command, '4')));
    }
  }, 60_000);
});

describe('compare', () => {
  test('a run cut short is not the same as the whole run: they part where the shorter one ends', () => {
    const [short, whole] = [replayFile(GENEVA, { until: '2016-02-01' }), replayFile(GENEVA)];
    const n = short.entries.length;
    expect(n).toBeLessThan(whole.entries.length);
    for (const [a, b, ended] of [
      [short, whole, 'A'],
      [whole, short, 'B'],
    ] as const) {
      const divergence = firstDivergence(a, b);
      expect(divergence?.index).toBe(n);
      const text = comparisonText(['A', 'B'], a, b, divergence);
      expect(text).toContain(`The runs part at step ${n + 1}, after ${n} steps in common:`);
      expect(text).toContain(`  ${ended}: (the run has ended)`);
      expect(text).not.toContain('The runs are the same');
    }
    expect(comparisonText(['A', 'B'], whole, whole, firstDivergence(whole, whole))).toContain(
      `The runs are the same: ${whole.entries.length} steps, step for step.`,
    );
  });

  test('two runs with the same moves but other terms part where the terms differ, and say how', () => {
    const { status, stdout } = spawnSync(
      process.execPath,
      [CLI, 'compare', GENEVA, fixture('limited-offensive.yaml')],
      { encoding: 'utf8' },
    );
    expect(status).toBe(0);
    expect(stdout).toContain('The runs part at step 15, after 14 steps in common:');
    expect(stdout).toContain(
      '     area: north of Aleppo; intensity: massive; confidence after it: 4',
    );
    expect(stdout).toContain(
      '     area: north of Aleppo; intensity: limited; confidence after it: 19',
    );
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    // A long actor name wraps under its line, not past the edge.
    const parted = spawnSync(
      process.execPath,
      [CLI, 'compare', GENEVA, join(PACKAGE_ROOT, 'scenarios/what-if/no-aleppo-offensive.yaml')],
      { encoding: 'utf8' },
    ).stdout;
    expect(parted).toContain(
      '  B: 2016-02-01 ASSURANCES_OFFERED by Syrian government delegation (Bashar\n     al-Jaafari): confidence 24 -> 29 (+5)\n',
    );
  });
});

test("the outcome: the government walking out is not the opposition's walkout", () => {
  const run = replayFile(fixture('government-leaves.yaml'));
  expect(run.entries.some((e) => e.step.type === 'WALKED_OUT' && e.step.accepted)).toBe(true);
  expect(outcomeOf(run).walkout).toBeNull();
});
