/**
 * JSON lines over a socket, bounded: one message a line, parsed as data (JSON.parse, never
 * evaluated). A line longer than `limit` bytes ends the connection before it is held in memory.
 */
import type { Socket } from 'node:net';

export interface LineHandlers {
  /** A whole line: the parsed value, or `undefined` when it is no JSON. */
  readonly message: (value: unknown) => void;
  readonly oversized: () => void;
}

/** Calls `handlers` for each line `socket` receives. */
export function readLines(socket: Socket, limit: number, handlers: LineHandlers): void {
  let held = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    held += chunk;
    let end = held.indexOf('\n');
    while (end >= 0) {
      const line = held.slice(0, end);
      held = held.slice(end + 1);
      if (Buffer.byteLength(line) > limit) return handlers.oversized();
      if (line.trim()) handlers.message(parsed(line));
      if (socket.destroyed) return;
      end = held.indexOf('\n');
    }
    if (Buffer.byteLength(held) > limit) handlers.oversized();
  });
}

function parsed(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** Sends one message as a line; nothing once the socket is closing. */
export function send(socket: Socket, message: unknown): void {
  if (!socket.destroyed && socket.writable) socket.write(`${JSON.stringify(message)}\n`);
}
