/**
 * A game in play: the game and its run, moved on one change at a time (a team's decision, the
 * facilitator's drop) and saved at each, so the hot-seat screen, the headless class and the host
 * all save and tell the news the same way.
 */
import { gameRun, newSteps, type Game } from './game.js';
import { saveGame } from './gameFile.js';
import type { Run } from './run.js';
import type { Step } from './step.js';

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
