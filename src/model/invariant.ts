/**
 * A check of an assumption the types cannot carry (a list the code just filled is not empty, a
 * key just set is there). When it fails the program is wrong, not the input: the message says
 * which assumption broke, so the report points at the fault and not at a later `undefined`.
 * @example const first = invariant(runs[0], 'simulate: a distribution has at least one run');
 */
export function invariant<T>(value: T | null | undefined, assumption: string): T {
  if (value === null || value === undefined) throw new Error(`internal error: ${assumption}`);
  return value;
}
