/** Why the machine refused an event: data for the transcript and the UI, never an exception. */
import { getNextTransitions, type AnyMachineSnapshot } from 'xstate';
import { REGIONS } from './domain.js';
import type { GuardName } from './guards.js';
import { statePaths } from './paths.js';

export interface Refusal {
  /** `state`: no active state takes this event; `guard`: one does, but a rule forbids it now. */
  readonly code: 'state' | 'guard';
  readonly guards: readonly string[];
  readonly message: string;
}

/** Each rule said as a sentence a student can read. */
export const GUARD_MEANINGS: Record<GuardName, string> = {
  isFromOpposition: 'only the opposition delegation can make this move',
  isFromGovernment: 'only the government delegation can make this move',
  areBothDelegationsPresent: 'both delegations must be present',
  isProcessHalted: 'the talks are suspended, collapsed or concluded',
  isADelegationAbsent: 'a delegation has left',
  isFaceToFaceAccepted:
    'the opposition must accept face-to-face sessions, and the government not refuse them',
  areWalkoutConditionsUnmet: 'the walkout conditions are still unmet',
};

/**
 * A transition's guard by its name in `setup`: the machine names every guard and gives none
 * parameters, so a guard is its name, or there is none.
 * @example guardName('isFromOpposition') === 'isFromOpposition'
 */
export const guardName = (guard: unknown): string | null =>
  typeof guard === 'string' ? guard : null;

/**
 * The guards of transitions for `type` from the active states and their ancestors, or null when
 * no active state takes `type`. XState lists each region's leaf before its ancestors; the guards
 * come out in that order, each once.
 */
function guardsFor(snapshot: AnyMachineSnapshot, type: string): string[] | null {
  const transitions = getNextTransitions(snapshot).filter((t) => t.eventType === type);
  if (!transitions.length) return null;
  return [...new Set(transitions.map((t) => guardName(t.guard)).filter((name) => name !== null))];
}

export function explainRefusal(
  snapshot: AnyMachineSnapshot,
  event: { readonly type: string },
): Refusal {
  const guards = guardsFor(snapshot, event.type);
  if (guards) {
    const rules = guards.map((g) => GUARD_MEANINGS[g as GuardName] ?? g);
    // Every transition left is guarded: an unguarded one would have taken the event.
    return { code: 'guard', guards, message: rules.join('; ') };
  }
  const paths = statePaths(snapshot.value);
  const where = REGIONS.map((r) => `${r} ${paths[r]}`).join(', ');
  return { code: 'state', guards: [], message: `not accepted while ${where}` };
}
