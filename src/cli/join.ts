/**
 * `parley join HOST:PORT --code CODE --as TEAM`: a team's seat in a hosted game. With a terminal,
 * the team's screen (ui/class/); without one, its moves from standard input, one a line (a move's
 * number, `wait`, or an event type), each sent at the team's turn, and what happens printed; it
 * exits 0 at the end of its input or of the game.
 */
import { createInterface } from 'node:readline';
import { join, parseAddress, type Seat } from '../net/client.js';
import type { HostMessage } from '../net/protocol.js';
import type { TeamView } from '../report/teamView.js';
import { clean } from '../text/sanitize.js';
import { commandLine, type Flags } from './args.js';
import { EXIT, out } from './io.js';
import { UsageError } from './usage.js';

/** The flags the command takes; `parley join --help` documents each (test/flags.test.ts). */
export const FLAGS = {
  code: { type: 'string' },
  as: { type: 'string' },
} satisfies Flags;

function seatOf(args: string[]): Seat {
  const { values, positionals } = commandLine(args, FLAGS);
  const [where, ...more] = positionals;
  if (where === undefined || more.length)
    throw new UsageError("join takes the host's address, HOST:PORT, as the host printed it");
  const address = parseAddress(where);
  if ('problem' in address) throw new UsageError(address.problem);
  if (!values.code)
    throw new UsageError("join needs --code: the team's code, as the host printed it");
  if (!values.as) throw new UsageError('join needs --as: the team, as the host printed it');
  return { address, code: values.code, team: values.as };
}

export async function joinCommand(args: string[]): Promise<number> {
  const seat = seatOf(args);
  if (process.stdout.isTTY && process.stdin.isTTY) {
    delete process.env.CI;
    delete process.env.CONTINUOUS_INTEGRATION;
    const { startJoinScreen } = await import('../ui/class/startJoinScreen.js');
    const problem = await startJoinScreen(seat);
    if (problem) process.stderr.write(`parley join: ${clean(problem)}\n`);
    return problem ? EXIT.invalid : EXIT.ok;
  }
  return headless(seat);
}

const printed = (lines: readonly string[]): void => {
  if (lines.length) out(lines.map((l) => `${clean(l)}\n`).join(''));
};

/** The team's moves from standard input, each sent when it is the team's turn. */
function headless(seat: Seat): Promise<number> {
  return new Promise((resolve) => {
    const queue: string[] = [];
    let inputDone = false;
    let pending = false;
    let view: TeamView | null = null;
    let newsShown = 0;
    let lastTurn = '';
    let lastPaused = false;
    let goodbye: string | null = null;

    const pump = (): void => {
      if (!view) return;
      if (view.over) {
        connection.close();
        return;
      }
      if (view.yours && !view.paused && !pending && queue.length) {
        const line = queue.shift() ?? '';
        out(`> ${clean(line)}\n`);
        pending = true;
        connection.decide(line);
        return;
      }
      if (inputDone && !queue.length && !pending) connection.close();
    };

    const shown = (next: TeamView): void => {
      if (!view) printed([...next.briefing, '']);
      printed(next.news.slice(newsShown));
      newsShown = next.news.length;
      if (next.paused !== lastPaused)
        printed([next.paused ? '(the facilitator paused the game)' : '(the game goes on)']);
      lastPaused = next.paused;
      if (next.turn !== lastTurn || next.yours) {
        const turn = next.yours ? `${next.turn}: a number, wait, or an event type` : next.turn;
        printed([turn, ...(next.over ? next.regions : next.options)]);
        lastTurn = next.turn;
      }
      view = next;
    };

    const message = (m: HostMessage): void => {
      if (m.t === 'view') shown(m.view);
      else if (m.t === 'taken') pending = false;
      else if (m.t === 'refused') {
        printed([`refused: ${m.problem}`]);
        pending = false;
      } else goodbye = m.reason;
      pump();
    };

    const connection = join(seat, {
      message,
      closed: (problem) => {
        lines.close();
        if (goodbye && view) printed([`the host: ${goodbye}`]);
        const failure = problem ?? (view ? null : (goodbye ?? 'the host closed the connection'));
        if (failure) process.stderr.write(`parley join: ${clean(failure)}\n`);
        resolve(failure ? EXIT.invalid : EXIT.ok);
      },
    });
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    lines.on('line', (line) => {
      if (line.trim()) queue.push(line.trim());
      pump();
    });
    lines.on('close', () => {
      inputDone = true;
      pump();
    });
  });
}
