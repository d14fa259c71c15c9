/**
 * The one seeded generator. Its state lives in the run snapshot: each draw restores it, draws,
 * and hands back the new state, so stepping back and forward again draws the same numbers.
 */
import seedrandom from 'seedrandom';

export interface RngState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

export function seedRng(seed: number | string): RngState {
  return seedrandom.alea(String(seed), { state: true }).state() as RngState;
}

/** @example const [roll, next] = draw(seedRng(1)); // 0 <= roll < 1 */
export function draw(state: RngState): [number, RngState] {
  const generator = seedrandom.alea('', { state: { ...state } });
  const value = generator();
  return [value, generator.state() as RngState];
}
