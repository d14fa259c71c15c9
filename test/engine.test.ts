import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { draw, seedRng } from '../src/engine/rng.js';
import { outcomeOf } from '../src/engine/run.js';
import { jsonReport } from '../src/report/json.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { GENEVA, replayFile } from './helpers/scenarios.js';
import { CLI } from './helpers/cli.js';
import { regionChanges } from '../src/engine/effects.js';

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
    expect(outcomeOf(replayFile(fixture('no-pause.yaml'))).walkout).toEqual({ date: '2016-02-05', origin: 'deadline' });
  });

  test('a deadline whose conditions were met lets the opposition stay', () => {
    const deadline = steps(fixture('strikes-paused.yaml')).find((s) => s.origin === 'deadline')!;
    expect(deadline.date).toBe('2016-02-05');
    expect(regionChanges(deadline.effects)).toEqual([{ kind: 'region', region: 'opposition', from: 'walkoutThreat', to: 'attending' }]);
  });

  test('a deadline that passes while the talks are paused lapses: nobody walks out of talks that are not sitting', () => {
    const run = replayFile(fixture('paused-past-deadline.yaml'));
    const deadline = run.entries.map((e) => e.step).find((s) => s.origin === 'deadline')!;
    expect(deadline.date).toBe('2016-02-05');
    expect(regionChanges(deadline.effects)).toEqual([{ kind: 'region', region: 'opposition', from: 'walkoutThreat', to: 'attending' }]);
    expect(deadline.state).toMatchObject({ process: 'suspended', opposition: 'attending' });
    expect(outcomeOf(run).walkout).toBeNull();
    expect(outcomeOf(run).pendingDeadlines).toEqual([]);
  });

  test('a deadline not yet passed stays pending: an event on the deadline day does not fire it', () => {
    const run = replayFile(fixture('strikes-paused.yaml'), { until: '2016-02-04' });
    expect(run.entries.some((e) => e.step.origin === 'deadline')).toBe(false);
    expect(outcomeOf(run).pendingDeadlines).toEqual([{ actor: 'hnc', due: '2016-02-05' }]);
  });
});

describe('refused events', () => {
  const run = steps(fixture('refused.yaml'));
  const byId = Object.fromEntries(run.map((s) => [s.id, s]));

  test('are kept in the run, marked, with the rule that refused them', () => {
    expect(run.map((s) => s.id)).toEqual(['early-start', 'government-arrives', 'start-without-hnc', 'premature-ceasefire', 'hnc-arrives', 'real-start', 'walks-out']);
    expect(byId['early-start']).toMatchObject({ accepted: false, reason: expect.stringContaining('not accepted while process scheduled') });
    expect(byId['start-without-hnc']).toMatchObject({ accepted: false, reason: 'both delegations must be present' });
    expect(byId['premature-ceasefire']).toMatchObject({ accepted: false, reason: expect.stringContaining('ceasefireTrack offAgenda') });
  });

  test('change nothing, and the run goes on', () => {
    expect(regionChanges(byId['start-without-hnc']!.effects)).toEqual([]);
    expect(byId['real-start']).toMatchObject({ accepted: true, state: { process: 'proximityTalks.declared' } });
    expect(byId['walks-out']!.state).toMatchObject({ process: 'suspended', opposition: 'walkedOut' });
  });
});

describe('determinism', () => {
  test('the same scenario and seed give the same bytes', () => {
    expect(jsonReport(replayFile(GENEVA, { seed: 7 }))).toBe(jsonReport(replayFile(GENEVA, { seed: 7 })));
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

  test('the CLI prints byte-identical output in two processes', () => {
    const once = () => execFileSync(process.execPath, [CLI, 'replay', GENEVA, '--format', 'json', '--seed', '3']);
    expect(once().equals(once())).toBe(true);
  });
});

describe('compare', () => {
  test('two runs with the same moves but other terms part where the terms differ, and say how', () => {
    const { status, stdout } = spawnSync(process.execPath, [CLI, 'compare', GENEVA, fixture('limited-offensive.yaml')], { encoding: 'utf8' });
    expect(status).toBe(0);
    expect(stdout).toContain('The runs part at step 15, after 14 steps in common:');
    expect(stdout).toContain('     area: north of Aleppo; intensity: massive; confidence after it: 4');
    expect(stdout).toContain('     area: north of Aleppo; intensity: limited; confidence after it: 19');
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    // A long actor name wraps under its line, not past the edge.
    const parted = spawnSync(process.execPath, [CLI, 'compare', GENEVA, join(PACKAGE_ROOT, 'scenarios/what-if/no-aleppo-offensive.yaml')], { encoding: 'utf8' }).stdout;
    expect(parted).toContain('  B: 2016-02-01 ASSURANCES_OFFERED by Syrian government delegation (Bashar\n     al-Jaafari): confidence 24 -> 29 (+5)\n');
  });
});
