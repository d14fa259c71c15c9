/**
 * The start of a classroom game, as `parley class` and `parley host` both take it: a scenario and
 * its teams for a new game (saved at once, so its file is claimed), or `--resume` of a saved one.
 */
import { startGame, type Game } from '../engine/game.js';
import { gameFromFile, saveGame } from '../engine/gameFile.js';
import { teamsFor } from '../engine/teams.js';
import { clean } from '../text/sanitize.js';
import type { Flags } from './args.js';
import { loadScenarios } from './scenarios.js';
import { UsageError, wholeNumberOption, writtenHere } from './usage.js';

/** The flags of a game's start; each command's help documents them (test/flags.test.ts). */
export const GAME_FLAGS = {
  teams: { type: 'string' },
  save: { type: 'string' },
  resume: { type: 'string' },
  seed: { type: 'string' },
} satisfies Flags;

/** Without --teams, the class plays the two delegations. */
const DELEGATIONS = 'opposition,government';

export interface Setup {
  readonly game: Game;
  /** Where the game is saved after each change. */
  readonly path: string;
}

interface GameValues {
  readonly teams?: string | undefined;
  readonly save?: string | undefined;
  readonly resume?: string | undefined;
  readonly seed?: string | undefined;
}

const savedHere = (path: string): string => writtenHere(path, `cannot save the game at ${path}`);

/** Prints `problem` for the class to read; null, as a failed set-up. */
export function refuse(problem: string): null {
  process.stderr.write(`${clean(problem)}\n`);
  return null;
}

/** A new game, or a resumed one; null once the problem is printed. */
export function setUpGame(
  command: string,
  values: GameValues,
  positionals: readonly string[],
): Setup | null {
  if (values.resume !== undefined) {
    if (positionals.length || values.teams !== undefined || values.seed !== undefined)
      throw new UsageError(
        '--resume reads the scenario, the teams and the seed from the saved game: give no FILE, --teams or --seed',
      );
    const [saved] = loadScenarios([values.resume]) ?? [];
    const baseFile = saved?.extends[0];
    if (!saved || !baseFile) {
      if (saved) process.stderr.write(`${values.resume} is no game saved by parley ${command}\n`);
      return null;
    }
    const [base] = loadScenarios([baseFile]) ?? [];
    if (!base) return null;
    const resumed = gameFromFile(saved, base);
    if (!resumed.ok) return refuse(resumed.problem);
    return { game: resumed.game, path: savedHere(values.save ?? values.resume) };
  }
  const [file, ...more] = positionals;
  if (file === undefined || more.length)
    throw new UsageError(`${command} takes exactly one scenario FILE (or --resume GAME.yaml)`);
  const seed = wholeNumberOption('seed', values.seed);
  const [scenario] = loadScenarios([file]) ?? [];
  if (!scenario) return null;
  const teams = teamsFor(scenario, (values.teams ?? DELEGATIONS).split(','));
  if (!teams.ok)
    throw new UsageError(
      values.teams === undefined ? `${teams.problem}: name the teams with --teams` : teams.problem,
    );
  const game = startGame(scenario, teams.teams, seed);
  const path = savedHere(values.save ?? `${scenario.id}-class.yaml`);
  const problem = saveGame(game, path, false);
  return problem ? refuse(problem) : { game, path };
}
