/**
 * Number fields of scenario files. Every refusal (not a number, not whole, out of range) states
 * the field's whole rule and the value given, where the library would say "Too big: <=1".
 */
import { z } from 'zod';
import { asWritten } from '../text/sanitize.js';

const refusal =
  (rule: string) =>
  (issue: { readonly input?: unknown }): string =>
    `must be ${rule}, not ${asWritten(issue.input)}`;

/** @example numberBetween(0, 1).safeParse(1.5).error!.issues[0]!.message === 'must be between 0 and 1, not 1.5' */
export function numberBetween(min: number, max: number) {
  const error = refusal(`between ${min} and ${max}`);
  return z.number({ error }).min(min, { error }).max(max, { error });
}

/** @example wholeNumber(0, 365, 'days') refuses -1 with 'must be a whole number of days from 0 to 365, not -1' */
export function wholeNumber(min: number, max?: number, unit?: string) {
  const error = refusal(
    `a whole number${unit ? ` of ${unit}` : ''}${max === undefined ? `, ${min} or more` : ` from ${min} to ${max}`}`,
  );
  const atLeast = z.int({ error }).min(min, { error });
  return max === undefined ? atLeast : atLeast.max(max, { error });
}
