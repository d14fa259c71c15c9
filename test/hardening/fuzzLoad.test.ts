/**
 * Property-based: whatever a file holds, loading it gives a scenario that runs, or diagnostics
 * that each name a file, a line and a column; nothing throws. See fuzz.ts for FUZZ_RUNS and FUZZ_SEED.
 */
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, parley, STACK_LINE } from '../helpers/cli.js';
import { GENEVA } from '../helpers/scenarios.js';
import {
  aliasShapes,
  announce,
  lineDuplicated,
  mutated,
  nestingShapes,
  options,
  RUNS,
  scenarioShaped,
  SEED,
  survives,
  yamlNoise,
} from './fuzz.js';
import { scratchDir } from './helpers.js';

const GENEVA_TEXT = readFileSync(GENEVA, 'utf8');
// Long enough for the slowest inputs (a mutated record through replay and a simulation) at FUZZ_RUNS=10000.
const TIMEOUT = 60_000 + RUNS * 100;

const GENERATORS: readonly (readonly [string, fc.Arbitrary<string | Uint8Array>])[] = [
  ['random YAML-like text', yamlNoise],
  ['random bytes', fc.uint8Array({ maxLength: 200 })],
  ['files shaped like scenarios, some valid, run through replay and simulate', scenarioShaped],
  // The record extends nothing, so a copy in the scratch folder still finds its catalog.
  [
    'the Geneva record with fields deleted, retyped, duplicated and reordered',
    mutated(parse(GENEVA_TEXT) as Record<string, unknown>),
  ],
  ['the Geneva record with a line written twice', lineDuplicated(GENEVA_TEXT)],
  ['nesting of every kind mixed, around and past the depth limit', nestingShapes],
  ['many aliases of one anchor', aliasShapes],
];

describe('loading generated files', () => {
  const dir = scratchDir('fuzz');
  test.each(GENERATORS)(
    '%s',
    (name, generator) => {
      announce(name);
      fc.assert(
        fc.property(generator, (text) => survives(dir, text)),
        options,
      );
    },
    TIMEOUT,
  );
});

describe.concurrent('the command line on generated files', () => {
  beforeAll(ensureBuilt);
  const dir = scratchDir('fuzz-cli');
  const samples = [
    ...fc.sample(
      yamlNoise.filter((t) => t.trim().length > 0),
      { numRuns: 3, seed: SEED },
    ),
    ...fc.sample(mutated(parse(GENEVA_TEXT) as Record<string, unknown>), {
      numRuns: 3,
      seed: SEED,
    }),
  ];

  test.each(samples.map((text, i) => [i, text] as const))(
    'sample %i: validate exits 0 or 1 with positioned messages, never a stack trace',
    async (i, text) => {
      const path = join(dir, `sample-${i}.yaml`);
      writeFileSync(path, text);
      const { status, stderr } = await parley('validate', path);
      expect(stderr).not.toMatch(STACK_LINE);
      if (status === 1) expect(stderr.split('\n')[0]).toMatch(/^.+:\d+:\d+: \S/);
      else expect(status).toBe(0);
    },
  );

  test('a file of noise always exits 1 with a positioned message', async () => {
    const path = join(dir, 'noise.yaml');
    writeFileSync(path, '{{[[ *a &b !!binary "\u001B[2J\n- - : : ?\n');
    const { status, stderr } = await parley('validate', path);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^.+noise\.yaml:\d+:\d+: /);
    expect(stderr).not.toMatch(STACK_LINE);
  });
});
