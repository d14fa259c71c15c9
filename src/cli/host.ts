/**
 * `parley host FILE --teams a,b`: the classroom game over the network. Prints, for each team, the
 * `parley join` line to run in its own terminal; then, with a terminal, the facilitator's screen
 * (ui/class/), and without one a log of the game until it ends. The game is saved after every
 * change, as `parley class` saves it, so `--resume` picks it up after a crash.
 */
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import { currentTurn } from '../engine/game.js';
import { defaultCatalog } from '../engine/load.js';
import { newsLines, regionLines } from '../report/gameText.js';
import { TERMINAL_WIDTH } from '../report/table.js';
import type { Catalog } from '../scenario/catalog.js';
import { startHost, type Host, type HostEvent } from '../net/host.js';
import { fitLines, fitWidth } from '../text/fit.js';
import { clean } from '../text/sanitize.js';
import { commandLine, type Flags } from './args.js';
import { GAME_FLAGS, refuse, setUpGame } from './gameSetup.js';
import { EXIT, out } from './io.js';
import { UsageError, wholeNumberOption } from './usage.js';

/** The flags the command takes; `parley host --help` documents each (test/flags.test.ts). */
export const FLAGS = {
  ...GAME_FLAGS,
  port: { type: 'string' },
  bind: { type: 'string' },
} satisfies Flags;

export const DEFAULT_PORT = 7416;

/** The addresses teams can reach this machine at: the bound one, or each network's own. */
export function joinAddresses(bind: string): string[] {
  if (bind !== '0.0.0.0' && bind !== '::') return [bind];
  const own = Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => i.address);
  return own.length ? own : ['127.0.0.1'];
}

const withPort = (address: string, port: number): string =>
  `${address.includes(':') ? `[${address}]` : address}:${port}`;

/** What the facilitator reads out or projects: each team's join line. */
export function joinLines(host: Host, bind: string): string[] {
  const [first = '127.0.0.1', ...others] = joinAddresses(bind);
  return [
    'Each team joins from its own terminal:',
    ...[...host.codes].map(
      ([team, code]) => `  parley join ${withPort(first, host.port)} --code ${code} --as ${team}`,
    ),
    ...(others.length ? [`(this machine is also at ${others.join(', ')})`] : []),
  ];
}

/** A log line for each thing the host tells. */
function logLines(host: Host, event: HostEvent, catalog: Catalog): string[] {
  if (event.kind === 'room') return [fitWidth(`- ${clean(event.line)}`, TERMINAL_WIDTH)];
  const { game } = host.state().table;
  return event.steps.flatMap((s) => newsLines(game, s, catalog, TERMINAL_WIDTH));
}

function listenProblem(error: NodeJS.ErrnoException, bind: string, port: number): string {
  if (error.code === 'EADDRINUSE') return `port ${port} is in use: choose another with --port`;
  if (error.code === 'EADDRNOTAVAIL') return `${bind} is no address of this machine: see --bind`;
  if (error.code === 'EACCES') return `port ${port} needs more rights: choose one above 1024`;
  return `cannot listen on ${withPort(bind, port)}: ${error.code ?? error.message}`;
}

export async function hostCommand(args: string[]): Promise<number> {
  const { values, positionals } = commandLine(args, FLAGS);
  const port = wholeNumberOption('port', values.port, 0, 65535) ?? DEFAULT_PORT;
  const bind = values.bind ?? '0.0.0.0';
  if (!isIP(bind))
    throw new UsageError(`--bind takes an IP address of this machine, not "${bind}"`);
  const setup = setUpGame('host', values, positionals);
  if (!setup) return EXIT.invalid;
  const catalog = defaultCatalog();
  let host: Host;
  try {
    host = await startHost({ game: setup.game, path: setup.path, catalog, port, bind });
  } catch (error) {
    return refuse(listenProblem(error as NodeJS.ErrnoException, bind, port)) ?? EXIT.invalid;
  }
  const heading = [
    fitWidth(clean(setup.game.scenario.title), TERMINAL_WIDTH),
    ...fitLines(
      `hosting on ${withPort(bind, host.port)}; saving to ${setup.path}`,
      TERMINAL_WIDTH,
      3,
    ),
    ...joinLines(host, bind),
  ];
  if (process.stdout.isTTY && process.stdin.isTTY) {
    delete process.env.CI;
    delete process.env.CONTINUOUS_INTEGRATION;
    const { startHostScreen } = await import('../ui/class/startHostScreen.js');
    await startHostScreen(host, heading, `${setup.path.replace(/\.ya?ml$/i, '')}.md`, catalog);
    await host.end('the facilitator ended the game; it is saved');
    return EXIT.ok;
  }
  return headless(host, heading, setup.path, catalog);
}

/** The log of the game until it ends, or until the host is stopped (Ctrl-C): the game is saved. */
async function headless(
  host: Host,
  heading: string[],
  path: string,
  catalog: Catalog,
): Promise<number> {
  out(`${heading.join('\n')}\n`);
  const { table } = host.state();
  out(
    table.run.entries
      .flatMap((e) => newsLines(table.game, e.step, catalog, TERMINAL_WIDTH))
      .map((l) => `${l}\n`)
      .join(''),
  );
  const over = (): boolean => currentTurn(host.state().table.game) === null;
  await new Promise<void>((resolve) => {
    if (over()) return resolve();
    const stop = (): void => {
      out(`- stopped; the game is saved: \`parley host --resume ${path}\` goes on with it\n`);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    host.subscribe((event) => {
      out(
        logLines(host, event, catalog)
          .map((l) => `${l}\n`)
          .join(''),
      );
      if (event.kind === 'news' && over()) resolve();
    });
  });
  if (over())
    out(
      [
        'The game is over: the record holds no more moves for the teams.',
        ...regionLines(host.state().table.run),
        ...fitLines(`saved: \`parley replay ${path}\` replays it`, TERMINAL_WIDTH, 3),
        '',
      ].join('\n'),
    );
  await host.end(over() ? 'the game is over' : 'the host stopped; the game is saved');
  return EXIT.ok;
}
