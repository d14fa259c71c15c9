/**
 * Why a step happened, as far as the run knows: a rule's move goes back to the step that set the
 * rule off, a deadline to the threat that set it, and so on until a step of the scenario itself.
 */
import type { Entry, Step } from './step.js';
import { invariant } from '../model/invariant.js';

/**
 * The step at `index` and the steps that caused it, nearest first; the last is a scenario event.
 * @example causeChain(run.entries, walkout.index).map((s) => s.id) // ['hnc-threat.deadline', 'threat-under-offensive@14', 'aleppo-offensive']
 */
export function causeChain(entries: readonly Entry[], index: number): Step[] {
  const chain: Step[] = [];
  let at = index;
  while (at >= 0) {
    const step = invariant(entries[at], 'a cause is a step of the same run').step;
    chain.push(step);
    const cause = step.cause;
    if (!cause) break;
    // Ids of deadlines repeat when a threat is renewed: the cause is the latest step before this one.
    at -= 1;
    while (at >= 0 && entries[at]?.step.id !== cause.step) at -= 1;
  }
  return chain;
}
