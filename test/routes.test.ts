/** Simulations explain themselves: which rules fired in how many runs, and the routes to each ending. */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mergeDistributions, simulateRange } from '../src/engine/montecarlo.js';
import { isWalkout, replay, simulateOnce } from '../src/engine/run.js';
import { routeKey, routeOf, runRoutes } from '../src/engine/routes.js';
import { distributionJson, distributionText } from '../src/report/distribution.js';
import { routeText } from '../src/report/routes.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

const fixture = (path: string) => mustLoad(join(PACKAGE_ROOT, 'test/fixtures', path));

describe('the rules that fired', () => {
  const scenario = fixture('policies/three-rules.yaml');
  const [seed, runs] = [3, 20];
  const d = simulateRange(scenario, seed, 0, runs);
  // Counted by hand: each run replayed on its own, its moves looked at one by one.
  const threatened = Array.from({ length: runs }, (_, n) => simulateOnce(scenario, seed, n)).filter(
    (run) => run.entries.some((e) => e.step.type === 'WALKOUT_THREATENED'),
  ).length;

  test('a certain rule fires in every run, an impossible one in none, a coin toss in the runs that drew it', () => {
    expect(threatened).toBeGreaterThan(0);
    expect(threatened).toBeLessThan(runs);
    expect(d.rules).toEqual({
      'always-disputed': runs,
      'never-called': 0,
      'coin-toss-threat': threatened,
    });
    // In the scenario's order, the rules that never fired too.
    expect(Object.keys(distributionJson(d).rules)).toEqual([
      'always-disputed',
      'never-called',
      'coin-toss-threat',
    ]);
  });

  test('every walkout went through the coin toss, then the deadline', () => {
    const route = routeKey([{ kind: 'rule', rule: 'coin-toss-threat' }, { kind: 'deadline' }]);
    expect(d.routes.walkedOut).toEqual({ [route]: threatened });
    expect(distributionJson(d).routes.walkedOut).toEqual([
      {
        route: [{ kind: 'rule', rule: 'coin-toss-threat' }, { kind: 'deadline' }],
        text: 'coin-toss-threat then the deadline',
        runs: threatened,
        share: 1,
      },
    ]);
    expect(distributionText([d], ['three-rules'])).toContain(
      '\n  walked out: 100% through coin-toss-threat then the deadline\n',
    );
  });

  test('the counts are the same however the runs are split and in whatever order the parts come back', () => {
    const [first, second] = [
      simulateRange(scenario, seed, 0, 7),
      simulateRange(scenario, seed, 7, runs),
    ];
    for (const merged of [mergeDistributions(first, second), mergeDistributions(second, first)]) {
      expect(JSON.stringify(distributionJson(merged))).toBe(JSON.stringify(distributionJson(d)));
      expect(distributionText([merged], ['three-rules'])).toBe(
        distributionText([d], ['three-rules']),
      );
    }
  });
});

describe('routes', () => {
  test('a recorded threat a what-if keeps is part of the route; the scenario event that set a rule off is not', () => {
    const run = replay(fixture('whatif/later-pause.yaml'));
    const walkout = run.entries.findIndex((e) => isWalkout(e.step));
    expect(routeText(routeOf(run.entries, walkout))).toBe(
      'the recorded WALKOUT_THREATENED then the deadline',
    );
  });

  test('the Geneva record: routes of several runs, each ending named, split across parts alike', () => {
    const scenario = mustLoad(GENEVA);
    const whole = simulateRange(scenario, 2016, 0, 60);
    const text = distributionText([whole], ['geneva-2016']);
    const split = mergeDistributions(
      simulateRange(scenario, 2016, 30, 60),
      simulateRange(scenario, 2016, 0, 30),
    );
    expect(distributionText([split], ['geneva-2016'])).toBe(text);
    const routes = text.slice(text.indexOf('How the runs got there'));
    expect(routes).toMatch(/^ {2}walked out: +\d+% through /m);
    const walkedOut = routes.slice(routes.indexOf('  walked out:')).split(/\n {2}\S/)[0]!;
    expect(walkedOut).toMatch(/\d+% through threat-under-offensive then the deadline$/m);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    // Every run ends somewhere: the process's routes add up to the runs.
    const json = distributionJson(whole);
    const counted = Object.values(json.routes.process)
      .flat()
      .reduce((sum, r) => sum + r.runs, 0);
    expect(counted).toBe(60);
    expect(json.routes.walkedOut.reduce((sum, r) => sum + r.runs, 0)).toBe(json.walkedOut);
  });
});

describe("a run's deciding steps", () => {
  const entries = replay(mustLoad(GENEVA)).entries;

  test('the process route is the last step that moved the process, the first one too', () => {
    expect(runRoutes(entries.slice(0, 4)).process).toBe(
      routeKey([{ kind: 'event', type: 'TALKS_DELAYED', recorded: true }]),
    );
  });

  test('steps that never moved the process, and no steps at all, have the empty route', () => {
    // Steps 1-3 of the record (a statement, a letter, a boycott) leave the process where it was.
    expect(runRoutes(entries.slice(1, 4))).toEqual({
      walkedOut: null,
      process: routeKey([]),
      ceasefireAgreed: null,
    });
    expect(runRoutes([]).process).toBe(routeKey([]));
  });
});
