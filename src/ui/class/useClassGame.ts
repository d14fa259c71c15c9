/**
 * The hot-seat screen's game between key presses: the game, its run, the turn's moves and what
 * the last decision brought. A decision goes through the game's rules (engine/game.ts) and is
 * saved at once; a refusal or a failed save is shown on the screen.
 */
import { useRef, useState } from 'react';
import { currentTurn, decide, turnMoves, type Choice, type Game } from '../../engine/game.js';
import { moveOn, tableOf, type Table } from '../../engine/gameTable.js';
import type { PreviewedMove } from '../../engine/movePreview.js';
import type { Run } from '../../engine/run.js';
import type { Step } from '../../engine/step.js';

export interface ClassView {
  readonly game: Game;
  readonly run: Run;
  readonly moves: readonly PreviewedMove[];
  /** The steps so far, the last decision's last. */
  readonly steps: readonly Step[];
  /** How many of `steps` the last decision brought. */
  readonly fresh: number;
  readonly message: string | null;
}

function viewOf({ game, run }: Table, fresh: number | null, message: string | null): ClassView {
  const steps = run.entries.map((e) => e.step);
  return { game, run, moves: turnMoves(game, run), steps, fresh: fresh ?? steps.length, message };
}

/** The game, and `choose`: the decision of the team whose turn it is (hot-seat: one keyboard). */
export function useClassGame(start: Game, path: string) {
  const [view, setShown] = useState<ClassView>(() =>
    viewOf(tableOf(start), null, `saving to ${path}`),
  );
  // Read on each key, not the rendered view: keys typed ahead can arrive before a re-render.
  const latest = useRef(view);
  const setView = (next: ClassView): void => {
    latest.current = next;
    setShown(next);
  };
  const choose = (choice: Choice): void => {
    const now = latest.current;
    const turn = currentTurn(now.game);
    if (!turn) return;
    const result = decide(now.game, turn.team.name, choice, now.run);
    if (!result.ok) {
      setView({ ...now, message: result.problem });
      return;
    }
    const moved = moveOn(now, result.game, path);
    setView(viewOf(moved.table, moved.news.length, moved.saveProblem ?? `saved to ${path}`));
  };
  return { view, choose };
}
