/**
 * The closed vocabulary of events: what each type means, who may send it, what it carries.
 * CAMEO codes follow the CAMEO 1.1b3 event codebook where a code fits the move.
 */
import { z } from 'zod';
import { CLAIMS, DEADLINE_PASSED, INTENSITIES, PRECONDITION_NAMES, type Role } from './domain.js';
import { isIsoDate } from './dates.js';
import { numberBetween, wholeNumber } from './numberFields.js';

const isoDate = z.string().refine(isIsoDate, { error: 'must be a date written YYYY-MM-DD' }).meta({
  title: 'date',
  description: 'written YYYY-MM-DD (in a policy move also +Nd: days after the move)',
});
const preconditions = z.array(z.enum(PRECONDITION_NAMES)).min(1);
const actorRef = z
  .string()
  .min(1)
  .meta({ title: 'actor id', description: 'one of the scenario actors' });
const none = z.strictObject({});

export interface EventSpec {
  readonly meaning: string;
  readonly actors: readonly Role[];
  readonly payload: z.ZodObject;
  readonly cameo?: string;
}

const ALL: readonly Role[] = [
  'envoy',
  'host',
  'government',
  'opposition',
  'forces',
  'sponsor',
  'armedGroup',
  'observer',
];
/** Who can fight: the parties, their forces, their backers and groups outside the talks. */
const FIGHTERS: readonly Role[] = ['forces', 'government', 'opposition', 'sponsor', 'armedGroup'];
export const SIDES: readonly Role[] = ['government', 'opposition'];
export const CONVENERS: readonly Role[] = ['envoy', 'host'];

