/** Where two runs part: the first step at which they do or end up differently. */
import type { Run } from './run.js';
import type { Step } from './step.js';

export interface Divergence {
  readonly index: number;
  /** The step each run took there; null where that run had already ended. */
  readonly a: Step | null;
  readonly b: Step | null;
}

const same = (x: Step, y: Step): boolean =>
  x.id === y.id && x.type === y.type && x.actor === y.actor && x.date === y.date && x.accepted === y.accepted &&
  JSON.stringify(x.state) === JSON.stringify(y.state);

/** @example firstDivergence(replay(record), replay(whatIf))?.index // 12 */
export function firstDivergence(a: Run, b: Run): Divergence | null {
  const steps = (r: Run): Step[] => r.entries.map((e) => e.step);
  const [sa, sb] = [steps(a), steps(b)];
  for (let i = 0; i < Math.max(sa.length, sb.length); i += 1) {
    const [x, y] = [sa[i] ?? null, sb[i] ?? null];
    if (!x || !y || !same(x, y)) return { index: i, a: x, b: y };
  }
  return null;
}
