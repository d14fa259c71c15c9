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
      const { sendId } = action.params as { sendId: string };
      next = next.filter((t) => t.id !== sendId);
    } else if (action.type === 'xstate.raise') {
      const params = action.params as RaiseParams;
      if (params.delay === undefined) continue;
      const id = params.id ?? params.event.type;
      const timer = { id, due: fromMs(toMs(now) + params.delay), event: params.event, ...cause };
      next = [...next.filter((t) => t.id !== id), timer];
    }
  }
  return next;
}
