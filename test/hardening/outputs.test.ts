/**
 * Outside tools accept parley's outputs: Graphviz `dot` reads every DOT diagram, ajv accepts what
 * `parley new` writes against scenario.schema.json (the shipped scenarios: test/schema.test.ts),
 * and the Mermaid charts keep the structure Mermaid needs. Mermaid's own parser needs a browser
 * (its `@mermaid-js/parser` has no state diagrams), so its rules are checked here instead.
 */
import { Ajv } from 'ajv';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { PACKAGE_ROOT } from '../../src/scenario/locations.js';
import { CLI, ensureBuilt } from '../helpers/cli.js';
import { scratchDir } from './helpers.js';

const DOT = ['/usr/bin/dot', '/usr/local/bin/dot', '/opt/homebrew/bin/dot'].find(existsSync);
if (!DOT)
  console.warn(
    'Graphviz `dot` is not installed: the DOT diagrams are not checked (apt-get install graphviz; .ci/run installs it)',
  );

const dir = scratchDir('outputs');
const parley = (...args: string[]): string =>
  execFileSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });

/** A what-if of the Geneva record under another id, which a run's diagram is named after. */
function withId(id: string): string {
  const path = join(dir, `${id}.yaml`);
  writeFileSync(path, `id: ${id}\ntitle: Named to trip a diagram\nextends: geneva-2016\n`);
  return path;
}

const SHIPPED = ['scenarios/geneva-2016.yaml', 'scenarios/astana-2017.yaml'].map((f) =>
  join(PACKAGE_ROOT, f),
);
// DOT keywords, and ids a DOT name may not start with.
const TRICKY_IDS = ['node', 'graph', 'digraph', 'subgraph', 'edge', 'strict', '2016-talks'];

describe('diagrams', () => {
  beforeAll(ensureBuilt);

  const charts = (format: string): [string, () => string][] => [
    ['the machine', () => parley('diagram', '--format', format)],
    ...SHIPPED.map((f): [string, () => string] => [
      `the run of ${f.split('/').at(-1)}`,
      () => parley('diagram', f, '--run', '--format', format),
    ]),
    ...TRICKY_IDS.map((id): [string, () => string] => [
      `a run of a scenario with the id "${id}"`,
      () => parley('diagram', withId(id), '--run', '--format', format),
    ]),
  ];

  test.skipIf(!DOT).each(charts('dot'))(
    `Graphviz dot reads the DOT of %s${DOT ? '' : ' (skipped: dot is not installed)'}`,
    (_what, render) => {
      const { status, stderr } = spawnSync(DOT!, ['-Tsvg', '-o', '/dev/null'], {
        input: render(),
        encoding: 'utf8',
      });
      expect(stderr).toBe('');
      expect(status).toBe(0);
    },
    30_000,
  );

  test.each(charts('mermaid'))(
    'the Mermaid of %s: no state named root (Mermaid drops it), and every state it points at declared',
    (_what, render) => {
      const text = render();
      const declared = new Set(
        [...text.matchAll(/^\s*state "[^"\n]*" as (\w+)/gm)].map((m) => m[1]!),
      );
      expect(declared.has('root')).toBe(false);
      const used = [...text.matchAll(/^\s*(\w+) --> (\w+)/gm)].flatMap((m) => [m[1]!, m[2]!]);
      const noted = [...text.matchAll(/^\s*note right of (\w+)/gm)].map((m) => m[1]!);
      expect([...used, ...noted].filter((id) => !declared.has(id))).toEqual([]);
      // A label is one quoted string on its line: a quote inside would end it early.
      for (const line of text.split('\n').filter((l) => /^\s*state "/.test(l)))
        expect(line.split('"')).toHaveLength(3);
    },
    30_000,
  );

  test('the outer state, its note among them, is declared under a name Mermaid keeps', () => {
    const text = parley('diagram');
    expect(text).toMatch(/^ {2}state "talks" as whole_chart \{$/m);
    expect(text).toMatch(/^ {2}note right of whole_chart$/m);
  }, 30_000);
});

describe('what parley new writes', () => {
  beforeAll(ensureBuilt);
  const validate = new Ajv({ allErrors: true, strict: true }).compile(
    JSON.parse(readFileSync(join(PACKAGE_ROOT, 'scenario.schema.json'), 'utf8')),
  );

  test.each([
    ['a new scenario', ['new', 'fresh']],
    ['a what-if of the Geneva record', ['new', 'what-if-geneva', '--from', 'geneva-2016']],
    ['a what-if of the Astana record', ['new', 'what-if-astana', '--from', 'astana-2017']],
  ])(
    '%s is valid against scenario.schema.json (ajv)',
    (_what, args) => {
      parley(...args);
      const data = parse(readFileSync(join(dir, `${args[1]}.yaml`), 'utf8'));
      expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
    },
    30_000,
  );
});
