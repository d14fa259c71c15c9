/** The machine's context: an immer tree, updated only through the curried producers below. */
import { produce, type Draft } from 'immer';
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
    readonly offensives: readonly { readonly actor: string; readonly area: string; readonly intensity: Intensity; readonly date: string }[];
    readonly taken: readonly { readonly actor: string; readonly place: string; readonly date: string }[];
    readonly attacks: readonly { readonly actor: string; readonly place: string; readonly killed: number | null; readonly date: string }[];
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
  readonly assessment: { readonly actor: string; readonly level: number; readonly date: string } | null;
}

export interface InitialContextOptions {
  readonly confidence?: number;
  readonly preconditions?: Partial<Record<Precondition, Partial<PreconditionStatus>>>;
}

export const DEFAULT_CONFIDENCE = 30;

export function createContext(options: InitialContextOptions = {}): TalksContext {
  const preconditions = Object.fromEntries(
    PRECONDITION_NAMES.map((name) => [name, { demanded: false, met: false, ...options.preconditions?.[name] }]),
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

type Recipe = (draft: Draft<TalksContext>) => void;
const update = (recipe: Recipe) => (context: TalksContext): TalksContext => produce(context, recipe);

export const clampConfidence = (value: number): number => Math.max(0, Math.min(100, Math.round(value)));

export const adjustConfidence = (by: number) =>
  update((d) => {
    d.confidence = clampConfidence(d.confidence + by);
  });

export const recordAssessment = (actor: string, level: number, date: string) =>
  update((d) => {
    d.assessment = { actor, level: clampConfidence(level), date };
  });

export const demand = (names: readonly Precondition[]) =>
  update((d) => {
    for (const name of names) d.preconditions[name].demanded = true;
  });

export const meet = (names: readonly Precondition[]) =>
  update((d) => {
    for (const name of names) d.preconditions[name].met = true;
  });

export const unmeet = (names: readonly Precondition[]) =>
  update((d) => {
    for (const name of names) d.preconditions[name].met = false;
  });

export const recordOffensive = (actor: string, area: string, intensity: Intensity, date: string) =>
  update((d) => {
    d.military.offensives.push({ actor, area, intensity, date });
  });

export const recordTaken = (actor: string, place: string, date: string) =>
  update((d) => {
    d.military.taken.push({ actor, place, date });
  });

export const recordAttack = (actor: string, place: string, killed: number | null, date: string) =>
  update((d) => {
    d.military.attacks.push({ actor, place, killed, date });
  });

export const recordDisputedDelegate = (group: string, by: string) =>
  update((d) => {
    if (!d.disputedDelegates.some((x) => x.group === group && x.by === by)) d.disputedDelegates.push({ group, by });
  });

export const setWalkoutDeadline = (deadline: WalkoutDeadline | null) =>
  update((d) => {
    d.walkoutDeadline = deadline ? { ...deadline, conditions: [...deadline.conditions] } : null;
  });

export const recordClaim = (actor: string, claim: Claim) =>
  update((d) => {
    d.claims[actor] = claim;
  });

export const recordFaceToFace = (actor: string, accepted: boolean) =>
  update((d) => {
    d.faceToFace[actor] = accepted;
  });

export const recordCeasefireVeto = (actor: string, scope: string | null) =>
  update((d) => {
    d.ceasefireVetoes.push({ actor, scope });
  });

export const recordStatement = (actor: string, date: string) =>
  update((d) => {
    d.lastStatement = { actor, date };
  });

export const countCeasefireViolation = update((d) => {
  d.ceasefireViolations += 1;
});

/** The walkout conditions still unmet, in the order the threat named them. */
export function unmetConditions(context: TalksContext): Precondition[] {
  return (context.walkoutDeadline?.conditions ?? []).filter((name) => !context.preconditions[name].met);
}
