/** Where two runs part: the first step at which they do or end up differently. */
import { isDeepStrictEqual } from 'node:util';
import type { Run } from './run.js';
import type { Step } from './step.js';

export interface Divergence {
  readonly index: number;
  /** The step each run took there; null where that run had already ended. */
  readonly a: Step | null;
  readonly b: Step | null;
}

type Entry = Run['entries'][number];

/** The same move, with the same payload, leading to the same states and the same context (confidence, demands, claims). */
const same = ({ step: x, state: sx }: Entry, { step: y, state: sy }: Entry): boolean =>
  x.id === y.id && x.type === y.type && x.actor === y.actor && x.date === y.date && x.accepted === y.accepted &&
  isDeepStrictEqual(x.payload, y.payload) && isDeepStrictEqual(x.state, y.state) &&
  isDeepStrictEqual(sx.machine.context, sy.machine.context);

/** @example firstDivergence(replay(record), replay(whatIf))?.index // 12 */
export function firstDivergence(a: Run, b: Run): Divergence | null {
  for (let i = 0; i < Math.max(a.entries.length, b.entries.length); i += 1) {
    const [x, y] = [a.entries[i] ?? null, b.entries[i] ?? null];
    if (!x || !y || !same(x, y)) return { index: i, a: x?.step ?? null, b: y?.step ?? null };
  }
  return null;
}
