/** The fields a scenario's schema expects in each of its mappings: what a misspelt key may have meant. */
import { expect, test } from 'vitest';
import { sourceSchema } from '../src/scenario/catalog.js';
import { scenarioSchema } from '../src/scenario/schema.js';
import { fieldsAt } from '../src/scenario/schemaFields.js';

test('the fields of a mapping inside lists, optional fields and records', () => {
  expect(fieldsAt(scenarioSchema, ['events', 0, 'source'])).toEqual(['doc', 'quote']);
  expect(fieldsAt(scenarioSchema, ['insert', 2, 'events', 1, 'source'])).toEqual(['doc', 'quote']);
  expect(fieldsAt(scenarioSchema, ['policies', 0, 'then'])).toEqual(['actor', 'type', 'payload']);
  expect(fieldsAt(scenarioSchema, ['initial', 'state'])).toEqual([
    'process',
    'opposition',
    'government',
    'ceasefireTrack',
  ]);
  expect(fieldsAt(scenarioSchema, ['initial', 'preconditions', 'liftSieges'])).toEqual([
    'demanded',
    'met',
  ]);
  expect(fieldsAt(scenarioSchema, [])).toContain('events');
  expect(fieldsAt(sourceSchema, [])).toContain('headline');
});

test('an expectation: the fields of every kind', () => {
  expect(fieldsAt(scenarioSchema, ['expect', 0])).toEqual(
    expect.arrayContaining(['on', 'by', 'never', 'simulate', 'share']),
  );
});

test('no fields where the schema has no mapping: a value, a list, a key it does not know', () => {
  expect(fieldsAt(scenarioSchema, ['title'])).toEqual([]);
  expect(fieldsAt(scenarioSchema, ['events'])).toEqual([]);
  expect(fieldsAt(scenarioSchema, ['events', 'first'])).toEqual([]);
  expect(fieldsAt(scenarioSchema, ['colour', 'name'])).toEqual([]);
  expect(fieldsAt(scenarioSchema, ['title', 'name'])).toEqual([]);
});
