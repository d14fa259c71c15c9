/**
 * The Geneva record cut short at a byte: mid-key, mid-quote, mid-character. In a fuzzing run
 * (`npm run fuzz`), at every byte position; in the test suite, at a seeded sample of them.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { GENEVA } from '../helpers/scenarios.js';
import { announce, RUNS, SEED, survives, THOROUGH } from './fuzz.js';
import { scratchDir } from './helpers.js';

const BYTES = readFileSync(GENEVA);

test(
  'the record truncated at any byte loads cleanly or is refused with positioned diagnostics',
  () => {
    const cuts = THOROUGH
      ? Array.from({ length: BYTES.length }, (_, i) => i)
      : fc.sample(fc.nat({ max: BYTES.length - 1 }), { numRuns: RUNS, seed: SEED });
    announce(
      `truncation (${THOROUGH ? `every one of ${BYTES.length} bytes` : `${cuts.length} of ${BYTES.length} byte positions`})`,
    );
    const dir = scratchDir('truncate');
    for (const cut of cuts) {
      try {
        survives(dir, BYTES.subarray(0, cut));
      } catch (error) {
        throw new Error(`cut at byte ${cut}: ${(error as Error).stack}`);
      }
    }
  },
  60_000 + (THOROUGH ? BYTES.length : RUNS) * 50,
);
