/** The shape of events the machine receives, and typed reads of their payloads. */
import { addDays, RELATIVE_DAY } from './dates.js';
import type { Claim, Intensity, Precondition, Role } from './domain.js';
import type { ScriptEventType } from './vocabulary.js';

export type Payload = Readonly<Record<string, unknown>>;

export interface TalksEvent {
  readonly type: ScriptEventType;
  /** The scenario's actor id, e.g. `hnc`. */
  readonly actor: string;
  readonly role: Role;
  readonly date: string;
  readonly payload: Payload;
}

/**
 * Reads of payload fields. The scenario loader has already checked each payload against the
 * vocabulary, so these only narrow the type; a missing optional field reads as its default.
 */
export const text = (payload: Payload, key: string): string | null =>
  typeof payload[key] === 'string' ? (payload[key] as string) : null;

export const count = (payload: Payload, key: string): number | null =>
  typeof payload[key] === 'number' ? (payload[key] as number) : null;

export const preconditionList = (payload: Payload, key: string): Precondition[] =>
  Array.isArray(payload[key]) ? [...(payload[key] as Precondition[])] : [];

export const intensity = (payload: Payload): Intensity => (text(payload, 'intensity') ?? 'major') as Intensity;

export const claim = (payload: Payload): Claim => (text(payload, 'claim') ?? 'notStarted') as Claim;

/** Payload dates written `+Nd` (in policies) become real dates, N days after `date`. */
export function resolvePayload(payload: Payload, date: string): Payload {
  return Object.fromEntries(Object.entries(payload).map(([k, v]) => {
    const match = typeof v === 'string' ? RELATIVE_DAY.exec(v) : null;
    return [k, match ? addDays(date, Number(match[1])) : v];
  }));
}
