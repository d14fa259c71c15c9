/** `parley paths`: every path it returns, replayed through the engine, reaches its target. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { initialTransition } from 'xstate';
import { describe, expect, test } from 'vitest';
import { createContext } from '../src/model/context.js';
import { addDays } from '../src/model/dates.js';
import { ROLE_NAMES } from '../src/model/domain.js';
import { statePaths } from '../src/model/paths.js';
import {
  caughtUp,
  isAt,
  parseTarget,
  shortestPaths,
  type PathMove,
  type ReachOptions,
} from '../src/model/reach.js';
import { talksMachine } from '../src/model/talksMachine.js';
import { DEADLINE_PASSED, type ScriptEventType } from '../src/model/vocabulary.js';
import { latestState, replay } from '../src/engine/run.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import type { Scenario, ScenarioEvent } from '../src/scenario/types.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';
import { CLI } from './helpers/cli.js';

/**
 * The scenario's events up to `date`, then the path's moves, replayed by the engine. The clock's
 * moves are not written: the engine fires a deadline itself when a later move passes it.
 */
function replayPath(scenario: Scenario, date: string, moves: readonly PathMove[]) {
  const template = scenario.events[0]!;
  const written: ScenarioEvent[] = moves
    .filter((m) => m.type !== DEADLINE_PASSED)
    .map((m, i) => ({
      ...template,
      id: `path-${i}`,
      date: m.date,
      actor: m.actor,
      type: m.type as ScriptEventType,
      payload: m.payload,
      source: null,
      note: null,
      recorded: false,
    }));
  const last = moves.at(-1);
  // A path that ends as a deadline passes needs one more event after it for the engine to fire it.
  if (last?.type === DEADLINE_PASSED) {
    written.push({
      ...template,
      id: 'after-deadline',
      date: addDays(last.date, 1),
      actor: last.actor,
      type: 'STATEMENT_ISSUED',
      payload: {},
      source: null,
      note: null,
    });
  }
  const events = [...scenario.events.filter((e) => e.date <= date), ...written];
  return replay({ ...scenario, events, policies: [], forkAt: null }, {});
}

