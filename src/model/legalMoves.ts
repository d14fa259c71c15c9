/**
 * The one answer to "which moves are possible now, with which payloads": every event type the
 * machine accepts from each actor allowed to send it, with a default payload that the vocabulary
 * accepts. The player's insert dialog, `parley paths` and `parley new` all ask here.
 */
import type { SnapshotFrom } from 'xstate';
import type { TalksContext } from './context.js';
import { addDays } from './dates.js';
import { PRECONDITION_NAMES, type Precondition, type Role } from './domain.js';
import { talksEvent, type Payload, type TalksEvent } from './events.js';
import { payloadFields, type PayloadField } from './payloadFields.js';
import type { talksMachine } from './talksMachine.js';
import {
  CONVENERS,
  SCRIPT_EVENT_TYPES,
  SIDES,
  VOCABULARY,
  type ScriptEventType,
} from './vocabulary.js';

export interface Mover {
  readonly id: string;
  readonly role: Role;
}

/** Where a move is made: the day, the context its defaults read, and who else is at the talks. */
export interface MoveSetting {
  readonly date: string;
  readonly context: TalksContext;
  readonly actors: readonly Mover[];
}

export interface LegalMove {
  readonly type: ScriptEventType;
  readonly actor: string;
  readonly role: Role;
  readonly date: string;
  readonly payload: Payload;
}

/** How many days ahead a date field (a threat's deadline, a delay's end) falls by default. */
export const DAYS_AHEAD = 3;

/**
 * The conditions a move names by default: those demanded and still unmet; when none are, every
 * one (the strongest demand, a gesture that meets them all).
 * @example openConditions(createContext()) // ['endAirStrikes', 'liftSieges', 'releaseDetainees', 'humanitarianAccess']
 */
export function openConditions(context: TalksContext): Precondition[] {
  const open = PRECONDITION_NAMES.filter(
    (p) => context.preconditions[p].demanded && !context.preconditions[p].met,
  );
  return open.length ? open : [...PRECONDITION_NAMES];
}

/** The actors a field naming one may name: anyone at the talks but the mover. */
export function actorChoices(mover: Mover, setting: MoveSetting): readonly Mover[] {
  const others = setting.actors.filter((a) => a.id !== mover.id);
  return others.length ? others : [mover];
}

/**
 * The actor across the table: a delegation meets or cancels on a convener, a convener meets a
 * delegation (the vocabulary's only actor fields, `ENVOY_MET` and `MEETING_CANCELLED` `with`).
 */
function counterpart(mover: Mover, setting: MoveSetting): string {
  const wanted = SIDES.includes(mover.role) ? CONVENERS : SIDES;
  const choices = actorChoices(mover, setting);
  return (choices.find((a) => wanted.includes(a.role)) ?? choices[0] ?? mover).id;
}

/**
 * A field's default, or undefined to leave it out: optional fields stay out, so the quick path
 * inserts the plainest move; text a move needs says it is hypothetical, so a saved fork never
 * passes it off as the record.
 */
function defaultValue(field: PayloadField, mover: Mover, setting: MoveSetting): unknown {
  if (field.optional) return undefined;
  switch (field.kind) {
    case 'date':
      return addDays(setting.date, DAYS_AHEAD);
    case 'actor':
      return counterpart(mover, setting);
    case 'choice':
      return field.suggested ?? field.options[0];
    // The only lists the vocabulary has are of the opposition's preconditions.
    case 'choices':
      return openConditions(setting.context).filter((c) => field.options.includes(c));
    // The one required number is an assessment of confidence: the model's own, by default.
    case 'number':
      return Math.max(field.min ?? 0, Math.min(field.max ?? Infinity, setting.context.confidence));
    case 'text':
      return `a hypothetical ${field.name}`;
  }
}

/**
 * A payload for `type` by `mover` that passes the vocabulary's schema.
 * @example defaultPayload('WALKOUT_THREATENED', hnc, { date: '2016-02-02', context, actors })
 * // { deadline: '2016-02-05', conditions: ['endAirStrikes', 'liftSieges', 'releaseDetainees', 'humanitarianAccess'] }
 */
export function defaultPayload(type: ScriptEventType, mover: Mover, setting: MoveSetting): Payload {
  const entries = payloadFields(type).map(
    (f) => [f.name, defaultValue(f, mover, setting)] as const,
  );
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/** The moves proposed on a day, accepted or not: per event type in the vocabulary's order, by each actor allowed to send it. */
export function proposedMoves(setting: MoveSetting): LegalMove[] {
  return SCRIPT_EVENT_TYPES.flatMap((type) => {
    const senders: readonly Role[] = VOCABULARY[type].actors;
    return setting.actors
      .filter((a) => senders.includes(a.role))
      .map((a) => ({
        type,
        actor: a.id,
        role: a.role,
        date: setting.date,
        payload: defaultPayload(type, a, setting),
      }));
  });
}

export const asEvent = (move: LegalMove): TalksEvent => talksEvent(move);

/**
 * The moves the machine accepts in `snapshot` on `date`, with their default payloads.
 * @example legalMoves(snapshot, scenario.actors, '2016-02-02').map((m) => `${m.type} ${m.actor}`) // ['WALKED_OUT hnc', ...]
 */
export function legalMoves(
  snapshot: SnapshotFrom<typeof talksMachine>,
  actors: readonly Mover[],
  date: string,
): LegalMove[] {
  return legalAmong(snapshot, proposedMoves({ date, context: snapshot.context, actors }));
}

/**
 * The proposed moves the machine accepts in `snapshot`, in their order: the one test of a move's
 * legality, which `legalMoves` and the search for paths (reach.ts, with its own proposals) apply.
 */
export function legalAmong(
  snapshot: SnapshotFrom<typeof talksMachine>,
  proposed: readonly LegalMove[],
): LegalMove[] {
  return proposed.filter((m) => snapshot.can(asEvent(m)));
}
