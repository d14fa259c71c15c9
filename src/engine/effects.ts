/**
 * Every change a step made, as data: the regions it moved and each part of the context it
 * touched. Views draw these and `explain` follows them; none of them works the changes out again.
 */
import type { TalksContext, WalkoutDeadline } from '../model/context.js';
import { unmetConditions } from '../model/context.js';
import {
  PRECONDITION_NAMES,
  REGIONS,
  type Claim,
  type Intensity,
  type Precondition,
  type Region,
  type StatePaths,
} from '../model/domain.js';

export type DeadlineChange =
  /** A threat set it, or renewed it with another date or conditions. */
  | 'set'
  /** Withdrawn, or overtaken by a walkout before it passed. */
  | 'cancelled'
  /** It passed while the talks were not sitting: nobody can leave talks that are not in session. */
  | 'lapsed'
  /** It passed with conditions unmet: the walkout. */
  | 'fired'
  /** It passed with every condition met. */
  | 'met';

export type Effect =
  | { readonly kind: 'region'; readonly region: Region; readonly from: string; readonly to: string }
  | { readonly kind: 'confidence'; readonly from: number; readonly to: number; readonly by: number }
  | {
      readonly kind: 'precondition';
      readonly name: Precondition;
      readonly change: 'demanded' | 'met' | 'unmet';
    }
  | {
      readonly kind: 'deadline';
      readonly change: DeadlineChange;
      readonly date: string;
      readonly conditions: readonly Precondition[];
      /** The conditions still unmet when the change happened. */
      readonly unmet: readonly Precondition[];
    }
  | { readonly kind: 'claim'; readonly actor: string; readonly claim: Claim }
  | {
      readonly kind: 'offensive';
      readonly actor: string;
      readonly area: string;
      readonly intensity: Intensity;
    }
  | { readonly kind: 'taken'; readonly actor: string; readonly place: string }
  | {
      readonly kind: 'attack';
      readonly actor: string;
      readonly place: string;
      readonly killed: number | null;
    }
  | { readonly kind: 'delegate'; readonly group: string; readonly by: string }
  | { readonly kind: 'faceToFace'; readonly side: string; readonly accepted: boolean }
  | { readonly kind: 'ceasefireVeto'; readonly actor: string; readonly scope: string | null }
  | { readonly kind: 'ceasefireViolation'; readonly count: number }
  | {
      readonly kind: 'assessment';
      readonly actor: string;
      readonly level: number;
      readonly model: number;
    };

export type EffectKind = Effect['kind'];
export type RegionEffect = Extract<Effect, { kind: 'region' }>;

interface Side {
  readonly state: StatePaths;
  readonly context: TalksContext;
}

const added = <T>(before: readonly T[], after: readonly T[]): readonly T[] =>
  after.length > before.length ? after.slice(before.length) : [];

function deadlineEffect(before: Side, after: Side, type: string): Effect | null {
  const was = before.context.walkoutDeadline;
  const now = after.context.walkoutDeadline;
  if (was === now) return null;
  const of = (d: WalkoutDeadline, context: TalksContext, change: DeadlineChange): Effect => ({
    kind: 'deadline',
    change,
    date: d.date,
    conditions: d.conditions,
    unmet: unmetConditions(context),
  });
  if (now) return of(now, after.context, 'set');
  if (!was) return null;
  if (type !== 'DEADLINE_PASSED') return of(was, before.context, 'cancelled');
  if (after.state.opposition === 'walkedOut') return of(was, before.context, 'fired');
  return of(was, before.context, unmetConditions(before.context).length ? 'lapsed' : 'met');
}

function contextEffects(before: Side, after: Side, type: string): Effect[] {
  const [b, a] = [before.context, after.context];
  const effects: Effect[] = [];
  if (a.confidence !== b.confidence)
    effects.push({
      kind: 'confidence',
      from: b.confidence,
      to: a.confidence,
      by: a.confidence - b.confidence,
    });
  for (const name of PRECONDITION_NAMES) {
    const [was, now] = [b.preconditions[name], a.preconditions[name]];
    if (now.demanded && !was.demanded)
      effects.push({ kind: 'precondition', name, change: 'demanded' });
    if (now.met !== was.met)
      effects.push({ kind: 'precondition', name, change: now.met ? 'met' : 'unmet' });
  }
  const deadline = deadlineEffect(before, after, type);
  if (deadline) effects.push(deadline);
  for (const [actor, claim] of Object.entries(a.claims)) {
    if (b.claims[actor] !== claim) effects.push({ kind: 'claim', actor, claim });
  }
  for (const o of added(b.military.offensives, a.military.offensives))
    effects.push({ kind: 'offensive', actor: o.actor, area: o.area, intensity: o.intensity });
  for (const t of added(b.military.taken, a.military.taken))
    effects.push({ kind: 'taken', actor: t.actor, place: t.place });
  for (const x of added(b.military.attacks, a.military.attacks))
    effects.push({ kind: 'attack', actor: x.actor, place: x.place, killed: x.killed });
  for (const d of added(b.disputedDelegates, a.disputedDelegates))
    effects.push({ kind: 'delegate', group: d.group, by: d.by });
  for (const [side, accepted] of Object.entries(a.faceToFace)) {
    if (b.faceToFace[side] !== accepted) effects.push({ kind: 'faceToFace', side, accepted });
  }
  for (const v of added(b.ceasefireVetoes, a.ceasefireVetoes))
    effects.push({ kind: 'ceasefireVeto', actor: v.actor, scope: v.scope });
  if (a.ceasefireViolations !== b.ceasefireViolations)
    effects.push({ kind: 'ceasefireViolation', count: a.ceasefireViolations });
  if (a.assessment && a.assessment !== b.assessment) {
    effects.push({
      kind: 'assessment',
      actor: a.assessment.actor,
      level: a.assessment.level,
      model: a.confidence,
    });
  }
  return effects;
}

/**
 * The effects of one step, regions first in the model's order, then the context's.
 * @example effectsOf(before, after, 'OFFENSIVE_LAUNCHED') // [{ kind: 'confidence', from: 24, to: 4, by: -20 }, ...]
 */
export function effectsOf(before: Side, after: Side, type: string): Effect[] {
  const regions: Effect[] = regionEffects(before.state, after.state);
  return before.context === after.context
    ? regions
    : [...regions, ...contextEffects(before, after, type)];
}

/** The regions a step moved, in the model's order: all a simulation's counts read of a step. */
export function regionEffects(before: StatePaths, after: StatePaths): RegionEffect[] {
  return REGIONS.filter((r) => before[r] !== after[r]).map((region) => ({
    kind: 'region',
    region,
    from: before[region],
    to: after[region],
  }));
}

export function regionChanges(effects: readonly Effect[]): RegionEffect[] {
  return effects.filter((e): e is RegionEffect => e.kind === 'region');
}
