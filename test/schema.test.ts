/**
 * The editor schema: generated from the loader's zod schema, committed as scenario.schema.json,
 * and checked with a JSON Schema validator (ajv) the way an editor would read it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { scenarioJsonSchemaText } from '../src/scenario/jsonSchema.js';
import { PACKAGE_ROOT } from '../src/scenario/locations.js';
import { CLI } from './helpers/cli.js';

const SCHEMA_FILE = join(PACKAGE_ROOT, 'scenario.schema.json');
const yamlIn = (folder: string): string[] =>
  readdirSync(join(PACKAGE_ROOT, folder))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(PACKAGE_ROOT, folder, f));

const VALID = [
  ...yamlIn('scenarios'),
  ...yamlIn('scenarios/what-if'),
  ...yamlIn('test/fixtures/engine'),
  ...yamlIn('test/fixtures/whatif'),
  ...yamlIn('test/fixtures/policies'),
];
const BROKEN = 'test/fixtures/broken';

/** Broken fixtures whose mistake is in the shape of the file: the JSON Schema alone catches them. */
const SCHEMA_MISTAKES = [
  'date-format.yaml',
  'deadline-passed-by-hand.yaml',
  'empty.yaml',
  'list-not-mapping.yaml',
  'misspelt-type.yaml',
  'payload-missing-field.yaml',
  'payload-unknown-field.yaml',
  'no-title.yaml',
  'policy-numbers.yaml',
  'several-mistakes.yaml',
  'shape-and-domain.yaml',
  'unknown-field.yaml',
];
/** Not YAML an editor can read as data at all. */
const UNPARSEABLE = [
  'duplicate-key.yaml',
  'over-indented.yaml',
  'tab-in-mapping.yaml',
  'tab-indent.yaml',
  'yaml-syntax.yaml',
];

const validate = new Ajv({ allErrors: true, strict: true }).compile(
  JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')),
);
const valid = (file: string): boolean =>
  validate(parse(readFileSync(file, 'utf8')) ?? null) as boolean;

describe('scenario.schema.json', () => {
  test('is exactly what `parley schema` prints now (run `parley schema > scenario.schema.json` after a schema change)', () => {
    const printed = execFileSync(process.execPath, [CLI, 'schema'], { encoding: 'utf8' });
    expect(printed).toBe(scenarioJsonSchemaText());
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });

  test.each(VALID.map((f) => [relative(PACKAGE_ROOT, f), f]))(
    'accepts %s, which names it on its first line',
    (_, file) => {
      expect(valid(file), JSON.stringify(validate.errors, null, 2)).toBe(true);
      const reference = relative(dirname(file), SCHEMA_FILE);
      expect(readFileSync(file, 'utf8').split('\n')[0]).toBe(
        `# yaml-language-server: $schema=${reference}`,
      );
    },
  );

  test.each(SCHEMA_MISTAKES)('rejects the shape mistake in broken/%s', (name) => {
    expect(valid(join(PACKAGE_ROOT, BROKEN, name))).toBe(false);
  });

  test('leaves the other broken fixtures to the loader: their mistakes are in the meaning, not the shape', () => {
    const rest = yamlIn(BROKEN).filter(
      (f) => ![...SCHEMA_MISTAKES, ...UNPARSEABLE].some((name) => f.endsWith(`/${name}`)),
    );
    expect(rest.length).toBeGreaterThan(10);
    expect(rest.filter((f) => !valid(f)).map((f) => relative(PACKAGE_ROOT, f))).toEqual([]);
  });

  test('offers each event type, and each type its own payload fields', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    const event = schema.properties.events.items;
    expect(event.properties.type.enum).toContain('WALKOUT_THREATENED');
    const rule = event.allOf.find(
      (r: { if: { properties: { type: { const: string } } } }) =>
        r.if.properties.type.const === 'WALKOUT_THREATENED',
    );
    expect(rule.then).toEqual({
      properties: { payload: { $ref: '#/definitions/payload.WALKOUT_THREATENED' } },
      required: ['payload'],
    });
    expect(Object.keys(schema.definitions['payload.WALKOUT_THREATENED'].properties)).toEqual([
      'deadline',
      'conditions',
    ]);
  });
});
