/** The process rules, as named predicates over the machine's context, event and state. */
import { and, not, or, stateIn } from 'xstate';
import type { TalksContext } from './context.js';
import { unmetConditions } from './context.js';
import type { MachineEvent } from './events.js';

interface GuardArgs {
  readonly context: TalksContext;
  readonly event: MachineEvent;
}

const roleOf = (event: GuardArgs['event']): string | undefined =>
  'role' in event ? event.role : undefined;

const isOppositionPresent = or([
  stateIn('#talks.opposition.attending'),
  stateIn('#talks.opposition.walkoutThreat'),
]);
const isGovernmentPresent = stateIn('#talks.government.attending');
const areBothDelegationsPresent = and([isOppositionPresent, isGovernmentPresent]);
const isProcessHalted = or(
  ['suspended', 'collapsed', 'concluded'].map((state) => stateIn(`#talks.process.${state}`)),
);

export const guards = {
  isFromOpposition: ({ event }: GuardArgs) => roleOf(event) === 'opposition',
  isFromGovernment: ({ event }: GuardArgs) => roleOf(event) === 'government',
  areBothDelegationsPresent,
  /** Suspended, collapsed or concluded: there are no talks in session to walk out of. */
  isProcessHalted,
  isADelegationAbsent: not(areBothDelegationsPresent),
  /** Direct talks need the opposition to accept face-to-face sessions, and the government not to refuse them. */
  isFaceToFaceAccepted: ({ context }: GuardArgs) =>
    context.faceToFace.opposition === true && context.faceToFace.government !== false,
  areWalkoutConditionsUnmet: ({ context }: GuardArgs) => unmetConditions(context).length > 0,
};

export type GuardName = keyof typeof guards;
