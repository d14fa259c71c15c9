/**
 * `parley class FILE --teams a,b`: the classroom game in hot-seat. With a terminal, the screen
 * (ui/class/); without one, decisions read from standard input one a line and a log printed.
 * The game is saved after every decision (`--save`, or `--resume` to go on with a saved one).
 */
import { createInterface } from 'node:readline';
import {
  currentTurn,
  decide,
  gameRun,
  newSteps,
  startGame,
  turnMoves,
  type Game,
} from '../engine/game.js';
import { gameFromFile, saveGame } from '../engine/gameFile.js';
import { choiceOfLine } from '../engine/gameLine.js';
import { defaultCatalog } from '../engine/load.js';
import type { Run } from '../engine/run.js';
import { teamsFor } from '../engine/teams.js';
import {
  optionLines,
  regionLines,
  sourceLines,
  stepEffects,
  stepLine,
  turnLine,
} from '../report/gameText.js';
import { TERMINAL_WIDTH } from '../report/table.js';
import { fitLines, fitWidth } from '../text/fit.js';
import { clean } from '../text/sanitize.js';
import { commandLine, type Flags } from './args.js';
import { EXIT, out } from './io.js';
import { loadScenarios } from './scenarios.js';
import { UsageError, wholeNumberOption, writtenHere } from './usage.js';

/** The flags the command takes; `parley class --help` documents each (test/flags.test.ts). */
export const FLAGS = {
  teams: { type: 'string' },
  save: { type: 'string' },
  resume: { type: 'string' },
  seed: { type: 'string' },
} satisfies Flags;

interface Setup {
  readonly game: Game;
  /** Where the game is saved after each decision. */
  readonly path: string;
}

const savedHere = (path: string): string => writtenHere(path, `cannot save the game at ${path}`);

/** A new game, saved at once so its file is claimed, or a resumed one; null once the problem is printed. */
function setUp(args: string[]): Setup | null {
  const { values, positionals } = commandLine(args, FLAGS);
  if (values.resume !== undefined) {
    if (positionals.length || values.teams !== undefined || values.seed !== undefined)
      throw new UsageError(
        '--resume reads the scenario, the teams and the seed from the saved game: give no FILE, --teams or --seed',
      );
    const [saved] = loadScenarios([values.resume]) ?? [];
    const baseFile = saved?.extends[0];
    if (!saved || !baseFile) {
      if (saved) process.stderr.write(`${values.resume} is no game saved by parley class\n`);
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
    throw new UsageError('class takes exactly one scenario FILE (or --resume GAME.yaml)');
  if (values.teams === undefined)
    throw new UsageError('class needs --teams: the teams, each a role or an actor id');
  const seed = wholeNumberOption('seed', values.seed);
  const [scenario] = loadScenarios([file]) ?? [];
  if (!scenario) return null;
  const teams = teamsFor(scenario, values.teams.split(','));
  if (!teams.ok) throw new UsageError(teams.problem);
  const game = startGame(scenario, teams.teams, seed);
  const path = savedHere(values.save ?? `${scenario.id}-class.yaml`);
  const problem = saveGame(game, path, false);
  return problem ? refuse(problem) : { game, path };
}

function refuse(problem: string): null {
  process.stderr.write(`${clean(problem)}\n`);
  return null;
}

export async function classCommand(args: string[]): Promise<number> {
  const setup = setUp(args);
  if (!setup) return EXIT.invalid;
  if (!process.stdout.isTTY || !process.stdin.isTTY) return headless(setup);
  // As in `parley play`: a person is at this terminal, wherever it runs; draw live.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  const { startClass } = await import('../ui/class/startClass.js');
  await startClass(setup.game, setup.path, defaultCatalog());
  return EXIT.ok;
}

/** The news since `before`: a line a step, what it changed under it. */
function news(game: Game, before: Run, after: Run): string {
  const catalog = defaultCatalog();
  return newSteps(before, after)
    .flatMap((s) => [
      stepLine(game, s, TERMINAL_WIDTH),
      ...sourceLines(s, catalog, TERMINAL_WIDTH),
      ...stepEffects(game.scenario, s, TERMINAL_WIDTH),
    ])
    .map((l) => `${l}\n`)
    .join('');
}

/** Whose turn, and the moves the team may make; or the end, with how the talks stand. */
function prompt(game: Game, run: Run, path: string): string {
  const turn = currentTurn(game);
  if (!turn)
    return [
      'The game is over: the record holds no more moves for the teams.',
      ...regionLines(run),
      ...fitLines(`saved: \`parley replay ${path}\` replays it`, TERMINAL_WIDTH, 3),
      '',
    ].join('\n');
  const moves = turnMoves(game, run);
  return [
    turnLine(game, turn, TERMINAL_WIDTH),
    ...optionLines(game.scenario, moves, TERMINAL_WIDTH),
    `  or wait. Type: ${clean(turn.team.name)} N, ${clean(turn.team.name)} wait or ${clean(turn.team.name)} EVENT_TYPE`,
    '',
  ].join('\n');
}

/** Decisions from standard input, one a line; a bad line is answered and the game goes on. */
async function headless({ game: start, path }: Setup): Promise<number> {
  let game = start;
  let run = gameRun(game);
  const names = game.teams.map((t) => `${t.name} (${t.actor})`).join(', ');
  out(`${fitWidth(clean(game.scenario.title), TERMINAL_WIDTH)}\n`);
  out(`${fitWidth(`teams: ${clean(names)}; saving to ${path}`, TERMINAL_WIDTH)}\n`);
  out(news(game, { ...run, entries: [] }, run));
  out(prompt(game, run, path));
  if (!currentTurn(game)) return EXIT.ok;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const parsed = choiceOfLine(game, run, turnMoves(game, run), line);
    const result = parsed.ok ? decide(game, parsed.team, parsed.choice, run) : parsed;
    if (!result.ok) {
      // Wrapped, not cut: the reason is what the class needs to read.
      out(`${fitLines(`refused: ${clean(result.problem)}`, TERMINAL_WIDTH, 6).join('\n')}\n`);
      continue;
    }
    const problem = saveGame(result.game, path, true);
    if (problem) return refuse(problem) ?? EXIT.invalid;
    const next = gameRun(result.game);
    out(news(result.game, run, next));
    [game, run] = [result.game, next];
    out(prompt(game, run, path));
    if (!currentTurn(game)) break;
  }
  return EXIT.ok;
}
