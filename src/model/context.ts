/** The machine's context: immutable data, updated only through the curried updates below. */
import { produce } from 'immer';
import type { Claim, Intensity, Precondition } from './domain.js';
import { PRECONDITION_NAMES } from './domain.js';

export interface PreconditionStatus {
  readonly demanded: boolean;
  readonly met: boolean;
}

export interface WalkoutDeadline {
  readonly actor: string;
  readonly setOn: string;
  readonly date: string;
  readonly conditions: readonly Precondition[];
}

export interface TalksContext {
  /** Confidence between the sides, 0 to 100. */
  readonly confidence: number;
  readonly preconditions: Readonly<Record<Precondition, PreconditionStatus>>;
  readonly military: {
    readonly offensives: readonly {
      readonly actor: string;
      readonly area: string;
      readonly intensity: Intensity;
      readonly date: string;
    }[];
    readonly taken: readonly {
      readonly actor: string;
      readonly place: string;
      readonly date: string;
    }[];
    readonly attacks: readonly {
      readonly actor: string;
      readonly place: string;
      readonly killed: number | null;
      readonly date: string;
    }[];
  };
  readonly disputedDelegates: readonly { readonly group: string; readonly by: string }[];
  readonly walkoutDeadline: WalkoutDeadline | null;
  /** Which actor says what about the formal start: kept per actor, never reconciled. */
  readonly claims: Readonly<Record<string, Claim>>;
  readonly faceToFace: Readonly<Record<string, boolean>>;
  readonly ceasefireVetoes: readonly { readonly actor: string; readonly scope: string | null }[];
  readonly ceasefireViolations: number;
  /** The latest statement on the record, which changes no state but is part of the story. */
  readonly lastStatement: { readonly actor: string; readonly date: string } | null;
  /**
   * The latest assessment of confidence on the record. An observation, not a cause: it is kept
   * beside the model's own confidence and never overwrites it, so a what-if keeps its own world.
   */
  readonly assessment: {
    readonly actor: string;
    readonly level: number;
    readonly date: string;
  } | null;
}

export interface InitialContextOptions {
  readonly confidence?: number;
  readonly preconditions?: Partial<Record<Precondition, Partial<PreconditionStatus>>>;
}

export const DEFAULT_CONFIDENCE = 30;

export function createContext(options: InitialContextOptions = {}): TalksContext {
  const preconditions = Object.fromEntries(
    PRECONDITION_NAMES.map((name) => [
      name,
      { demanded: false, met: false, ...options.preconditions?.[name] },
    ]),
  ) as Record<Precondition, PreconditionStatus>;
  return produce(
    {
      confidence: options.confidence ?? DEFAULT_CONFIDENCE,
      preconditions,
      military: { offensives: [], taken: [], attacks: [] },
      disputedDelegates: [],
      walkoutDeadline: null,
      claims: {},
      faceToFace: {},
      ceasefireVetoes: [],
      ceasefireViolations: 0,
      lastStatement: null,
      assessment: null,
    } satisfies TalksContext,
    () => {},
  );
}

/**
 * A context update: the next context, sharing every part it leaves alone, or the same context
 * when nothing changes. Written by hand rather than with immer: these run on every step of every
 * simulated run, and immer's drafts cost more than the updates themselves.
 */
type Update = (context: TalksContext) => TalksContext;

export const clampConfidence = (value: number): number =>
  Math.max(0, Math.min(100, Math.round(value)));

export const adjustConfidence =
  (by: number): Update =>
  (c) => {
    const confidence = clampConfidence(c.confidence + by);
    return confidence === c.confidence ? c : { ...c, confidence };
  };

export const recordAssessment =
  (actor: string, level: number, date: string): Update =>
  (c) => ({ ...c, assessment: { actor, level: clampConfidence(level), date } });

const markPreconditions =
  (names: readonly Precondition[], field: keyof PreconditionStatus, value: boolean): Update =>
  (c) => {
    let preconditions = c.preconditions;
    for (const name of names) {
      if (preconditions[name][field] !== value)
        preconditions = { ...preconditions, [name]: { ...preconditions[name], [field]: value } };
    }
    return preconditions === c.preconditions ? c : { ...c, preconditions };
  };

export const demand = (names: readonly Precondition[]): Update =>
  markPreconditions(names, 'demanded', true);

export const meet = (names: readonly Precondition[]): Update =>
  markPreconditions(names, 'met', true);

export const unmeet = (names: readonly Precondition[]): Update =>
  markPreconditions(names, 'met', false);

export const recordOffensive =
  (actor: string, area: string, intensity: Intensity, date: string): Update =>
  (c) => ({
    ...c,
    military: {
      ...c.military,
      offensives: [...c.military.offensives, { actor, area, intensity, date }],
    },
  });

export const recordTaken =
  (actor: string, place: string, date: string): Update =>
  (c) => ({
    ...c,
    military: { ...c.military, taken: [...c.military.taken, { actor, place, date }] },
  });

export const recordAttack =
  (actor: string, place: string, killed: number | null, date: string): Update =>
  (c) => ({
    ...c,
    military: { ...c.military, attacks: [...c.military.attacks, { actor, place, killed, date }] },
  });

export const recordDisputedDelegate =
  (group: string, by: string): Update =>
  (c) =>
    c.disputedDelegates.some((x) => x.group === group && x.by === by)
      ? c
      : { ...c, disputedDelegates: [...c.disputedDelegates, { group, by }] };

export const setWalkoutDeadline =
  (deadline: WalkoutDeadline | null): Update =>
  (c) => {
    if (deadline)
      return { ...c, walkoutDeadline: { ...deadline, conditions: [...deadline.conditions] } };
    return c.walkoutDeadline === null ? c : { ...c, walkoutDeadline: null };
  };

export const recordClaim =
  (actor: string, claim: Claim): Update =>
  (c) =>
    c.claims[actor] === claim ? c : { ...c, claims: { ...c.claims, [actor]: claim } };

export const recordFaceToFace =
  (actor: string, accepted: boolean): Update =>
  (c) =>
    c.faceToFace[actor] === accepted
      ? c
      : { ...c, faceToFace: { ...c.faceToFace, [actor]: accepted } };

export const recordCeasefireVeto =
  (actor: string, scope: string | null): Update =>
  (c) => ({ ...c, ceasefireVetoes: [...c.ceasefireVetoes, { actor, scope }] });

export const recordStatement =
  (actor: string, date: string): Update =>
  (c) => ({ ...c, lastStatement: { actor, date } });

export const countCeasefireViolation: Update = (c) => ({
  ...c,
  ceasefireViolations: c.ceasefireViolations + 1,
});

/** The walkout conditions still unmet, in the order the threat named them. */
export function unmetConditions(context: TalksContext): Precondition[] {
  return (context.walkoutDeadline?.conditions ?? []).filter(
    (name) => !context.preconditions[name].met,
  );
}
