/**
 * The fuzzing harness: what a generated file must never do, the generators, and the run count
 * and seed (FUZZ_RUNS, FUZZ_SEED) shared by the fuzz tests, printed so a failure can be replayed.
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { simulateRange } from '../../src/engine/montecarlo.js';
import { replay } from '../../src/engine/run.js';
import { PRECONDITION_NAMES, ROLE_NAMES } from '../../src/model/domain.js';
import { SCRIPT_EVENT_TYPES } from '../../src/model/vocabulary.js';
import { formatDiagnostic } from '../../src/scenario/diagnostics.js';
import { loadScenario } from '../../src/engine/load.js';

/** `npm test` runs a few hundred cases; `npm run fuzz` sets FUZZ_RUNS=10000. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** A fuzzing run, rather than the test suite's sample: truncation then tries every byte. */
export const THOROUGH = RUNS >= 10_000;
export const SEED =
  process.env.FUZZ_SEED === undefined
    ? Math.floor(Math.random() * 2 ** 31)
    : Number(process.env.FUZZ_SEED);
export const options = { numRuns: RUNS, seed: SEED, endOnFailure: RUNS < 1000 } as const;

export function announce(what: string): void {
  console.log(
    `fuzz ${what}: seed ${SEED}, ${RUNS} runs (replay with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS})`,
  );
}

/** Writes `text`, loads it, and runs it if it loads; throws on anything but a clean answer. */
export function survives(dir: string, text: string | Uint8Array): void {
  const path = join(dir, 'case.yaml');
  writeFileSync(path, text);
  const { scenario, diagnostics } = loadScenario(path);
  if (!scenario) {
    if (!diagnostics.length) throw new Error('refused without a diagnostic');
    for (const d of diagnostics) {
      const positioned =
        typeof d.file === 'string' &&
        d.file.length > 0 &&
        Number.isInteger(d.line) &&
        d.line >= 1 &&
        Number.isInteger(d.col) &&
        d.col >= 1 &&
        typeof d.message === 'string' &&
        d.message.length > 0;
      if (!positioned) throw new Error(`not a positioned diagnostic: ${JSON.stringify(d)}`);
      if (INVISIBLE.test(formatDiagnostic(d)))
        throw new Error(`a message carries an invisible character raw: ${JSON.stringify(d)}`);
    }
    return;
  }
  replay(scenario);
  simulateRange(scenario, scenario.seed, 0, 2);
}

/** Bidirectional controls and zero-width characters: messages show them as <U+202E>, never raw. */
const INVISIBLE = /[\u061C\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/;

/**
 * Nesting of every kind mixed (block lists and keys, flow brackets, explicit keys, anchors, tags
 * and aliases on the way), around and past the depth limit, with invisible characters in the leaf.
 */
export const nestingShapes = fc
  .tuple(
    fc.array(fc.constantFrom('- ', '[', '{a: ', 'k:', '? ', '&x ', '*x ', '!!str ', 'b: *x\n'), {
      minLength: 1,
      maxLength: 300,
    }),
    fc.constantFrom('x', '', '1', '"q\u202E"', "'\u200B'", '.nan'),
  )
  .map(([levels, leaf]) => {
    let text = '';
    let indent = 0;
    const closers: string[] = [];
    for (const level of levels) {
      if (level === 'k:') text += `k:\n${' '.repeat((indent += 1))}`;
      else text += level;
      if (level === '[') closers.push(']');
      if (level === '{a: ') closers.push('}');
    }
    return `${text}${leaf}${closers.reverse().join('')}\n`;
  });

/** Many aliases of a few anchors, in lists and mappings: counted and capped, never expanded past the limit. */
export const aliasShapes = fc
  .tuple(fc.integer({ min: 0, max: 400 }), fc.constantFrom('[1, 2]', '{a: 1}', '"x"'), fc.boolean())
  .map(([count, value, flow]) =>
    flow
      ? `a: &x ${value}\nb: [${Array(count).fill('*x').join(', ')}]\n`
      : `a: &x ${value}\nb:\n${Array(count).fill('  - *x\n').join('')}`,
  );

/** Text with YAML's syntax in it: indicators, anchors, tags, quotes, controls, byte-order marks. */
export const yamlNoise = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      'id: ',
      'title: ',
      'start: ',
      'events:',
      'actors:',
      'policies:',
      'extends: ',
      'payload: ',
      '__proto__: ',
      'constructor: ',
    ),
    fc.constantFrom(
      '\n',
      '  ',
      '- ',
      ': ',
      '? ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '&a ',
      '*a',
      '!!str ',
      '!!binary ',
      '|',
      '>-',
      '---\n',
      '...\n',
      '#',
      '"',
      "'",
      '\\',
      '%YAML 1.2\n',
      '<<: *a',
    ),
    fc.constantFrom(
      '\t',
      '\r',
      '\u0000',
      '\u001B[31m',
      '\u0007',
      '\uFEFF',
      '\uD800',
      'ß',
      '日',
      '2016-01-25',
      '+3d',
      '1e999',
      '-0',
      '0x1F',
      '.nan',
      '~',
    ),
    fc.constantFrom('\u202E', '\u200B', '\u2066', '0b101', '0o17', '.inf', '🕊️'),
    fc.string({ maxLength: 3 }),
  ),
  maxLength: 200,
});

