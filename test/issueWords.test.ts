/**
 * A schema's refusal in parley's words, for every bound a field may set: the same sentence a bad
 * scenario file gets from `validate` and the player's form gets from a bad payload.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { describeValue, issueWords } from '../src/model/issueWords.js';

/** The words for the first refusal of `value` by `schema`. */
function refusal(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`${String(value)} passed`);
  return issueWords(result.error.issues[0]!, value);
}

describe('a length refused', () => {
  test('text: empty, too short or too long, with the bound', () => {
    expect(refusal(z.string().min(1), '')).toBe('must not be empty');
    expect(refusal(z.string().min(3), 'ab')).toBe('must be at least 3 characters long');
    expect(refusal(z.string().max(3), 'abcd')).toBe('must be at most 3 characters long');
  });

  test('a list: none, too few or too many, with the bound and the count given', () => {
    expect(refusal(z.array(z.string()).min(1), [])).toBe('must list at least one item, not none');
    expect(refusal(z.array(z.string()).min(2), ['a'])).toBe('must list at least 2 items, not 1');
    expect(refusal(z.array(z.string()).max(2), ['a', 'b', 'c'])).toBe(
      'must list at most 2 items, not 3',
    );
  });

  test("a number field's own words are kept", () => {
    const level = z.number().max(100, { error: 'must be between 0 and 100, not 101' });
    expect(refusal(level, 101)).toBe('must be between 0 and 100, not 101');
  });
});

describe('fields a schema does not know', () => {
  test('each is named, in quotes, one after the other', () => {
    const strict = z.strictObject({ area: z.string() });
    expect(refusal(strict, { area: 'x', place: 'y', when: 'z' })).toBe(
      'unknown field "place", "when"',
    );
  });
});

describe('a value of the wrong kind', () => {
  test('names what was given', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(['a'])).toBe('a list');
    expect(describeValue({ a: 1 })).toBe('a mapping');
    expect(describeValue('x')).toBe('string "x"');
    expect(describeValue(true)).toBe('boolean true');
  });
});
