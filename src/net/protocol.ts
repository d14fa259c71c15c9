/**
 * What the host and a team's `join` say to each other, one JSON object a line. Every message a
 * client sends is checked against these shapes before the host reads a field; text in them is
 * bounded and cleaned before it is shown.
 */
import { z } from 'zod';
import type { TeamView } from '../report/teamView.js';

/** The longest line the host reads from a client, in bytes; a move is a few words. */
export const CLIENT_LINE_LIMIT = 2048;
/** The longest line a client reads from the host: a long game's whole news. */
export const HOST_LINE_LIMIT = 4 * 1024 * 1024;

export const clientMessage = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('hello'), team: z.string().max(64), code: z.string().max(32) }),
  /** A decision as a team types it: a move's number, `wait`, or an event type. */
  z.strictObject({ t: z.literal('decide'), line: z.string().max(200) }),
]);
export type ClientMessage = z.infer<typeof clientMessage>;

export type HostMessage =
  | { readonly t: 'view'; readonly view: TeamView }
  /** The team's last decision, taken: its view came before this. */
  | { readonly t: 'taken' }
  /** The team's last decision, refused, and why; the game is as it was. */
  | { readonly t: 'refused'; readonly problem: string }
  /** The host ends the connection, and why. */
  | { readonly t: 'bye'; readonly reason: string };
