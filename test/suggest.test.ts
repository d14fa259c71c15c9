/** The hint under a misspelt name: the nearest names, the whole list when it is short, else where to look. */
import { expect, test } from 'vitest';
import { closest, suggest } from '../src/scenario/diagnostics.js';

test('the nearest names, best first, at most three; none when nothing is near', () => {
  expect(closest('BOYCOT_ANNOUNCED', ['WALKED_OUT', 'BOYCOTT_ANNOUNCED'])).toEqual([
    'BOYCOTT_ANNOUNCED',
  ]);
  expect(closest('tpye', ['type', 'title', 'date'])).toEqual(['type']);
  expect(closest('ab', ['abc', 'abd', 'abe', 'abf'])).toEqual(['abc', 'abd', 'abe']);
  expect(closest('zzzzzz', ['type', 'title'])).toEqual([]);
});

test('a name of three letters or more inside a longer one counts as near; of two, only by its spelling', () => {
  expect(closest('govern', ['government'])).toEqual(['government']);
  expect(closest('ab', ['abcde'])).toEqual([]);
});

test('the hint: did you mean; else the list of up to twelve; else where to look them up', () => {
  expect(suggest('tpye', ['type', 'date'], 'fields')).toBe('did you mean type?');
  const twelve = Array.from({ length: 12 }, (_, i) => `name-${i}`);
  expect(suggest('zzzzzzzz', twelve, 'fields')).toBe(`fields: ${twelve.join(', ')}`);
  expect(suggest('zzzzzzzz', [...twelve, 'name-12'], 'fields')).toBe(
    'run `parley events` for the fields',
  );
  expect(suggest('zzzzzzzz', [...twelve, 'name-12'], 'actors', 'see `actors:`')).toBe(
    'see `actors:`',
  );
});
