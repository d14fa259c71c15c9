/**
 * The talks as one statechart of four parallel regions (README.md, "The model"). The config holds
 * no inline functions: guards, actions and delays are named, so the config can be drawn and exported.
 */
import { setup } from 'xstate';
import { actions } from './actions.js';
import type { TalksContext } from './context.js';
import { toMs } from './dates.js';
import type { MachineEvent } from './events.js';
import { guards } from './guards.js';

const shift = (by: number) => ({ type: 'shiftConfidence', params: { by } }) as const;
const fromOpposition = (target: string, extra: object = {}) =>
  ({ guard: 'isFromOpposition', target, ...extra }) as const;
const fromGovernment = (target: string, extra: object = {}) =>
  ({ guard: 'isFromGovernment', target, ...extra }) as const;
const leaveForCollapse = { TALKS_COLLAPSED: 'collapsed' } as const;
/** Talks that start again sit in proximity talks if both delegations are there, else prepare again. */
const resumeRound = {
  TALKS_RESUMED: [
    { guard: 'areBothDelegationsPresent', target: 'proximityTalks' },
    { target: 'preparatory' },
  ],
} as const;

export const talksMachine = setup({
  types: {
    context: {} as TalksContext,
    events: {} as MachineEvent,
    input: {} as TalksContext,
  },
  guards,
  actions,
  delays: {
    /** From the day the threat was made to its deadline, on the simulated clock. */
    walkoutDeadline: ({ context }: { context: TalksContext }) =>
      context.walkoutDeadline
        ? Math.max(0, toMs(context.walkoutDeadline.date) - toMs(context.walkoutDeadline.setOn))
        : 0,
  },
}).createMachine({
  id: 'talks',
  type: 'parallel',
  context: ({ input }) => input,
  on: {
    // Moves that change the context but no region: always accepted.
    PRECONDITIONS_DEMANDED: { actions: 'recordDemands' },
    ASSURANCES_OFFERED: { actions: shift(5) },
    GESTURE_MADE: { actions: 'recordGesture' },
    ENVOY_MET: { actions: shift(2) },
    MEETING_CANCELLED: { actions: shift(-10) },
    PROTEST_HELD: { actions: shift(-5) },
    DELEGATION_VETOED: { actions: ['recordDisputedDelegate', shift(-5)] },
    OFFENSIVE_LAUNCHED: { actions: 'recordOffensive' },
    TERRITORY_TAKEN: { actions: ['recordTerritoryTaken', shift(-5)] },
    ATTACK_CLAIMED: { actions: ['recordAttack', shift(-5)] },
    CONFIDENCE_ASSESSED: { actions: 'recordAssessment' },
    FACE_TO_FACE_REFUSED: { actions: ['recordFaceToFaceRefused', shift(-5)] },
    FACE_TO_FACE_ACCEPTED: { actions: ['recordFaceToFaceAccepted', shift(5)] },
    STATEMENT_ISSUED: { actions: 'recordStatement' },
  },
  states: {
    process: {
      initial: 'scheduled',
      states: {
        scheduled: {
          on: { TALKS_DELAYED: 'delayed', DELEGATION_ARRIVED: 'preparatory', ...leaveForCollapse },
        },
        delayed: {
          on: {
            TALKS_DELAYED: { target: 'delayed', reenter: true },
            DELEGATION_ARRIVED: 'preparatory',
            ...leaveForCollapse,
          },
        },
        preparatory: {
          on: {
            FORMAL_START_DECLARED: {
              guard: 'areBothDelegationsPresent',
              target: 'proximityTalks',
              actions: ['recordStartDeclared', shift(5)],
            },
            TALKS_SUSPENDED: 'suspended',
            ...leaveForCollapse,
          },
        },
        proximityTalks: {
          initial: 'declared',
          always: { guard: 'isADelegationAbsent', target: 'suspended' },
          states: {
            declared: {
              on: {
                START_DISPUTED: {
                  target: 'contested',
                  actions: ['recordStartDisputed', shift(-5)],
                },
              },
            },
            contested: { on: { START_DISPUTED: { actions: 'recordStartDisputed' } } },
          },
          on: {
            DIRECT_TALKS_OPENED: {
              guard: 'isFaceToFaceAccepted',
              target: 'directTalks',
              actions: shift(10),
            },
            TALKS_SUSPENDED: 'suspended',
            TALKS_CONCLUDED: 'concluded',
            ...leaveForCollapse,
          },
        },
        directTalks: {
          always: { guard: 'isADelegationAbsent', target: 'suspended' },
          on: {
            FACE_TO_FACE_REFUSED: {
              target: 'proximityTalks',
              actions: ['recordFaceToFaceRefused', shift(-5)],
            },
            TALKS_SUSPENDED: 'suspended',
            TALKS_CONCLUDED: 'concluded',
            ...leaveForCollapse,
          },
        },
        suspended: { on: { ...resumeRound, ...leaveForCollapse } },
        collapsed: { type: 'final' },
        // A round that ends with a statement can be followed by another (Astana 2017 met in rounds).
        concluded: { on: resumeRound },
      },
    },
    opposition: {
      initial: 'undecided',
      states: {
        undecided: {
          on: {
            BOYCOTT_ANNOUNCED: fromOpposition('boycott', {
              actions: ['recordDemands', shift(-10)],
            }),
            DELEGATION_ARRIVED: fromOpposition('attending'),
          },
        },
        boycott: {
          on: { DELEGATION_ARRIVED: fromOpposition('attending', { actions: shift(5) }) },
        },
        attending: {
          on: {
            WALKOUT_THREATENED: fromOpposition('walkoutThreat', {
              actions: ['recordWalkoutDeadline', shift(-10)],
            }),
            WALKED_OUT: fromOpposition('walkedOut', { actions: shift(-15) }),
            BOYCOTT_ANNOUNCED: fromOpposition('boycott', {
              actions: ['recordDemands', shift(-10)],
            }),
          },
        },
        walkoutThreat: {
          after: {
            walkoutDeadline: [
              // A deadline that passes while the talks are halted lapses: nobody can leave talks that are not sitting.
              { guard: 'isProcessHalted', target: 'attending', actions: 'clearWalkoutDeadline' },
              {
                guard: 'areWalkoutConditionsUnmet',
                target: 'walkedOut',
                actions: ['clearWalkoutDeadline', shift(-15)],
              },
              { target: 'attending', actions: ['clearWalkoutDeadline', shift(5)] },
            ],
          },
          on: {
            WALKOUT_THREATENED: fromOpposition('walkoutThreat', {
              reenter: true,
              actions: ['recordWalkoutDeadline', shift(-5)],
            }),
            THREAT_WITHDRAWN: fromOpposition('attending', {
              actions: ['clearWalkoutDeadline', shift(5)],
            }),
            WALKED_OUT: fromOpposition('walkedOut', {
              actions: ['clearWalkoutDeadline', shift(-15)],
            }),
          },
        },
        walkedOut: {
          on: { RETURNED_TO_TALKS: fromOpposition('attending', { actions: shift(5) }) },
        },
      },
    },
    government: {
      initial: 'undecided',
      states: {
        undecided: { on: { DELEGATION_ARRIVED: fromGovernment('attending') } },
        attending: { on: { WALKED_OUT: fromGovernment('walkedOut', { actions: shift(-15) }) } },
        walkedOut: {
          on: { RETURNED_TO_TALKS: fromGovernment('attending', { actions: shift(5) }) },
        },
      },
    },
    ceasefireTrack: {
      initial: 'offAgenda',
      states: {
        offAgenda: { on: { CEASEFIRE_CALLED: 'proposed' } },
        proposed: {
          on: {
            CEASEFIRE_TALKS_OPENED: { target: 'negotiating', actions: shift(5) },
            CEASEFIRE_AGREED: { target: 'agreed', actions: shift(15) },
            CEASEFIRE_RULED_OUT: { actions: ['recordCeasefireVeto', shift(-10)] },
          },
        },
        negotiating: {
          on: {
            CEASEFIRE_AGREED: { target: 'agreed', actions: shift(15) },
            CEASEFIRE_RULED_OUT: {
              target: 'proposed',
              actions: ['recordCeasefireVeto', shift(-10)],
            },
          },
        },
        agreed: {
          on: {
            CEASEFIRE_TOOK_EFFECT: { target: 'inForce', actions: shift(5) },
            CEASEFIRE_COLLAPSED: 'collapsed',
          },
        },
        inForce: {
          on: {
            CEASEFIRE_VIOLATED: { actions: ['countCeasefireViolation', shift(-5)] },
            CEASEFIRE_COLLAPSED: { target: 'collapsed', actions: shift(-20) },
          },
        },
        collapsed: { on: { CEASEFIRE_CALLED: 'proposed' } },
      },
    },
  },
});
