/** Playing a classroom game in tests: teams by name, decisions that must be accepted. */
import { join } from 'node:path';
import {
  currentTurn,
  decide,
  inject,
  injectableMoves,
  startGame,
  turnMoves,
  type Choice,
  type Game,
} from '../../src/engine/game.js';
import type { Run } from '../../src/engine/run.js';
import { teamsFor } from '../../src/engine/teams.js';
import { PACKAGE_ROOT } from '../../src/scenario/locations.js';
import type { Scenario } from '../../src/scenario/types.js';

export const SMALL = join(PACKAGE_ROOT, 'test/fixtures/class/small.yaml');

export function newGame(scenario: Scenario, words: string[], seed?: number): Game {
  const teams = teamsFor(scenario, words);
  if (!teams.ok) throw new Error(teams.problem);
  return startGame(scenario, teams.teams, seed);
}

/** The game after `team` decides; the test fails with the refusal otherwise. */
export function mustDecide(game: Game, team: string, choice: Choice): Game {
  const result = decide(game, team, choice);
  if (!result.ok) throw new Error(result.problem);
  return result.game;
}

/** The game after the facilitator makes the move of `type` it is offered happen; the test fails otherwise. */
export function mustInject(game: Game, type: string): Game {
  const offered = injectableMoves(game).find((m) => m.type === type);
  if (!offered) throw new Error(`no ${type} offered to the facilitator`);
  const result = inject(game, { kind: 'move', ...offered });
  if (!result.ok) throw new Error(result.problem);
  return result.game;
}

/** A move by `actor`, as a team would choose it. */
export const move = (actor: string, type: string, payload: Record<string, unknown> = {}): Choice =>
  ({ kind: 'move', actor, type, payload }) as Choice;

/** One line a step: what a teacher reads in the log. */
export const stepLines = (run: Run): string[] =>
  run.entries.map(
    ({ step: s }) => `${s.date} ${s.type} ${s.actor} ${s.origin} ${s.accepted} ${s.id}`,
  );

/** The `n`th decision of a test class: the team's first legal move, or a wait every `waitEvery`th turn. */
export function nextDecision(game: Game, n: number, waitEvery = 3): Game {
  const turn = currentTurn(game);
  if (!turn) throw new Error('the game is over');
  const [first] = turnMoves(game);
  const choice: Choice =
    first && n % waitEvery !== 0
      ? { kind: 'move', actor: first.actor, type: first.type, payload: first.payload }
      : { kind: 'wait' };
  return mustDecide(game, turn.team.name, choice);
}

/** Plays to the end, one `nextDecision` a turn. */
export function playThrough(game: Game, waitEvery = 3): Game {
  let current = game;
  for (let n = 1; currentTurn(current); n += 1) current = nextDecision(current, n, waitEvery);
  return current;
}
