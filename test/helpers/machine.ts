/** The machine on its own, as the model tests drive it: events by role, played from a context. */
import { initialTransition, transition } from 'xstate';
import { createContext, type InitialContextOptions } from '../../src/model/context.js';
import type { Role } from '../../src/model/domain.js';
import { talksEvent, type TalksEvent } from '../../src/model/events.js';
import { talksMachine } from '../../src/model/talksMachine.js';
import type { ScriptEventType } from '../../src/model/vocabulary.js';

/** An event sent by the actor whose id is its role, on 1 February 2016. */
export const ev = (
  type: ScriptEventType,
  role: Role,
  payload: Record<string, unknown> = {},
): TalksEvent => talksEvent({ type, actor: role, role, date: '2016-02-01', payload });

/** The snapshot after `events`, from the initial context `options` describes. */
export function playFrom(options: InitialContextOptions, ...events: TalksEvent[]) {
  let [snapshot] = initialTransition(talksMachine, createContext(options));
  for (const event of events) [snapshot] = transition(talksMachine, snapshot, event);
  return snapshot;
}
