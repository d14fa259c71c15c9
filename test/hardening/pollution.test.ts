/**
 * `__proto__`, `constructor` and `prototype` as keys anywhere in a scenario: each refused where it
 * is written, and no built-in prototype changes on the way, through loading, replay and simulation.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { simulateRange } from '../../src/engine/montecarlo.js';
import { replay } from '../../src/engine/run.js';
import { loadScenario } from '../../src/engine/load.js';
import { hostile, scratchDir } from './helpers.js';

const BUILT_INS = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
  Boolean.prototype,
];

/** Every property name and descriptor of the built-in prototypes, to compare before and after. */
function snapshot(): string {
  return JSON.stringify(
    BUILT_INS.map((proto) =>
      Object.getOwnPropertyNames(proto)
        .sort()
        .map((name) => {
          const d = Object.getOwnPropertyDescriptor(proto, name)!;
          return [name, typeof d.value, String(d.writable), String(d.enumerable)];
        }),
    ),
  );
}

test('every prototype key is refused at its line and column', () => {
  const before = snapshot();
  const { scenario, diagnostics } = loadScenario(hostile('prototype-keys.yaml'));
  expect(scenario).toBeNull();
  const at = (line: number, col: number, key: string) =>
    `${line}:${col}: YAML: the key "${key}" is not allowed`;
  expect(diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`)).toEqual([
    at(2, 1, '__proto__'),
    at(3, 1, 'constructor'),
    at(3, 16, 'prototype'), // top level
    at(9, 3, '__proto__'),
    at(10, 20, '__proto__'),
    at(10, 60, 'constructor'),
    at(10, 75, 'prototype'),
    at(11, 12, 'prototype'), // initial
    at(13, 48, '__proto__'), // an actor
    at(19, 35, '__proto__'),
    at(19, 69, 'constructor'),
    at(19, 84, 'prototype'),
    at(20, 5, '__proto__'), // a payload, an event
    at(23, 35, '__proto__'),
    at(24, 62, 'prototype'),
    at(26, 5, 'constructor'),
    at(26, 20, 'prototype'), // a policy
  ]);
  expect(snapshot()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test('quoted, anchored and merged prototype keys are refused too, and nothing leaks from a valid neighbour', () => {
  const before = snapshot();
  const path = join(scratchDir('pollution'), 'sneaky.yaml');
  writeFileSync(
    path,
    [
      'id: sneaky',
      'title: Sneaky',
      'kind: what-if',
      'start: 2016-01-25',
      'base: &base { "__proto__": { polluted: anchored } }',
      'actors:',
      '  - { id: envoy, name: The envoy, role: envoy }',
      'events:',
      '  - { id: a, date: 2016-01-25, actor: envoy, type: STATEMENT_ISSUED, <<: *base }',
    ].join('\n'),
  );
  const { scenario, diagnostics } = loadScenario(path);
  expect(scenario).toBeNull();
  expect(diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`)).toEqual([
    '5:15: YAML: the key "__proto__" is not allowed',
  ]);

  // A valid file runs through replay and a simulation without touching any prototype either.
  const valid = loadScenario(hostile('control-text.yaml')).scenario!;
  replay(valid);
  simulateRange(valid, 1, 0, 3);
  expect(snapshot()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