describe('shortest paths', () => {
  const geneva = mustLoad(GENEVA);
  /** The machine's state after the record's events up to `date`. */
  const on = (date: string) => latestState(replay(geneva, { until: date })).machine;

  test.each([
    ['ceasefireTrack.agreed', '2016-02-02', 1],
    ['process.directTalks', '2016-02-02', 2],
    ['process.directTalks', '2016-02-03', 3],
    // Back in the March round: a walkout of its own gets there at once.
    ['opposition.walkedOut', '2016-03-14', 1],
    ['government.walkedOut', '2016-01-25', 2],
  ])(
    'to %s from geneva-2016 on %s: shortest first, each replays to the target',
    (to, date, shortest) => {
      const target = parseTarget(to)!;
      const start = on(date);
      const paths = shortestPaths(start, target, { actors: geneva.actors, date, max: 3 });
      expect(paths.length).toBeGreaterThan(0);
      expect(paths[0]).toHaveLength(shortest);
      expect(paths.map((p) => p.length)).toEqual(
        [...paths.map((p) => p.length)].sort((a, b) => a - b),
      );
      for (const moves of paths) {
        const run = replayPath(geneva, date, moves);
        expect(
          run.entries.every((e) => e.step.accepted),
          JSON.stringify(moves),
        ).toBe(true);
        expect(
          isAt(latestState(run).machine, target),
          `${JSON.stringify(moves)} ends in ${JSON.stringify(statePaths(latestState(run).machine.value))}`,
        ).toBe(true);
      }
    },
  );

  test('a path is never a shorter one with detours or moves that leave the target region alone', () => {
    const direct = shortestPaths(on('2016-02-02'), parseTarget('process.directTalks')!, {
      actors: geneva.actors,
      date: '2016-02-02',
      max: 3,
    });
    // Not also with the threat withdrawn on the way, nor with the talks suspended and resumed.
    expect(direct.map((p) => p.map((m) => m.type))).toEqual([
      ['FACE_TO_FACE_ACCEPTED', 'DIRECT_TALKS_OPENED'],
    ]);
    const ceasefire = shortestPaths(on('2016-02-02'), parseTarget('ceasefireTrack.agreed')!, {
      actors: geneva.actors,
      date: '2016-02-02',
      max: 5,
    });
    // Ceasefire talks first is another way there; the same agreement by another party is not.
    expect(ceasefire.map((p) => p.map((m) => m.type))).toEqual([
      ['CEASEFIRE_AGREED'],
      ['CEASEFIRE_TALKS_OPENED', 'CEASEFIRE_AGREED'],
    ]);
  });

  test("from the machine's initial state, direct talks need both delegations, the formal start and face-to-face acceptance", () => {
    const [start] = initialTransition(talksMachine, createContext());
    const actors = ROLE_NAMES.map((role) => ({ id: role, role }));
    const [path] = shortestPaths(start, parseTarget('process.directTalks')!, {
      actors,
      date: '2016-01-25',
      max: 1,
    });
    expect(path!.map((m) => m.type).sort()).toEqual([
      'DELEGATION_ARRIVED',
      'DELEGATION_ARRIVED',
      'DIRECT_TALKS_OPENED',
      'FACE_TO_FACE_ACCEPTED',
      'FORMAL_START_DECLARED',
    ]);
  });

  test('a target already reached is a path of no moves', () => {
    const start = on('2016-02-02');
    const now = statePaths(start.value).process;
    expect(
      shortestPaths(start, parseTarget(`process.${now}`)!, {
        actors: geneva.actors,
        date: '2016-02-02',
        max: 3,
      }),
    ).toEqual([[]]);
  });

  test('a state on a later date first lets the deadlines due before it fire, as a run would', () => {
    const threatened = on('2016-02-02');
    expect(statePaths(threatened.value).opposition).toBe('walkoutThreat');
    const deadline = threatened.context.walkoutDeadline?.date;
    if (!deadline) throw new Error('no walkout deadline on 2 February');
    const later = caughtUp(threatened, addDays(deadline, 2));
    // The clock moves for the side whose deadline it is.
    expect(later.moves).toEqual([
      { type: DEADLINE_PASSED, actor: 'hnc', role: 'opposition', date: deadline, payload: {} },
    ]);
    expect(statePaths(later.snapshot.value).opposition).not.toBe('walkoutThreat');
    // On the deadline's own day it has not passed yet.
    const same = caughtUp(threatened, deadline);
    expect(same.moves).toEqual([]);
    expect(same.snapshot).toBe(threatened);
  });

  describe('what the search answers', () => {
    const search = (to: string, date: string, more: Partial<ReachOptions> = {}) =>
      shortestPaths(on(date), parseTarget(to)!, { actors: geneva.actors, date, max: 10, ...more });
    const typesOf = (paths: readonly PathMove[][]) => paths.map((p) => p.map((m) => m.type));

    test('a target names a known region and a state in it, sub-states included', () => {
      expect(parseTarget('process.proximityTalks.contested')).toEqual({
        region: 'process',
        state: 'proximityTalks.contested',
      });
      expect(parseTarget('talks.proximityTalks')).toBeNull();
      expect(parseTarget('process')).toBeNull();
      // On 2 February the talks are proximity talks, contested.
      const contested = on('2016-02-02');
      expect(isAt(contested, parseTarget('process.proximityTalks')!)).toBe(true);
      expect(isAt(contested, parseTarget('process.proximityTalks.contested')!)).toBe(true);
      expect(isAt(contested, parseTarget('process.proximityTalks.declared')!)).toBe(false);
      expect(isAt(contested, parseTarget('process.proximity')!)).toBe(false);
    });

    test('every way there, shortest first, none more than one move longer, at most max', () => {
      // Four ways the talks stop on 2 February: the HNC walks out, the envoy suspends them, the
      // deadline passes, or the HNC drops its threat and boycotts instead.
      const all = [
        ['WALKED_OUT'],
        ['TALKS_SUSPENDED'],
        [DEADLINE_PASSED],
        ['THREAT_WITHDRAWN', 'BOYCOTT_ANNOUNCED'],
      ];
      expect(typesOf(search('process.suspended', '2016-02-02'))).toEqual(all);
      expect(typesOf(search('process.suspended', '2016-02-02', { max: 2 }))).toEqual(
        all.slice(0, 2),
      );
      expect(typesOf(search('process.concluded', '2016-02-02'))).toEqual([['TALKS_CONCLUDED']]);
    });

    test('a third party moves first, whatever order the scenario lists its actors in', () => {
      const byName = (id: string) => geneva.actors.find((a) => a.id === id)!;
      const sidesFirst = [byName('government'), byName('hnc'), byName('de-mistura')];
      const [agreed] = search('ceasefireTrack.agreed', '2016-02-02', { actors: sidesFirst });
      expect(agreed?.map((m) => [m.type, m.actor])).toEqual([['CEASEFIRE_AGREED', 'de-mistura']]);
    });

    test('suspending the talks and resuming them is no way back to where they were', () => {
      expect(search('process.proximityTalks.declared', '2016-02-02')).toEqual([]);
    });

    test('a gesture that meets a walkout condition lets the deadline pass with the HNC still there', () => {
      const paths = typesOf(search('opposition.attending', '2016-02-02'));
      expect(paths[0]).toEqual(['THREAT_WITHDRAWN']);
      expect(paths).toContainEqual(['GESTURE_MADE', DEADLINE_PASSED]);
    });

    test('a target the clock alone reaches by the day asked is the deadline passing', () => {
      expect(
        shortestPaths(on('2016-02-02'), parseTarget('opposition.walkedOut')!, {
          actors: geneva.actors,
          date: '2016-02-10',
          max: 3,
        }),
      ).toEqual([
        [
          {
            type: DEADLINE_PASSED,
            actor: 'hnc',
            role: 'opposition',
            date: '2016-02-05',
            payload: {},
          },
        ],
      ]);
    });

    test('a search keeps no more states than it is allowed, and finds nothing it cannot reach so', () => {
      // Direct talks on 2 February are two moves away: found once seven states may be kept.
      expect(search('process.directTalks', '2016-02-02', { maxStates: 6 })).toEqual([]);
      expect(search('process.directTalks', '2016-02-02', { maxStates: 7 })).toHaveLength(1);
    });
  });

  // Five runs of the built command, one a search of every route up to eight moves long.
  test('the CLI prints numbered moves; an unreachable target exits 1, an unknown state 2', {
    timeout: 120_000,
  }, () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [CLI, 'paths', ...args], { encoding: 'utf8' });
    const ok = run(
      '--to',
      'ceasefireTrack.agreed',
      GENEVA,
      '--from-date',
      '2016-02-02',
      '--max',
      '1',
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^ {2}1\. +2016-02-02 +CEASEFIRE_AGREED +de-mistura \(envoy\)$/m);
    // A concluded round can be followed by another, but nothing leads back to the schedule.
    expect(
      run(
        '--to',
        'process.scheduled',
        join(PACKAGE_ROOT, 'scenarios/astana-2017.yaml'),
        '--from-date',
        '2017-01-24',
      ).status,
    ).toBe(1);
    const bad = run('--to', 'process.direct');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('directTalks');
    // On 1 March the HNC is still away: it must come back before the talks can resume and close.
    const later = run('--to', 'process.concluded', GENEVA, '--from-date', '2016-03-01');
    expect(later.stdout).toContain(
      '  start: process suspended, opposition walkedOut, government attending,',
    );
    expect(later.stdout).toMatch(/^ {2}1\. +2016-03-01 +RETURNED_TO_TALKS +hnc \(opposition\)$/m);
    expect(
      later.stdout
        .split('\n')
        .filter((l) => /^ {2}\d+\. /.test(l))
        .every((l) => l.includes('2016-03-01')),
    ).toBe(true);
    for (const line of later.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    const early = run('--to', 'process.collapsed', GENEVA, '--from-date', '2015-03-30');
    expect(early.status).toBe(2);
    expect(early.stderr).toContain(
      'parley: --from-date 2015-03-30 is before geneva-2016 starts, on 2016-01-25',
    );
  });
});
