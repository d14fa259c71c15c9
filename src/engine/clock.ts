/**
 * The simulated clock. Delayed transitions come out of XState's pure `transition` as
 * `xstate.raise` actions with a delay; the clock keeps them as timers due on a calendar date and
 * fires them when the script moves past that date. The wall clock is never read.
 */
import { fromMs, toMs } from '../model/dates.js';

export interface Timer {
  /** XState's id for the delayed event, used to cancel it. */
  readonly id: string;
  readonly due: string;
  readonly event: { readonly type: string };
  /** The actor whose move set the timer, and that move's id. */
  readonly actor: string;
  readonly setBy: string;
}

interface ActionLike {
  readonly type: string;
  readonly params?: unknown;
}

interface RaiseParams {
  readonly id?: string;
  readonly delay?: number;
  readonly event: { readonly type: string };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** The parameters of XState's `xstate.cancel`: the id of the delayed event it cancels. */
function sendIdOf(params: unknown): string {
  if (isObject(params) && typeof params.sendId === 'string') return params.sendId;
  throw new Error('parley engine: an xstate.cancel action without a sendId');
}

/** The parameters of XState's `xstate.raise`: the event, and for a delayed one its delay and id. */
function raiseOf(params: unknown): RaiseParams {
  const event = isObject(params) ? params.event : undefined;
  if (!isObject(params) || !isObject(event) || typeof event.type !== 'string')
    throw new Error('parley engine: an xstate.raise action without an event');
  const { id, delay } = params;
  return {
    event: { type: event.type },
    ...(typeof id === 'string' ? { id } : {}),
    ...(typeof delay === 'number' ? { delay } : {}),
  };
}

/** Timers after a transition's actions: delayed raises are added, cancels remove theirs. */
export function scheduleTimers(
  timers: readonly Timer[],
  actions: readonly ActionLike[],
  now: string,
  cause: { readonly actor: string; readonly setBy: string },
): readonly Timer[] {
  let next = timers;
  for (const action of actions) {
    if (action.type === 'xstate.cancel') {
      const sendId = sendIdOf(action.params);
      next = next.filter((t) => t.id !== sendId);
    } else if (action.type === 'xstate.raise') {
      const params = raiseOf(action.params);
      if (params.delay === undefined) continue;
      const id = params.id ?? params.event.type;
      const timer = { id, due: fromMs(toMs(now) + params.delay), event: params.event, ...cause };
      next = [...next.filter((t) => t.id !== id), timer];
    }
  }
  return next;
}
