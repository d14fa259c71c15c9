/** What a step did, as each view lists it: the changes its event made to the talks, one kind each. */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { causeChain } from '../src/engine/causes.js';
import { replay, simulateOnce } from '../src/engine/run.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { ASTANA, ENVOY_AND_OPPOSITION, mustLoad, whatIfFile } from './helpers/scenarios.js';

const effectsOf = (id: string) => {
  const entry = replay(mustLoad(ASTANA)).entries.find((e) => e.step.id === id);
  if (!entry) throw new Error(`no step ${id} in the record`);
  return entry.step.effects;
};

test('Astana: the air strikes on Homs count a breach of the ceasefire', () => {
  expect(effectsOf('homs-air-strikes')).toEqual([
    { kind: 'confidence', from: 40, to: 35, by: -5 },
    { kind: 'ceasefireViolation', count: 1 },
  ]);
});

test('Astana: the rebels refusing to meet face to face is their answer, on record', () => {
  expect(effectsOf('no-face-to-face')).toEqual([
    { kind: 'confidence', from: 42, to: 37, by: -5 },
    { kind: 'faceToFace', side: 'opposition', accepted: false },
  ]);
});

test('a deadline that passes with its one condition met is met, not lapsed', () => {
  const run = simulateOnce(
    mustLoad(join(PACKAGE_ROOT, 'test/fixtures/policies/deadline-day.yaml')),
    1,
    0,
  );
  const passed = run.entries.find((e) => e.step.type === 'DEADLINE_PASSED');
  expect(passed?.step.effects).toContainEqual(
    expect.objectContaining({ kind: 'deadline', change: 'met', unmet: [] }),
  );
});

test("a rule's move set off by the run's first step goes back to it", () => {
  const path = whatIfFile('first-step', [
    ...ENVOY_AND_OPPOSITION,
    'events:',
    '  - { id: envoy-meets-hnc, date: 2016-02-01, actor: envoy, type: ENVOY_MET, payload: { with: hnc } }',
    'policies:',
    '  - id: boycott-on-meeting',
    '    when: { event: ENVOY_MET }',
    '    then: { actor: hnc, type: BOYCOTT_ANNOUNCED }',
    '    probability: 1',
  ]);
  const run = simulateOnce(mustLoad(path), 1, 0);
  const boycott = run.entries.findIndex((e) => e.step.type === 'BOYCOTT_ANNOUNCED');
  expect(causeChain(run.entries, boycott).map((s) => s.id)).toEqual([
    run.entries[boycott]!.step.id,
    'envoy-meets-hnc',
  ]);
});

test('an answer on meeting face to face is an effect of the step that gave it, not of every step after', () => {
  const steps = replay(mustLoad(ASTANA)).entries.map((e) => e.step);
  const answered = steps.filter((s) => s.effects.some((e) => e.kind === 'faceToFace'));
  expect(answered.map((s) => s.id)).toEqual(['no-face-to-face']);
});
