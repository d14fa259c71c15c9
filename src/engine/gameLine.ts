/**
 * A decision typed as a line, as a headless `parley class` (and later a `join` without a
 * terminal) reads them: `TEAM N` (the Nth of the team's moves, as listed), `TEAM wait`, or
 * `TEAM EVENT_TYPE` (that move with its default payload, refused with the model's reason when the
 * state does not accept it).
 */
import { defaultPayload } from '../model/legalMoves.js';
import { SCRIPT_EVENT_TYPES, type ScriptEventType } from '../model/vocabulary.js';
import { clean } from '../text/sanitize.js';
import { currentTurn, type Choice, type Game } from './game.js';
import type { PreviewedMove } from './movePreview.js';
import { latestState, type Run } from './run.js';

export type LineResult =
  | { readonly ok: true; readonly team: string; readonly choice: Choice }
  | { readonly ok: false; readonly problem: string };

const LINE_FORMAT = 'TEAM N, TEAM wait or TEAM EVENT_TYPE';

const isEventType = (word: string): word is ScriptEventType =>
  (SCRIPT_EVENT_TYPES as readonly string[]).includes(word);

/**
 * The decision a line names, for the turn of `game` whose moves are `moves` (turnMoves).
 * @example choiceOfLine(game, run, moves, 'opposition 2') // { ok: true, team: 'opposition', choice: { kind: 'move', ... } }
 */
export function choiceOfLine(
  game: Game,
  run: Run,
  moves: readonly PreviewedMove[],
  line: string,
): LineResult {
  const words = line.trim().split(/\s+/);
  const [team, what, ...rest] = words;
  if (!team || !what || rest.length)
    return { ok: false, problem: `"${clean(line.trim())}": write ${LINE_FORMAT}` };
  if (what.toLowerCase() === 'wait') return { ok: true, team, choice: { kind: 'wait' } };
  if (/^\d+$/.test(what)) {
    const picked = moves[Number(what) - 1];
    if (!picked)
      return {
        ok: false,
        problem: `no move ${clean(what)}: the moves are numbered 1 to ${moves.length}`,
      };
    const { actor, type, payload } = picked;
    return { ok: true, team, choice: { kind: 'move', actor, type, payload } };
  }
  const type = what.toUpperCase();
  if (!isEventType(type))
    return { ok: false, problem: `"${clean(what)}" is no move number and no event type` };
  const listed = moves.find((m) => m.type === type);
  if (listed)
    return {
      ok: true,
      team,
      choice: { kind: 'move', actor: listed.actor, type, payload: listed.payload },
    };
  // Not among the legal moves: built with its default payload, so the game says why it is refused.
  const actor = game.teams.find((t) => t.name === team)?.actor;
  const mover = game.scenario.actors.find((a) => a.id === actor);
  const turn = currentTurn(game);
  // No such team, or the game is over: `decide` refuses either before it reads the choice.
  if (!mover || !turn) return { ok: true, team, choice: { kind: 'wait' } };
  const { machine } = latestState(run);
  const setting = { date: turn.date, context: machine.context, actors: game.scenario.actors };
  const payload = defaultPayload(type, mover, setting);
  return { ok: true, team, choice: { kind: 'move', actor: mover.id, type, payload } };
}
