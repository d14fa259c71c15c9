/**
 * The host of a classroom game over the network (`parley host`): a TCP server speaking JSON lines
 * (protocol.ts) that holds the one game, takes each team's decisions from that team's connection
 * only, saves the game after every change and sends every team its view.
 *
 * What a school network may send it is bounded: a few dozen connections, a hello within ten
 * seconds, lines of at most 2 KB checked against the protocol's shapes, a few malformed messages
 * before the door closes, and wrong codes answered slower each time from the same address.
 */
import { createServer, type Server, type Socket } from 'node:net';
import {
  currentTurn,
  decide,
  dropNext,
  inject,
  injectableMoves,
  type Choice,
  type Game,
} from '../engine/game.js';
import type { PreviewedMove } from '../engine/movePreview.js';
import { decideTyped, moveOn, tableOf, type Moved, type Table } from '../engine/gameTable.js';
import type { Step } from '../engine/step.js';
import type { Team } from '../engine/teams.js';
import { teamView } from '../report/teamView.js';
import type { Catalog } from '../scenario/catalog.js';
import { joinCode, sameCode } from './codes.js';
import { readLines, send } from './lines.js';
import { CLIENT_LINE_LIMIT, clientMessage, type HostMessage } from './protocol.js';

export const MAX_CLIENTS = 32;
const HELLO_WITHIN_MS = 10_000;
const STRIKES = 5;
/** Wrong codes from one address: each answer waits twice as long, up to this. */
const SLOWEST_ANSWER_MS = 5_000;
const LOCKED_AFTER = 10;
const LOCKED_FOR_MS = 60_000;

export interface HostOptions {
  readonly game: Game;
  /** Where the game is saved after every change. */
  readonly path: string;
  readonly catalog: Catalog;
  readonly port: number;
  readonly bind: string;
  /** How long a connection may stay without saying hello (default ten seconds). */
  readonly helloWithinMs?: number;
}

/** What the facilitator sees: the game, and who is at the table. */
export interface HostState {
  readonly table: Table;
  readonly paused: boolean;
  readonly ended: boolean;
  /** The teams joined now, by name. */
  readonly joined: ReadonlySet<string>;
}

/** Something that happened, for the facilitator's log: news of the game, or of the room. */
export type HostEvent =
  | { readonly kind: 'news'; readonly steps: readonly Step[]; readonly by: string }
  | { readonly kind: 'room'; readonly line: string };

export interface Host {
  readonly port: number;
  /** Each team's join code, by team name. */
  readonly codes: ReadonlyMap<string, string>;
  state(): HostState;
  /** Calls `listener` after every change; returns the call that stops it. */
  subscribe(listener: (event: HostEvent) => void): () => void;
  setPaused(paused: boolean): void;
  /** The facilitator moves the clock on: the team whose turn it is waits. Null, or why not. */
  waitForTeam(): string | null;
  /** The facilitator drops the next recorded event of an actor no team plays. Null, or why not. */
  dropNextEvent(): string | null;
  /** The moves the facilitator may make happen now, for the actors no team plays. */
  injectable(): PreviewedMove[];
  /** The facilitator makes `move` happen before the team whose turn it is decides. Null, or why not. */
  injectMove(move: Extract<Choice, { kind: 'move' }>): string | null;
  /** Tells every team `reason` and closes the server; the saved game stays. */
  end(reason: string): Promise<void>;
}

interface Seat {
  readonly socket: Socket;
  team: Team | null;
  strikes: number;
  /** Answered for the last time: what it sends after is not read. */
  gone: boolean;
}

