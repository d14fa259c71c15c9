import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { draw, seedRng, type RngState } from '../src/engine/rng.js';

describe('draw', () => {
  it('gives the numbers and states seedrandom gives from the same saved state, draw for draw', () => {
    for (const seed of [0, 1, 2016, 'run-7', 'geneva:9999']) {
      const reference = seedrandom.alea(String(seed), { state: true });
      let state: RngState = seedRng(seed);
      for (let i = 0; i < 5000; i += 1) {
        const [roll, next] = draw(state);
        expect(roll).toBe(reference());
        expect(next).toEqual(reference.state());
        state = next;
      }
    }
  });

  it('leaves the state it was given as it was: stepping back draws the same number again', () => {
    const start = seedRng(42);
    const copy = { ...start };
    const [first] = draw(start);
    expect(start).toEqual(copy);
    expect(draw(start)[0]).toBe(first);
  });
});
