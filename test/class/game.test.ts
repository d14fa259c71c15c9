/** The classroom game's rules, below any screen: turns, decisions, deadlines, the rules' moves. */
import { describe, expect, it } from 'vitest';
import { currentTurn, decide, gameRun, newSteps, turnMoves } from '../../src/engine/game.js';
import { latestState, outcomeOf } from '../../src/engine/run.js';
import { teamsFor } from '../../src/engine/teams.js';
import { statePaths } from '../../src/model/paths.js';
import {
  SMALL,
  move,
  mustDecide,
  newGame,
  nextDecision,
  playThrough,
  stepLines,
} from '../helpers/game.js';
import { GENEVA, mustLoad } from '../helpers/scenarios.js';

describe('teams', () => {
  const small = mustLoad(SMALL);
  it('names each team by a role or an actor id', () => {
    expect(teamsFor(small, ['opposition', 'gov'])).toEqual({
      ok: true,
      teams: [
        { name: 'opposition', actor: 'hnc' },
        { name: 'gov', actor: 'gov' },
      ],
    });
  });
  it('refuses an unknown, a doubled or no team, naming what the scenario offers', () => {
    const problem = (words: string[]) => {
      const r = teamsFor(small, words);
      return r.ok ? null : r.problem;
    };
    expect(problem(['rebels'])).toBe(
      'no actor or role "rebels" in class-small (roles: envoy, opposition, government, forces; actor ids: envoy, hnc, gov, army)',
    );
    expect(problem(['opposition', 'opposition'])).toBe('team opposition is named twice');
    expect(problem(['opposition', 'hnc'])).toBe(
      'teams opposition and hnc would both play hnc: one actor, one team',
    );
    expect(problem([])).toMatch(/^name at least one team: a role or an actor id \(roles: envoy/);
  });
});

describe('the game on a small scenario', () => {
  const small = mustLoad(SMALL);

  it('stops where the record holds a team move, after the events of the others', () => {
    const game = newGame(small, ['opposition']);
    const turn = currentTurn(game);
    expect(turn?.team.name).toBe('opposition');
    expect(turn?.recorded.id).toBe('hnc-arrives');
    expect(stepLines(gameRun(game))).toEqual([
      '2016-02-01 DELEGATION_ARRIVED gov script true gov-arrives',
    ]);
    expect(turnMoves(game).map((m) => `${m.type} ${m.actor}`)).toContain('DELEGATION_ARRIVED hnc');
    expect(turnMoves(game).every((m) => m.actor === 'hnc')).toBe(true);
  });

  it("accepts a team's legal move, which plays in place of the recorded one", () => {
    const game = mustDecide(
      newGame(small, ['opposition']),
      'opposition',
      move('hnc', 'DELEGATION_ARRIVED'),
    );
    const run = gameRun(game);
    const last = run.entries.map((e) => e.step).find((s) => s.id === 'instead-of-hnc-arrives');
    expect(last?.accepted).toBe(true);
    expect(statePaths(latestState(run).machine.value).opposition).toBe('attending');
    expect(currentTurn(game)?.recorded.id).toBe('hnc-threatens');
  });

  it("refuses a move of another team's actor, a move the state refuses, and a team out of turn", () => {
    const game = newGame(small, ['opposition', 'government']);
    // The government's arrival is the first team move of the record.
    expect(currentTurn(game)?.team.name).toBe('government');
    const other = decide(game, 'government', move('hnc', 'DELEGATION_ARRIVED'));
    expect(other).toEqual({
      ok: false,
      problem: "government plays gov; hnc is team opposition's",
    });
    expect(decide(game, 'opposition', { kind: 'wait' })).toEqual({
      ok: false,
      problem: "it is government's turn, not opposition's",
    });
    const refused = decide(game, 'government', move('gov', 'WALKED_OUT'));
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.problem).toMatch(/^WALKED_OUT is refused now: /);
  });

  it('fires a deadline a team set on the simulated clock', () => {
    let game = newGame(small, ['opposition', 'government']);
    game = mustDecide(game, 'government', move('gov', 'DELEGATION_ARRIVED'));
    game = mustDecide(game, 'opposition', move('hnc', 'DELEGATION_ARRIVED'));
    const before = gameRun(game);
    game = mustDecide(
      game,
      'opposition',
      move('hnc', 'WALKOUT_THREATENED', { deadline: '2016-02-05', conditions: ['endAirStrikes'] }),
    );
    const fired = newSteps(before, gameRun(game)).find((s) => s.origin === 'deadline');
    expect(fired).toMatchObject({ date: '2016-02-05', type: 'DEADLINE_PASSED', actor: 'hnc' });
    expect(fired?.state.opposition).toBe('walkedOut');
  });

  it("leaves the other actors to the rules: the government's rule answers a threat when no team plays it", () => {
    let game = newGame(small, ['opposition']);
    game = mustDecide(game, 'opposition', move('hnc', 'DELEGATION_ARRIVED'));
    game = mustDecide(
      game,
      'opposition',
      move('hnc', 'WALKOUT_THREATENED', { deadline: '2016-02-06', conditions: ['endAirStrikes'] }),
    );
    const steps = gameRun(game).entries.map((e) => e.step);
    const gesture = steps.find((s) => s.type === 'GESTURE_MADE');
    expect(gesture).toMatchObject({
      origin: 'policy',
      policy: 'government-answers-threat',
      date: '2016-02-05',
    });
    expect(outcomeOf(gameRun(game)).walkout).toBeNull();
  });

  it('lets a team wait: its recorded move is dropped and the clock goes on', () => {
    let game = newGame(small, ['opposition']);
    game = mustDecide(game, 'opposition', move('hnc', 'DELEGATION_ARRIVED'));
    game = mustDecide(game, 'opposition', { kind: 'wait' });
    expect(currentTurn(game)).toBeNull();
    const lines = stepLines(gameRun(game));
    expect(lines.some((l) => l.includes('WALKOUT_THREATENED'))).toBe(false);
    expect(lines.at(-1)).toBe('2016-02-09 PROTEST_HELD gov script true gov-protests');
  });
});

describe('the game on the Geneva record', () => {
  const geneva = mustLoad(GENEVA);

  it("plays the record's events of the actors no team plays, with their sources", () => {
    const game = newGame(geneva, ['opposition', 'government']);
    const steps = gameRun(game).entries.map((e) => e.step);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((s) => s.actor !== 'hnc' && s.actor !== 'government')).toBe(true);
    const first = steps[0];
    expect(first?.source?.doc).toBe('rferl-2016-01-25');
    expect(currentTurn(game)?.team.actor).toMatch(/^(hnc|government)$/);
  });

  it('only adds steps with each decision, and the same seed plays the same game', () => {
    const start = newGame(geneva, ['opposition', 'government'], 5);
    let game = start;
    for (let n = 1; n <= 6 && currentTurn(game); n += 1) {
      const before = stepLines(gameRun(game));
      game = nextDecision(game, n);
      expect(stepLines(gameRun(game)).slice(0, before.length)).toEqual(before);
    }
    const once = stepLines(gameRun(playThrough(start)));
    expect(stepLines(gameRun(playThrough(start)))).toEqual(once);
    expect(once.some((l) => l.includes(' instead-of-'))).toBe(true);
  });
});
