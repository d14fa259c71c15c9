/** The fixed names of the model: transcripts, tests and scenario files all speak them. */

export const REGIONS = ['process', 'opposition', 'government', 'ceasefireTrack'] as const;
export type Region = (typeof REGIONS)[number];

/** Top-level states of each region, in the order a viewer should list them. */
export const REGION_STATES = {
  process: [
    'scheduled',
    'delayed',
    'preparatory',
    'proximityTalks',
    'directTalks',
    'suspended',
    'collapsed',
    'concluded',
  ],
  opposition: ['undecided', 'boycott', 'attending', 'walkoutThreat', 'walkedOut'],
  government: ['undecided', 'attending', 'walkedOut'],
  ceasefireTrack: ['offAgenda', 'proposed', 'negotiating', 'agreed', 'inForce', 'collapsed'],
} as const satisfies Record<Region, readonly string[]>;

/** A region's state as a dotted path, e.g. `proximityTalks.contested`. */
export type StatePaths = Record<Region, string>;

/** What an actor is in the talks; the vocabulary says which roles may send which event. */
export const ROLES = {
  envoy: 'the mediator who convenes the talks (the UN envoy)',
  host: 'the government hosting the talks',
  government: 'the Syrian government delegation and its officials',
  opposition: 'the main opposition or rebel delegation',
  forces: 'the armed forces of a side, which fight but do not sit at the table',
  sponsor: 'an outside power backing a side or the process',
  armedGroup: 'an armed group outside the talks',
  observer: 'monitors, diplomats and others who report but do not negotiate',
} as const;
export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as Role[];

/** The opposition's preconditions for negotiating, as the Geneva articles list them. */
export const PRECONDITIONS = {
  endAirStrikes: 'an end to air strikes and attacks on civilian areas',
  liftSieges: 'the lifting of sieges and blockades',
  releaseDetainees: 'the release of detainees',
  humanitarianAccess: 'humanitarian access to besieged areas',
} as const;
export type Precondition = keyof typeof PRECONDITIONS;
export const PRECONDITION_NAMES = Object.keys(PRECONDITIONS) as Precondition[];

/** What a side says about whether the talks have formally started. */
export const CLAIMS = ['started', 'preparatory', 'notStarted'] as const;
export type Claim = (typeof CLAIMS)[number];

export const INTENSITIES = ['limited', 'major', 'massive'] as const;
export type Intensity = (typeof INTENSITIES)[number];

/**
 * Raised by the simulated clock, never written in a scenario. Here rather than with the
 * vocabulary, so the engine's worker threads need not load the vocabulary's schemas (zod).
 */
export const DEADLINE_PASSED = 'DEADLINE_PASSED';
