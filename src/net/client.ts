/**
 * A team's end of a hosted game (`parley join`): connects, says hello with the team's code, and
 * hands on what the host says, each message checked against the protocol's shapes first. Text in
 * them is the host's: the screens clean it before drawing it.
 */
import { connect, type Socket } from 'node:net';
import { z } from 'zod';
import { readLines, send } from './lines.js';
import { HOST_LINE_LIMIT, type ClientMessage, type HostMessage } from './protocol.js';

const lines = z.array(z.string().max(2000)).max(100_000);
const hostMessage = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('view'),
    view: z.object({
      team: z.string(),
      briefing: lines,
      regions: lines,
      news: lines,
      turn: z.string().max(2000),
      yours: z.boolean(),
      options: lines,
      meanings: lines,
      paused: z.boolean(),
      over: z.boolean(),
    }),
  }),
  z.object({ t: z.literal('taken') }),
  z.object({ t: z.literal('refused'), problem: z.string().max(4000) }),
  z.object({ t: z.literal('bye'), reason: z.string().max(4000) }),
]) satisfies z.ZodType<HostMessage>;

export interface Address {
  readonly host: string;
  readonly port: number;
}

/** `HOST:PORT` (an IPv6 address in brackets), or why it is none. */
export function parseAddress(text: string): Address | { readonly problem: string } {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:\s]+)):(\d{1,5})$/.exec(text.trim());
  const port = Number(match?.[3]);
  const host = match?.[1] ?? match?.[2];
  if (!match || !host || port < 1 || port > 65535)
    return {
      problem: `"${text}" is no address: write HOST:PORT as the host printed it, e.g. 192.168.1.20:7416`,
    };
  return { host, port };
}

/** Where a team joins, with which code, as which team: `parley join`'s command line. */
export interface Seat {
  readonly address: Address;
  readonly code: string;
  readonly team: string;
}

const CONNECT_WITHIN_MS = 10_000;
const ASK = '(is parley host running, and is this the address it printed?)';
const REACH_PROBLEMS: Readonly<Record<string, string>> = {
  ECONNREFUSED: `nothing listens there ${ASK}`,
  ECONNRESET: 'the host closed the connection',
  EHOSTUNREACH: 'no route to that machine: is this one on the classroom network?',
  ENETUNREACH: 'no network to reach it on: is this machine connected?',
  ENOTFOUND: 'no machine has that name',
};

export interface JoinHandlers {
  readonly message: (message: HostMessage) => void;
  /** The connection closed; `problem` when it failed or the host said something unreadable. */
  readonly closed: (problem: string | null) => void;
}

export interface Joined {
  /** Sends a decision as the team typed it. */
  decide(line: string): void;
  close(): void;
}

export function join({ address, team, code }: Seat, handlers: JoinHandlers): Joined {
  const socket: Socket = connect(address.port, address.host);
  const where = `${address.host}:${address.port}`;
  let problem: string | null = null;
  // A host that is gone may never answer; once joined, a team may think for as long as it likes.
  socket.setTimeout(CONNECT_WITHIN_MS, () => {
    problem = `cannot reach ${where}: no answer in ${CONNECT_WITHIN_MS / 1000} s ${ASK}`;
    socket.destroy();
  });
  socket.on('connect', () => {
    socket.setTimeout(0);
    send(socket, { t: 'hello', team, code } satisfies ClientMessage);
  });
  socket.on('error', (error: NodeJS.ErrnoException) => {
    problem = `cannot reach ${where}: ${REACH_PROBLEMS[error.code ?? ''] ?? error.code ?? error.message}`;
  });
  socket.on('close', () => handlers.closed(problem));
  readLines(socket, HOST_LINE_LIMIT, {
    message: (value) => {
      const parsed = hostMessage.safeParse(value);
      if (parsed.success) return handlers.message(parsed.data);
      problem = 'the host sent a message parley does not understand';
      socket.destroy();
    },
    oversized: () => {
      problem = 'the host sent a message too long';
      socket.destroy();
    },
  });
  return {
    decide: (line) => send(socket, { t: 'decide', line } satisfies ClientMessage),
    close: () => socket.end(),
  };
}
