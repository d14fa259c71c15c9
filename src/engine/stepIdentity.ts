/**
 * The fields that name a step, in the order every JSON view of a step starts with them:
 * `replay --format json` writes them at the head of each step, `explain` at the head of each link
 * of a chain of causes. One builder, so the two views name a step the same way.
 */
import type { Step } from './step.js';

export type StepIdentity = Pick<
  Step,
  'index' | 'id' | 'date' | 'type' | 'actor' | 'origin' | 'recorded'
>;

/**
 * @example stepIdentity(step)
 * // { index: 0, id: 'talks-postponed', date: '2016-01-25', type: 'TALKS_DELAYED',
 * //   actor: 'de-mistura', origin: 'script', recorded: true }
 */
export function stepIdentity(step: Step): StepIdentity {
  return {
    index: step.index,
    id: step.id,
    date: step.date,
    type: step.type,
    actor: step.actor,
    origin: step.origin,
    recorded: step.recorded,
  };
}
