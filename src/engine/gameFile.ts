/**
 * A classroom game as a file: the what-if of its scenario (whatIfFile.ts), with its `teams:` and
 * each team's move marked `team:`. The file is the save: `parley class --resume` reads the
 * decisions back from it, and `parley replay` plays it to the game as played.
 */
import { saveAtomically, saveProblem } from '../files/saveFile.js';
import { whatIfText } from '../scenario/whatIfFile.js';
import type { Scenario } from '../scenario/types.js';
import {
  gameScenario,
  isInjected,
  insteadOf,
  type Decision,
  type Game,
  type Injection,
} from './game.js';
import { teamsFor } from './teams.js';

/** The file's text, to be written at `path` (its `extends` is relative to it). */
export function gameText(game: Game, path: string): string {
  const names = game.teams.map((t) => `${t.name} (${t.actor})`).join(', ');
  return whatIfText(
    game.scenario,
    gameScenario(game),
    'class',
    path,
    game.seed,
    `A classroom game of ${game.scenario.id} saved by parley class. Teams: ${names}.`,
  );
}

export type GameFromFile =
  | { readonly ok: true; readonly game: Game }
  | { readonly ok: false; readonly problem: string };

/**
 * The game `saved` holds, over `base` (the scenario it extends). The recorded moves of the teams'
 * actors that the file drops were decided: by the move it holds instead of each, or by waiting;
 * the other recorded events it drops, the facilitator dropped; its `injected-` events, the
 * facilitator made happen.
 * A file whose events are not those of a game (edited by hand) is refused.
 */
export function gameFromFile(saved: Scenario, base: Scenario): GameFromFile {
  const written = saved.teams;
  if (!written || !Object.keys(written).length)
    return { ok: false, problem: `${saved.id} is no classroom game: it has no teams:` };
  const teams = teamsFor(base, Object.values(written));
  if (!teams.ok) return teams;
  const named = Object.entries(written).map(([name, actor]) => ({ name, actor }));
  const kept = new Map(saved.events.map((e) => [e.id, e]));
  const decisions: Decision[] = [];
  const dropped: string[] = [];
  let decided = true;
  for (const event of base.events) {
    const team = named.find((t) => t.actor === event.actor);
    if (!team) {
      if (!kept.has(event.id)) dropped.push(event.id);
      continue;
    }
    if (kept.has(event.id)) decided = false;
    if (!decided) continue;
    const instead = kept.get(insteadOf(event.id));
    decisions.push({
      team: team.name,
      replaces: event.id,
      choice: instead
        ? { kind: 'move', actor: instead.actor, type: instead.type, payload: instead.payload }
        : { kind: 'wait' },
    });
  }
  const game: Game = {
    scenario: base,
    teams: named,
    seed: saved.seed,
    decisions,
    dropped,
    injected: injectionsIn(saved),
  };
  const ids = (s: Scenario): string => s.events.map((e) => e.id).join(' ');
  if (ids(gameScenario(game)) !== ids(saved))
    return {
      ok: false,
      problem: `${saved.id} has events a game of its teams would not: was it changed by hand?`,
    };
  return { ok: true, game };
}

/** The facilitator's moves in a saved game, each placed before the event that follows it there. */
function injectionsIn(saved: Scenario): Injection[] {
  return saved.events.flatMap((event, i) => {
    if (!isInjected(event.id)) return [];
    const next = saved.events.slice(i + 1).find((e) => !isInjected(e.id));
    const before = next ? next.id.replace(new RegExp(`^${insteadOf('')}`), '') : null;
    const { actor, type, payload } = event;
    return [
      { id: event.id, before, date: event.date, move: { kind: 'move', actor, type, payload } },
    ];
  });
}

/**
 * Writes the game at `path`, whole or not at all (saveFile.ts); the first save of a new game never
 * overwrites a file. Returns why it could not, or null once saved.
 */
export function saveGame(game: Game, path: string, overwrite: boolean): string | null {
  try {
    if (saveAtomically(path, gameText(game, path), overwrite) === 'exists')
      return `${path} exists: resume it with --resume ${path}, or save the new game with --save ANOTHER.yaml`;
    return null;
  } catch (error) {
    const problem = saveProblem(path, error);
    if (problem === null) throw error;
    return problem;
  }
}