export const VOCABULARY = {
  TALKS_DELAYED: {
    meaning: 'The start of the talks is put off.',
    actors: CONVENERS,
    payload: z.strictObject({ until: isoDate.optional(), reason: z.string().optional() }),
  },
  DELEGATION_VETOED: {
    meaning: "A party objects to a group sitting in the other side's delegation.",
    actors: ['government', 'sponsor', 'opposition'],
    payload: z.strictObject({ group: z.string().min(1) }),
    cameo: '129',
  },
  BOYCOTT_ANNOUNCED: {
    meaning: 'The opposition says it will stay away from the talks.',
    actors: ['opposition'],
    payload: z.strictObject({ demands: preconditions.optional() }),
    cameo: '125',
  },
  PRECONDITIONS_DEMANDED: {
    meaning: 'A side names conditions that must be met before it negotiates.',
    actors: SIDES,
    payload: z.strictObject({ preconditions }),
    cameo: '100',
  },
  ASSURANCES_OFFERED: {
    meaning: 'A mediator or power promises that conditions will be addressed.',
    actors: ['envoy', 'host', 'sponsor', 'government'],
    payload: z.strictObject({ preconditions: preconditions.optional() }),
    cameo: '030',
  },
  DELEGATION_ARRIVED: {
    meaning: 'A delegation arrives at the venue; its arrival opens the preparatory phase.',
    actors: SIDES,
    payload: none,
    cameo: '042',
  },
  ENVOY_MET: {
    meaning: 'The mediator holds a meeting with one delegation.',
    actors: CONVENERS,
    payload: z.strictObject({ with: actorRef }),
    cameo: '045',
  },
  FORMAL_START_DECLARED: {
    meaning: 'The mediator declares the negotiations formally under way.',
    actors: CONVENERS,
    payload: none,
    cameo: '046',
  },
  START_DISPUTED: {
    meaning: 'A side denies that the formal negotiations have started.',
    actors: SIDES,
    payload: z.strictObject({ claim: z.enum(CLAIMS.filter((c) => c !== 'started')) }),
    cameo: '120',
  },
  MEETING_CANCELLED: {
    meaning: 'A side calls off a scheduled meeting with the mediator.',
    actors: SIDES,
    payload: z.strictObject({ with: actorRef }),
    cameo: '125',
  },
  PROTEST_HELD: {
    meaning: "A side protests in public against the other side's conduct.",
    actors: SIDES,
    payload: z.strictObject({ place: z.string().optional() }),
    cameo: '141',
  },
  OFFENSIVE_LAUNCHED: {
    meaning: 'A military offensive starts or intensifies while the talks go on.',
    actors: FIGHTERS,
    // The default an editor and the player offer: the middle of the scale, not its mildest end.
    payload: z.strictObject({
      area: z.string().min(1),
      intensity: z.enum(INTENSITIES).meta({ default: 'major' }),
    }),
    cameo: '190',
  },
  TERRITORY_TAKEN: {
    meaning: 'Forces take a place from the other side.',
    actors: FIGHTERS,
    payload: z.strictObject({ place: z.string().min(1) }),
    cameo: '192',
  },
  ATTACK_CLAIMED: {
    meaning: 'A group claims a bombing or attack.',
    actors: FIGHTERS,
    payload: z.strictObject({ place: z.string().min(1), killed: wholeNumber(0).optional() }),
    cameo: '183',
  },
  WALKOUT_THREATENED: {
    meaning: 'The opposition threatens to leave unless conditions are met by a deadline.',
    actors: ['opposition'],
    payload: z.strictObject({ deadline: isoDate, conditions: preconditions }),
    cameo: '139',
  },
  THREAT_WITHDRAWN: {
    meaning: 'The opposition drops its walkout threat and stays.',
    actors: ['opposition'],
    payload: none,
    cameo: '036',
  },
  WALKED_OUT: {
    meaning: 'A delegation leaves the talks.',
    actors: SIDES,
    payload: none,
    cameo: '161',
  },
  RETURNED_TO_TALKS: {
    meaning: 'A delegation that walked out comes back.',
    actors: SIDES,
    payload: none,
    cameo: '036',
  },
  FACE_TO_FACE_REFUSED: {
    meaning: 'A side refuses to sit in the same room as the other.',
    actors: SIDES,
    payload: none,
    cameo: '125',
  },
  FACE_TO_FACE_ACCEPTED: {
    meaning: 'A side agrees to negotiate in the same room as the other.',
    actors: SIDES,
    payload: none,
    cameo: '036',
  },
  DIRECT_TALKS_OPENED: {
    meaning: 'The delegations start negotiating face to face.',
    actors: CONVENERS,
    payload: none,
    cameo: '046',
  },
  CEASEFIRE_CALLED: {
    meaning: 'Someone puts a ceasefire on the agenda.',
    actors: ['envoy', 'host', 'sponsor', 'government', 'opposition'],
    payload: z.strictObject({ scope: z.string().optional() }),
    cameo: '0256',
  },
  CEASEFIRE_RULED_OUT: {
    meaning: 'A party refuses a ceasefire, or limits it so that it cannot hold.',
    actors: ['sponsor', 'government', 'opposition'],
    payload: z.strictObject({ scope: z.string().optional() }),
    cameo: '1246',
  },
  CEASEFIRE_TALKS_OPENED: {
    meaning: 'Negotiations on the terms of a ceasefire begin.',
    actors: ['envoy', 'host', 'sponsor'],
    payload: none,
    cameo: '046',
  },
  CEASEFIRE_AGREED: {
    meaning: 'The parties or their backers agree a ceasefire.',
    actors: ['envoy', 'host', 'sponsor', 'government', 'opposition'],
    payload: z.strictObject({ scope: z.string().optional() }),
    cameo: '057',
  },
  CEASEFIRE_TOOK_EFFECT: {
    meaning: 'An agreed ceasefire comes into force.',
    actors: ['envoy', 'host', 'sponsor', 'observer'],
    payload: none,
    cameo: '0871',
  },
  CEASEFIRE_VIOLATED: {
    meaning: 'An attack breaks a ceasefire in force without ending it.',
    actors: FIGHTERS,
    payload: z.strictObject({ place: z.string().optional(), killed: wholeNumber(0).optional() }),
    cameo: '196',
  },
  CEASEFIRE_COLLAPSED: {
    meaning: 'A ceasefire breaks down.',
    actors: ALL,
    payload: none,
    cameo: '196',
  },
  GESTURE_MADE: {
    meaning: "A goodwill measure that meets one or more of the opposition's conditions.",
    // Not the opposition: the conditions are its own demands, and a side does not make a goodwill
    // gesture to itself. Dropping a demand is another move (THREAT_WITHDRAWN, RETURNED_TO_TALKS).
    actors: ['government', 'sponsor'],
    payload: z.strictObject({ meets: preconditions, description: z.string().optional() }),
    cameo: '080',
  },
  CONFIDENCE_ASSESSED: {
    meaning:
      "The mediator or an observer rates the confidence between the sides (0 to 100), beside the model's own.",
    actors: ['envoy', 'host', 'observer'],
    payload: z.strictObject({ level: numberBetween(0, 100) }),
    cameo: '010',
  },
  TALKS_SUSPENDED: {
    meaning: 'The mediator pauses the talks.',
    actors: CONVENERS,
    payload: z.strictObject({ until: isoDate.optional() }),
  },
  TALKS_RESUMED: {
    meaning: 'Suspended talks start again, or a new round opens after one that concluded.',
    actors: CONVENERS,
    payload: none,
    cameo: '046',
  },
  TALKS_COLLAPSED: {
    meaning: 'The talks end without an agreement.',
    actors: CONVENERS,
    payload: none,
  },
  TALKS_CONCLUDED: {
    meaning: 'The round ends with a closing statement or agreement.',
    actors: CONVENERS,
    payload: z.strictObject({ outcome: z.string().optional() }),
    cameo: '057',
  },
  STATEMENT_ISSUED: {
    meaning: 'A statement on the record that changes no state.',
    actors: ALL,
    payload: none,
    cameo: '010',
  },
} as const satisfies Record<string, EventSpec>;

export type ScriptEventType = keyof typeof VOCABULARY;
export const SCRIPT_EVENT_TYPES = Object.keys(VOCABULARY) as ScriptEventType[];

export { DEADLINE_PASSED };
export const DEADLINE_MEANING =
  'A walkout deadline passes: with its conditions unmet the threat becomes a walkout; met, or with the talks suspended, it ends.';

export function isScriptEventType(type: string): type is ScriptEventType {
  return Object.hasOwn(VOCABULARY, type);
}

/** The one-line meaning of any step type, including the clock's own. */
export function meaningOf(type: string): string {
  if (type === DEADLINE_PASSED) return DEADLINE_MEANING;
  return isScriptEventType(type) ? VOCABULARY[type].meaning : '';
}

/** The CAMEO code of a step type, or '' where none fits (and for the clock's own step). @example cameoOf('WALKED_OUT') === '161' */
export function cameoOf(type: string): string {
  return isScriptEventType(type) ? ((VOCABULARY[type] as EventSpec).cameo ?? '') : '';
}
