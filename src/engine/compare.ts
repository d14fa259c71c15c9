/**
 * Where two runs part: the first step at which they do or end up differently in substance (the
 * move, its actor, day, terms, and the states and context after it). Who made a move is not
 * substance: a recorded move a rule makes again identically is noted, not a parting.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Payload } from '../model/events.js';
import type { Run } from './run.js';
import type { Entry, Step } from './step.js';
import { invariant } from '../model/invariant.js';

export interface Divergence {
  readonly index: number;
  /** The step each run took there; null where that run had already ended. */
  readonly a: Step | null;
  readonly b: Step | null;
}

/** A step both runs took in substance, made differently: recorded in one, by a rule or the clock in the other. */
export interface Remade {
  readonly index: number;
  readonly a: Step;
  readonly b: Step;
}

/** What tells two moves apart, whoever made them. */
export interface MoveTerms {
  readonly date: string;
  readonly type: string;
  readonly actor: string;
  readonly payload: Payload;
}

/** The same move: the same type, by the same actor, on the same day, with the same payload. */
export const sameMove = (x: MoveTerms, y: MoveTerms): boolean =>
  x.date === y.date &&
  x.type === y.type &&
  x.actor === y.actor &&
  isDeepStrictEqual(x.payload, y.payload);

/** The same move, leading to the same states and the same context (confidence, demands, claims). */
const same = ({ step: x, state: sx }: Entry, { step: y, state: sy }: Entry): boolean =>
  sameMove(x, y) &&
  x.accepted === y.accepted &&
  isDeepStrictEqual(x.state, y.state) &&
  isDeepStrictEqual(sx.machine.context, sy.machine.context);

/** @example firstDivergence(replay(record), replay(whatIf))?.index // 12 */
export function firstDivergence(a: Run, b: Run): Divergence | null {
  for (let i = 0; i < Math.max(a.entries.length, b.entries.length); i += 1) {
    const [x, y] = [a.entries[i] ?? null, b.entries[i] ?? null];
    if (!x || !y || !same(x, y)) return { index: i, a: x?.step ?? null, b: y?.step ?? null };
  }
  return null;
}

/**
 * The steps the runs share in substance, before they part, that one run made otherwise than
 * the other (a rule remade a recorded move, or the clock fired a deadline a rule's threat set).
 * @example remadeSteps(replay(record), replay(whatIf))[0]?.b.policy // 'arrive-after-assurances'
 */
export function remadeSteps(a: Run, b: Run): Remade[] {
  const end = firstDivergence(a, b)?.index ?? a.entries.length;
  return a.entries.slice(0, end).flatMap(({ step: x }, index): Remade[] => {
    const y = invariant(b.entries[index], 'the index is within both runs').step;
    return x.origin === y.origin && x.id === y.id && x.policy === y.policy
      ? []
      : [{ index, a: x, b: y }];
  });
}
