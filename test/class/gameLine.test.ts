/** A decision typed as a line (`TEAM N`, `TEAM wait`, `TEAM EVENT_TYPE`), as a headless class reads them. */
import { describe, expect, it } from 'vitest';
import { decide, gameRun, turnMoves, type Game } from '../../src/engine/game.js';
import { choiceOfLine } from '../../src/engine/gameLine.js';
import { SMALL, move, newGame, nextDecision, playThrough } from '../helpers/game.js';
import { mustLoad } from '../helpers/scenarios.js';

const small = mustLoad(SMALL);
const fresh = (): Game => newGame(small, ['opposition', 'government']);
const read = (game: Game, line: string) => choiceOfLine(game, gameRun(game), turnMoves(game), line);

describe('a decision typed as a line', () => {
  it('takes the Nth of the moves as they are listed, and says how many there are', () => {
    const game = fresh();
    const moves = turnMoves(game);
    expect(moves.length).toBeGreaterThan(1);
    const second = moves[1];
    if (!second) throw new Error('no second move');
    expect(read(game, '  government   2 ')).toEqual({
      ok: true,
      team: 'government',
      choice: { kind: 'move', actor: second.actor, type: second.type, payload: second.payload },
    });
    expect(read(game, 'government 1')).toMatchObject({
      ok: true,
      choice: { type: moves[0]?.type },
    });
    expect(read(game, 'government 0')).toEqual({
      ok: false,
      problem: `no move 0: the moves are numbered 1 to ${moves.length}`,
    });
    expect(read(game, `government ${moves.length + 1}`)).toEqual({
      ok: false,
      problem: `no move ${moves.length + 1}: the moves are numbered 1 to ${moves.length}`,
    });
  });

  it('reads wait and an event type in any case, a listed move with its listed payload', () => {
    const game = fresh();
    expect(read(game, 'government WAIT')).toEqual({
      ok: true,
      team: 'government',
      choice: { kind: 'wait' },
    });
    const listed = turnMoves(game).find((m) => m.type === 'DELEGATION_ARRIVED');
    expect(listed?.payload).toBeDefined();
    expect(read(game, 'government delegation_arrived')).toEqual({
      ok: true,
      team: 'government',
      choice: {
        kind: 'move',
        actor: 'gov',
        type: 'DELEGATION_ARRIVED',
        payload: listed?.payload,
      },
    });
  });

  it('builds a move the state refuses with its default payload, so the game says why it is refused', () => {
    const game = fresh();
    const line = read(game, 'government FORMAL_START_DECLARED');
    expect(line).toEqual({
      ok: true,
      team: 'government',
      choice: { kind: 'move', actor: 'gov', type: 'FORMAL_START_DECLARED', payload: {} },
    });
    if (!line.ok) throw new Error(line.problem);
    const refused = decide(game, 'government', line.choice);
    expect(!refused.ok && refused.problem).toMatch(/^FORMAL_START_DECLARED is refused now: /);
  });

  it('refuses a line of one word, of three, and a word that is no number and no event type', () => {
    const game = fresh();
    const format = 'write TEAM N, TEAM wait or TEAM EVENT_TYPE';
    expect(read(game, 'government')).toEqual({ ok: false, problem: `"government": ${format}` });
    expect(read(game, ' government 1 now ')).toEqual({
      ok: false,
      problem: `"government 1 now": ${format}`,
    });
    expect(read(game, '')).toEqual({ ok: false, problem: `"": ${format}` });
    expect(read(game, 'government 1a')).toEqual({
      ok: false,
      problem: '"1a" is no move number and no event type',
    });
    expect(read(game, 'government a1')).toEqual({
      ok: false,
      problem: '"a1" is no move number and no event type',
    });
    expect(read(game, 'government \u001b[2Jsurrender')).toEqual({
      ok: false,
      problem: '"surrender" is no move number and no event type',
    });
  });

  it('leaves an unknown team or an ended game to decide, which refuses either', () => {
    const game = fresh();
    const stranger = read(game, 'rebels FORMAL_START_DECLARED');
    expect(stranger).toEqual({ ok: true, team: 'rebels', choice: { kind: 'wait' } });
    if (!stranger.ok) throw new Error(stranger.problem);
    expect(decide(game, 'rebels', stranger.choice)).toEqual({
      ok: false,
      problem: 'no team "rebels": the teams are opposition, government',
    });
    const over = playThrough(game);
    const late = read(over, 'government FORMAL_START_DECLARED');
    expect(late).toEqual({ ok: true, team: 'government', choice: { kind: 'wait' } });
    if (!late.ok) throw new Error(late.problem);
    expect(decide(over, 'government', late.choice)).toEqual({
      ok: false,
      problem: 'the game is over: the record holds no more team moves',
    });
  });
});

describe("decide's refusals", () => {
  it("names the team that plays another team's actor, or the rules when none does", () => {
    const game = fresh();
    const protest = (actor: string) => decide(game, 'government', move(actor, 'PROTEST_HELD'));
    expect(protest('hnc')).toEqual({
      ok: false,
      problem: "government plays gov; hnc is team opposition's",
    });
    expect(protest('army')).toEqual({
      ok: false,
      problem: 'government plays gov; army is played by the rules',
    });
  });

  it('refuses a payload the vocabulary refuses, naming the event type', () => {
    const refused = decide(fresh(), 'government', move('gov', 'ENVOY_MET', { with: 42 }));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problem).toMatch(/^ENVOY_MET: /);
  });
});

describe('a move typed by its event type, not listed now', () => {
  it("gets the default payload of the turn's day and the game so far", () => {
    const game = nextDecision(fresh(), 1);
    // The opposition's turn is its arrival on 2 February: a threat would fall due three days on.
    expect(read(game, 'opposition WALKOUT_THREATENED')).toEqual({
      ok: true,
      team: 'opposition',
      choice: {
        kind: 'move',
        actor: 'hnc',
        type: 'WALKOUT_THREATENED',
        payload: {
          deadline: '2016-02-05',
          conditions: ['endAirStrikes', 'liftSieges', 'releaseDetainees', 'humanitarianAccess'],
        },
      },
    });
  });
});
