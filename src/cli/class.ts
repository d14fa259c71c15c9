/**
 * `parley class FILE --teams a,b`: the classroom game in hot-seat. With a terminal, the screen
 * (ui/class/); without one, decisions read from standard input one a line and a log printed.
 * The game is saved after every decision (`--save`, or `--resume` to go on with a saved one).
 */
import { createInterface } from 'node:readline';
import { currentTurn, decide, newSteps, turnMoves, type Game } from '../engine/game.js';
import { moveOn, tableOf } from '../engine/gameTable.js';
import { choiceOfLine } from '../engine/gameLine.js';
import { defaultCatalog } from '../engine/load.js';
import type { Run } from '../engine/run.js';
import { newsLines, optionLines, regionLines, turnLine } from '../report/gameText.js';
import { TERMINAL_WIDTH } from '../report/table.js';
import { fitLines, fitWidth } from '../text/fit.js';
import { clean } from '../text/sanitize.js';
import { commandLine } from './args.js';
import { GAME_FLAGS, refuse, setUpGame, type Setup } from './gameSetup.js';
import { EXIT, out } from './io.js';

/** The flags the command takes; `parley class --help` documents each (test/flags.test.ts). */
export const FLAGS = GAME_FLAGS;

export async function classCommand(args: string[]): Promise<number> {
  const { values, positionals } = commandLine(args, FLAGS);
  const setup = setUpGame('class', values, positionals);
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
    .flatMap((s) => newsLines(game, s, catalog, TERMINAL_WIDTH))
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
  let { game, run } = tableOf(start);
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
    const moved = moveOn({ game, run }, result.game, path);
    if (moved.saveProblem) return refuse(moved.saveProblem) ?? EXIT.invalid;
    out(news(result.game, run, moved.table.run));
    ({ game, run } = moved.table);
    out(prompt(game, run, path));
    if (!currentTurn(game)) break;
  }
  return EXIT.ok;
}