export async function startHost(options: HostOptions): Promise<Host> {
  const { catalog, path } = options;
  let table = tableOf(options.game);
  let paused = false;
  let ended = false;
  const codes = new Map(table.game.teams.map((t) => [t.name, joinCode()]));
  const seats = new Set<Seat>();
  const joined = new Map<string, Seat>();
  const failures = new Map<string, { count: number; last: number }>();
  const listeners = new Set<(event: HostEvent) => void>();

  const tell = (event: HostEvent): void => {
    for (const listener of listeners) listener(event);
  };
  const room = (line: string): void => tell({ kind: 'room', line });
  const viewFor = (team: Team): HostMessage => ({
    t: 'view',
    view: teamView(table, team, catalog, paused),
  });
  const broadcast = (): void => {
    for (const [, seat] of joined) if (seat.team) send(seat.socket, viewFor(seat.team));
  };
  const leave = (seat: Seat, reason: string): void => {
    seat.gone = true;
    send(seat.socket, { t: 'bye', reason } satisfies HostMessage);
    seat.socket.end();
    // A client that never closes its side is closed for it.
    setTimeout(() => seat.socket.destroy(), 1000).unref();
  };

  /** The game after `next`, saved first: a change the host cannot save is not made. */
  const change = (next: Game, by: string): string | null => {
    const moved: Moved = moveOn(table, next, path);
    if (moved.saveProblem)
      return `the host could not save the game, so nothing changed: ${moved.saveProblem}`;
    table = moved.table;
    tell({ kind: 'news', steps: moved.news, by });
    broadcast();
    return null;
  };

  const decideFor = (seat: Seat, team: Team, line: string): void => {
    const refuse = (problem: string): void => {
      send(seat.socket, { t: 'refused', problem } satisfies HostMessage);
      room(`team ${team.name}: refused: ${problem}`);
    };
    if (ended) {
      refuse('the game has ended');
      return;
    }
    const result = decideTyped(table, team.name, line, paused);
    if (!result.ok) {
      refuse(result.problem);
      return;
    }
    if (result.choice.kind === 'wait') room(`team ${team.name} waits: its recorded move passes`);
    const problem = change(result.game, `team ${team.name}`);
    if (problem) refuse(problem);
    else send(seat.socket, { t: 'taken' } satisfies HostMessage);
  };

  const wrongCode = (seat: Seat): void => {
    seat.gone = true;
    const address = seat.socket.remoteAddress ?? '';
    const now = Date.now();
    const before = failures.get(address);
    const count = before && now - before.last < LOCKED_FOR_MS ? before.count + 1 : 1;
    failures.set(address, { count, last: now });
    room(`a wrong code or team from ${address} (${count} in a row)`);
    const wait = Math.min(SLOWEST_ANSWER_MS, 200 * 2 ** (count - 1));
    setTimeout(
      () => leave(seat, "wrong code or team: ask the facilitator for your team's code"),
      wait,
    ).unref();
  };

  const hello = (seat: Seat, name: string, code: string): void => {
    const address = seat.socket.remoteAddress ?? '';
    const failed = failures.get(address);
    if (failed && failed.count >= LOCKED_AFTER && Date.now() - failed.last < LOCKED_FOR_MS) {
      leave(
        seat,
        'too many wrong codes from this address: wait a minute, then ask the facilitator',
      );
      return;
    }
    const team = table.game.teams.find((t) => t.name === name);
    const expected = team && codes.get(team.name);
    if (!team || !expected || !sameCode(expected, code)) {
      wrongCode(seat);
      return;
    }
    failures.delete(address);
    const before = joined.get(team.name);
    if (before) leave(before, 'your team joined again from another terminal');
    seat.team = team;
    joined.set(team.name, seat);
    seat.socket.setTimeout(0);
    room(`team ${team.name} joined${before ? ' again' : ''} from ${address}`);
    send(seat.socket, viewFor(team));
  };

  const message = (seat: Seat, value: unknown): void => {
    if (seat.gone) return;
    const parsed = clientMessage.safeParse(value);
    if (!parsed.success) {
      seat.strikes += 1;
      if (seat.strikes >= STRIKES) leave(seat, 'too many messages parley does not understand');
      else
        send(seat.socket, {
          t: 'refused',
          problem: 'a message parley does not understand',
        } satisfies HostMessage);
      return;
    }
    const m = parsed.data;
    if (m.t === 'hello') {
      if (seat.team) leave(seat, 'this connection has joined already');
      else hello(seat, m.team, m.code);
      return;
    }
    if (!seat.team) {
      leave(seat, 'join first: the first message names the team and its code');
      return;
    }
    decideFor(seat, seat.team, m.line);
  };

  const server: Server = createServer((socket) => {
    const seat: Seat = { socket, team: null, strikes: 0, gone: false };
    seats.add(seat);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      seats.delete(seat);
      if (seat.team && joined.get(seat.team.name) === seat) {
        joined.delete(seat.team.name);
        room(`team ${seat.team.name} left; it can join again with its code`);
      }
    });
    if (ended) {
      leave(seat, 'the game has ended');
      return;
    }
    socket.setTimeout(options.helloWithinMs ?? HELLO_WITHIN_MS, () =>
      leave(seat, 'no hello in time: the first message names the team and its code'),
    );
    readLines(socket, CLIENT_LINE_LIMIT, {
      message: (value) => message(seat, value),
      oversized: () => leave(seat, 'a message too long'),
    });
  });
  server.maxConnections = MAX_CLIENTS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.bind, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  const host: Host = {
    port,
    codes,
    state: () => ({ table, paused, ended, joined: new Set(joined.keys()) }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setPaused(on) {
      if (paused === on || ended) return;
      paused = on;
      room(on ? 'the facilitator paused the game' : 'the facilitator resumed the game');
      broadcast();
    },
    waitForTeam() {
      const turn = currentTurn(table.game);
      if (!turn) return 'the game is over';
      const wait: Choice = { kind: 'wait' };
      const result = decide(table.game, turn.team.name, wait, table.run);
      return result.ok
        ? change(result.game, `the facilitator, for ${turn.team.name}`)
        : result.problem;
    },
    dropNextEvent() {
      const result = dropNext(table.game);
      if (!result.ok) return result.problem;
      room(
        `the facilitator dropped ${result.event.date} ${result.event.actor} ${result.event.type}`,
      );
      return change(result.game, 'the facilitator');
    },
    injectable: () => injectableMoves(table.game, table.run),
    injectMove(move) {
      const result = inject(table.game, move, table.run);
      if (!result.ok) return result.problem;
      room(`the facilitator made ${move.actor} ${move.type} happen`);
      return change(result.game, 'the facilitator');
    },
    async end(reason) {
      if (!ended) {
        ended = true;
        for (const seat of seats) leave(seat, reason);
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return host;
}