const EVENT_TYPES = [...SCRIPT_EVENT_TYPES, 'DEADLINE_PASSED', 'NOT_AN_EVENT'];
const ACTORS = ['envoy', 'hnc', 'government', 'army', 'russia', 'nobody'];
const DATES = [
  '2016-01-25',
  '2016-01-29',
  '2016-02-01',
  '2016-02-03',
  '2016-02-30',
  '2016-02-10',
  '+2d',
  'tomorrow',
];
const loose = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...DATES, ...PRECONDITION_NAMES),
);

const payload = fc.dictionary(
  fc.constantFrom(
    'until',
    'reason',
    'deadline',
    'conditions',
    'meets',
    'preconditions',
    'area',
    'intensity',
    'scope',
    'group',
    'with',
    'place',
    'claim',
    '__proto__',
  ),
  fc.oneof(loose, fc.array(loose, { maxLength: 3 })),
  { maxKeys: 3 },
);

/** Files shaped like scenarios, from the real vocabulary, so some are valid and reach the engine. */
export const scenarioShaped = fc
  .record(
    {
      id: fc.constantFrom('fuzz', 'Fuzz case', ''),
      title: fc.string({ maxLength: 20 }),
      kind: fc.constantFrom('what-if', 'record', 'other'),
      start: fc.constantFrom(...DATES),
      end: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
      actors: fc.array(
        fc.record({
          id: fc.constantFrom(...ACTORS),
          name: fc.string({ maxLength: 10 }),
          role: fc.constantFrom(...ROLE_NAMES, 'king'),
        }),
        { maxLength: 6 },
      ),
      initial: fc.option(fc.record({ confidence: fc.integer({ min: -10, max: 120 }) }), {
        nil: undefined,
      }),
      events: fc.array(
        fc.record({
          id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
          date: fc.constantFrom(...DATES),
          actor: fc.constantFrom(...ACTORS),
          type: fc.constantFrom(...EVENT_TYPES),
          payload: fc.option(payload, { nil: undefined }),
        }),
        { maxLength: 8 },
      ),
      policies: fc.option(
        fc.array(
          fc.record({
            id: fc.constantFrom('p', 'q', 'r'),
            when: fc.record({ event: fc.constantFrom(...EVENT_TYPES) }),
            then: fc.record({
              actor: fc.constantFrom(...ACTORS),
              type: fc.constantFrom(...EVENT_TYPES),
              payload: fc.option(payload, { nil: undefined }),
            }),
            probability: fc.constantFrom(0, 0.5, 1, 2),
            delay: fc.option(fc.integer({ min: -1, max: 3 }), { nil: undefined }),
          }),
          { maxLength: 3 },
        ),
        { nil: undefined },
      ),
    },
    { requiredKeys: ['id', 'start', 'events'] },
  )
  .map((doc) => stringify(doc));

type Tree = Record<string, unknown> | unknown[];
type Path = (string | number)[];

function paths(tree: unknown, prefix: Path = []): Path[] {
  if (tree === null || typeof tree !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(tree) ? tree.map((_, i) => i) : Object.keys(tree);
  return keys.flatMap((k) => [
    [...prefix, k],
    ...paths((tree as Record<string | number, unknown>)[k], [...prefix, k]),
  ]);
}

function parentOf(tree: Tree, path: Path): Tree {
  return path
    .slice(0, -1)
    .reduce<Tree>((node, k) => (node as Record<string | number, unknown>)[k] as Tree, tree);
}

const mutation = fc.record({
  op: fc.constantFrom('delete', 'retype', 'duplicate', 'reorder'),
  pick: fc.nat(),
  value: fc.oneof(
    loose,
    fc.array(loose, { maxLength: 2 }),
    fc.dictionary(fc.string({ maxLength: 4 }), loose, { maxKeys: 2 }),
  ),
});

/** A valid file with fields deleted, retyped, duplicated and reordered, written back as YAML. */
export function mutated(tree: Tree) {
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
    const copy = structuredClone(tree);
    for (const { op, pick, value } of mutations) {
      const all = paths(copy);
      if (!all.length) break;
      const path = all[pick % all.length]!;
      const parent = parentOf(copy, path) as Record<string | number, unknown>;
      const key = path.at(-1)!;
      if (op === 'delete') {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
      } else if (op === 'retype') parent[key] = value;
      else if (op === 'duplicate') {
        if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
        else parent[`${String(key)}2`] = structuredClone(parent[key]);
      } else {
        const node = parent[key];
        if (Array.isArray(node)) node.reverse();
        else if (node && typeof node === 'object')
          parent[key] = Object.fromEntries(Object.entries(node).reverse());
      }
    }
    return stringify(copy);
  });
}

/** The same valid file with one of its lines written twice: duplicate keys, duplicate list items. */
export function lineDuplicated(text: string) {
  const lines = text.split('\n');
  return fc
    .nat({ max: lines.length - 1 })
    .map((i) => [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)].join('\n'));
}
