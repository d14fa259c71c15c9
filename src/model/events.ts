/** The shape of events the machine receives, typed by the vocabulary's schema of each event type. */
import type { z } from 'zod';
import { addDays, RELATIVE_DAY } from './dates.js';
import type { Role } from './domain.js';
import type { ScriptEventType, VOCABULARY } from './vocabulary.js';

/** A payload as written in a scenario, before it is known to belong to an event type. */
export type Payload = Readonly<Record<string, unknown>>;

/** What an event of type `T` carries, as its schema in vocabulary.ts reads it. */
export type PayloadOf<T extends ScriptEventType> = Readonly<
  z.output<(typeof VOCABULARY)[T]['payload']>
>;

interface EventOf<T extends ScriptEventType> {
  readonly type: T;
  /** The scenario's actor id, e.g. `hnc`. */
  readonly actor: string;
  readonly role: Role;
  readonly date: string;
  readonly payload: PayloadOf<T>;
}

/** An actor's move, one member per event type: narrowing on `type` types the payload. */
export type TalksEvent = { [T in ScriptEventType]: EventOf<T> }[ScriptEventType];

/** The event XState raises itself when a delayed transition is due (a walkout deadline). */
export interface ClockEvent {
  readonly type: `xstate.after.${string}`;
}

/** Every event the machine receives: the actors' moves and the clock's. */
export type MachineEvent = TalksEvent | ClockEvent;

/** Whether an event type is one XState raises for a delayed transition. */
export const isClockEventType = (type: string): type is ClockEvent['type'] =>
  type.startsWith('xstate.after.');

/** A move as it reaches the machine. */
export interface MoveFields {
  readonly type: ScriptEventType;
  readonly actor: string;
  readonly role: Role;
  readonly date: string;
  readonly payload: Payload;
}

/**
 * A move as the machine's event. Every payload was checked against its type's schema before it
 * gets here: the events and rules of a scenario when it loads (`checkMove` in scenario/check.ts),
 * a move built from the schema (legalMoves.ts), a move typed in the player (`payloadProblem`).
 * Parsing again on every step would cost the simulations their speed, so the type rests on that
 * check, here and nowhere else.
 */
export function talksEvent(move: MoveFields): TalksEvent {
  const { type, actor, role, date, payload } = move;
  return { type, actor, role, date, payload } as TalksEvent;
}

/** Payload dates written `+Nd` (in policies) become real dates, N days after `date`. */
export function resolvePayload(payload: Payload, date: string): Payload {
  return Object.fromEntries(
    Object.entries(payload).map(([k, v]) => {
      const match = typeof v === 'string' ? RELATIVE_DAY.exec(v) : null;
      return [k, match ? addDays(date, Number(match[1])) : v];
    }),
  );
}
