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

/**
 * One step of seedrandom's Alea from a saved state, as `seedrandom.alea('', { state })()` takes
 * it, without building a generator (and hashing its seed) on every draw of every run.
 * test/rng.test.ts checks it against seedrandom draw for draw.
 * @example const [roll, next] = draw(seedRng(1)); // 0 <= roll < 1
 */
export function draw(state: RngState): [number, RngState] {
  const t = 2091639 * state.s0 + state.c * 2.3283064365386963e-10; // 2^-32
  const c = t | 0;
  const s2 = t - c;
  return [s2, { c, s0: state.s1, s1: state.s2, s2 }];
}
