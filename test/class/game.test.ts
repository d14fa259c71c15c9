/** The classroom game's rules, below any screen: turns, decisions, deadlines, the rules' moves. */
import { describe, expect, it } from 'vitest';
import {
  currentTurn,
  decide,
  dropNext,
  gameRun,
  inject,
  injectableMoves,
  isInjected,
  newSteps,
  turnMoves,
} from '../../src/engine/game.js';
import { decideTyped, tableOf } from '../../src/engine/gameTable.js';
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
    expect(problem([' ', ''])).toMatch(/^name at least one team/);
  });
  it('reads names as typed around commas, and asks for an id where a role has several actors', () => {
    expect(teamsFor(small, [' opposition ', '', 'gov'])).toEqual({
      ok: true,
      teams: [
        { name: 'opposition', actor: 'hnc' },
        { name: 'gov', actor: 'gov' },
      ],
    });
    expect(teamsFor(mustLoad(GENEVA), ['sponsor'])).toEqual({
      ok: false,
      problem:
        'several actors have the role sponsor (russia, usa, issg, co-chairs): name one by its id',
    });
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
    const news = newSteps(before, gameRun(game));
    expect(news[0]?.id).toBe('instead-of-hnc-threatens');
    const fired = news.find((s) => s.origin === 'deadline');
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

  it("shows, at a team's next turn, the rules' answers to the game so far", () => {
    let game = newGame(small, ['government']);
    game = mustDecide(game, 'government', move('gov', 'DELEGATION_ARRIVED'));
    expect(currentTurn(game)?.recorded.id).toBe('gov-protests');
    // Past the team's first move the rules play the opposition: the offensive sets off its threat.
    const threat = gameRun(game)
      .entries.map((e) => e.step)
      .find((s) => s.type === 'WALKOUT_THREATENED');
    expect(threat).toMatchObject({
      origin: 'policy',
      policy: 'opposition-leaves-under-fire',
      date: '2016-02-04',
    });
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

describe("the facilitator's changes and a typed decision", () => {
  const small = mustLoad(SMALL);
  const fresh = () => newGame(small, ['opposition', 'government']);

  it('drops the next recorded event of an actor no team plays, never a played one or a team move', () => {
    const start = fresh();
    const dropped = dropNext(start);
    if (!dropped.ok) throw new Error(dropped.problem);
    // The government's turn comes first; the forces' offensive is the next event no team makes.
    expect(dropped.event.id).toBe('offensive');
    expect(stepLines(gameRun(playThrough(dropped.game))).some((l) => l.includes('OFFENSIVE'))).toBe(
      false,
    );
    // With the government played by the rules, its arrival has already happened: not droppable.
    const oneTeam = dropNext(newGame(small, ['opposition']));
    expect(oneTeam.ok && oneTeam.event.id).toBe('offensive');
    const again = dropNext(dropped.game);
    expect(again.ok && again.event.id).toBe('envoy-meets-gov');
    const none = again.ok ? dropNext(again.game) : again;
    expect(none).toEqual({
      ok: false,
      problem: 'no recorded event of an actor no team plays is left',
    });
    expect(dropNext(playThrough(start))).toEqual({
      ok: false,
      problem: 'the game is over: nothing is left to drop',
    });
  });

  it("makes an actor's move happen before the team decides, and refuses a team's actor or a refused move", () => {
    const start = fresh();
    const offered = injectableMoves(start);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.every((m) => m.actor === 'envoy' || m.actor === 'army')).toBe(true);
    const meeting = offered.find((m) => m.type === 'ENVOY_MET');
    if (!meeting) throw new Error('no meeting offered');
    const made = inject(start, { kind: 'move', ...meeting });
    if (!made.ok) throw new Error(made.problem);
    expect(made.game.injected).toEqual([
      {
        id: 'injected-1',
        before: 'gov-arrives',
        date: '2016-02-01',
        move: { kind: 'move', actor: 'envoy', type: 'ENVOY_MET', payload: meeting.payload },
      },
    ]);
    expect(stepLines(gameRun(made.game))).toEqual([
      '2016-02-01 ENVOY_MET envoy script true injected-1',
    ]);
    expect(
      inject(start, { kind: 'move', actor: 'gov', type: 'PROTEST_HELD', payload: {} }),
    ).toEqual({
      ok: false,
      problem: "gov is team government's to move",
    });
    expect(
      inject(start, { kind: 'move', actor: 'mediator', type: 'ENVOY_MET', payload: {} }),
    ).toEqual({ ok: false, problem: 'no actor mediator in class-small' });
    const refused = inject(start, {
      kind: 'move',
      actor: 'envoy',
      type: 'FORMAL_START_DECLARED',
      payload: {},
    });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problem).toMatch(/^FORMAL_START_DECLARED is refused now: /);
    expect(inject(playThrough(start), { kind: 'move', ...meeting })).toEqual({
      ok: false,
      problem: 'the game is over: nothing can happen any more',
    });
    expect(injectableMoves(playThrough(start))).toEqual([]);
  });

  it("tells the facilitator's moves by their ids alone, as the saved file names them", () => {
    expect(['injected-1', 'injected-12'].map(isInjected)).toEqual([true, true]);
    expect(
      ['injected-', 'injected-x', 'injected-1b', 'an-injected-1', 'instead-of-injected-1'].map(
        isInjected,
      ),
    ).toEqual([false, false, false, false, false]);
  });

  it("reads a typed decision as one word, at the team's turn, while the game runs", () => {
    const table = tableOf(fresh());
    expect(decideTyped(table, 'government', 'wait', true)).toEqual({
      ok: false,
      problem: 'the facilitator has paused the game',
    });
    expect(decideTyped(table, 'government', 'the first one', false)).toEqual({
      ok: false,
      problem: `"the first one": write a move's number, wait, or an event type`,
    });
    expect(decideTyped(table, 'government', '  two  words ', false)).toEqual({
      ok: false,
      problem: `"two  words": write a move's number, wait, or an event type`,
    });
    expect(decideTyped(table, 'government', '   ', false).ok).toBe(false);
    expect(decideTyped(table, 'government', ' wait ', false)).toMatchObject({
      ok: true,
      choice: { kind: 'wait' },
    });
    expect(decideTyped(table, 'government', 'surrender', false)).toEqual({
      ok: false,
      problem: '"surrender" is no move number and no event type',
    });
    expect(decideTyped(table, 'opposition', 'wait', false)).toEqual({
      ok: false,
      problem: "it is government's turn, not opposition's",
    });
    const taken = decideTyped(table, 'government', 'delegation_arrived', false);
    expect(taken.ok && taken.choice).toMatchObject({ kind: 'move', type: 'DELEGATION_ARRIVED' });
    expect(taken.ok && taken.game.decisions).toHaveLength(1);
  });
});

describe('a game at its ends', () => {
  it('starts with nothing decided, dropped or made by the facilitator', () => {
    expect(newGame(mustLoad(SMALL), ['opposition'])).toMatchObject({
      decisions: [],
      dropped: [],
      injected: [],
    });
  });

  it('offers no move once the record holds no more moves for the teams', () => {
    const over = playThrough(newGame(mustLoad(SMALL), ['opposition', 'government']));
    expect(currentTurn(over)).toBeNull();
    expect(turnMoves(over)).toEqual([]);
  });
});
