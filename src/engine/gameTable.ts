/**
 * A game in play: the game and its run, moved on one change at a time (a team's decision, the
 * facilitator's drop or move) and saved at each, so the hot-seat screen, the headless class and the host
 * all save and tell the news the same way.
 */
import { decide, gameRun, newSteps, turnMoves, type Choice, type Game } from './game.js';
import { choiceOfLine } from './gameLine.js';
import { saveGame } from './gameFile.js';
import type { Run } from './run.js';
import type { Step } from './step.js';
import { clean } from '../text/sanitize.js';

export interface Table {
  readonly game: Game;
  readonly run: Run;
}

export interface Moved {
  readonly table: Table;
  /** The steps the change brought: the news. */
  readonly news: readonly Step[];
  /** Why the save failed, or null once saved. */
  readonly saveProblem: string | null;
}

export const tableOf = (game: Game): Table => ({ game, run: gameRun(game) });

/** The table after the game became `next`, saved at `path` first so no change is lost. */
export function moveOn(table: Table, next: Game, path: string): Moved {
  const saveProblem = saveGame(next, path, true);
  const run = gameRun(next);
  return { table: { game: next, run }, news: newSteps(table.run, run), saveProblem };
}

export type Typed =
  | { readonly ok: true; readonly game: Game; readonly choice: Choice }
  | { readonly ok: false; readonly problem: string };

/**
 * A team's decision as it typed it at its own terminal: one word (a move's number, `wait`, or an
 * event type), taken only while the game runs and at the team's turn (`decide` says the rest).
 */
export function decideTyped(table: Table, team: string, typed: string, paused: boolean): Typed {
  if (paused) return { ok: false, problem: 'the facilitator has paused the game' };
  const words = typed.trim().split(/\s+/);
  const [word] = words;
  if (words.length !== 1 || !word)
    return {
      ok: false,
      problem: `"${clean(typed.trim())}": write a move's number, wait, or an event type`,
    };
  const { game, run } = table;
  const parsed = choiceOfLine(game, run, turnMoves(game, run), `${team} ${word}`);
  if (!parsed.ok) return parsed;
  const result = decide(game, team, parsed.choice, run);
  return result.ok ? { ...result, choice: parsed.choice } : result;
}
