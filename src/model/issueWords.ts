/**
 * A schema's refusal in parley's words, where the library would say "Too small: expected string
 * to have >=1 characters": one wording for a scenario file's problems and the player's form alike.
 */
import type { z } from 'zod';
import { asWritten } from '../text/sanitize.js';

/** What a value is, as a message names it: `a list`, `string "x"`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${asWritten(value)}`;
}

/** A length or size refused. Number fields word their own refusals; their message is kept. */
export function sizeRefusal(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  value: unknown,
): string {
  const small = issue.code === 'too_small';
  const bound = Number(
    small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum,
  );
  if (issue.origin === 'string')
    return small && bound <= 1
      ? 'must not be empty'
      : `must be ${small ? 'at least' : 'at most'} ${bound} characters long`;
  if (issue.origin === 'array')
    return small && bound <= 1
      ? 'must list at least one item, not none'
      : `must list ${small ? 'at least' : 'at most'} ${bound} items, not ${Array.isArray(value) ? value.length : 'these'}`;
  return issue.message;
}

/** The refusal of `value` by `issue`, without where it is: the caller names the field. */
export function issueWords(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      return sizeRefusal(issue, value);
    case 'invalid_type':
      if (value === undefined) return `is required (${issue.expected} expected)`;
      if (issue.expected === 'number' || issue.expected === 'int') return issue.message;
      return `expected ${issue.expected}, found ${describeValue(value)}`;
    case 'invalid_value':
      return `${asWritten(value)} is not one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field "${issue.keys.join('", "')}"`;
    default:
      // The schema's own refusals (numberFields.ts, scenario/fields.ts) are parley's words already.
      return issue.message;
  }
}
