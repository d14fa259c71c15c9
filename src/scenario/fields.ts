/** Field types shared by scenario files, policies and the source catalog. */
import { z } from 'zod';
import { asWritten } from '../text/sanitize.js';
import { isIsoDate } from '../model/dates.js';

const idPattern = /^[a-z0-9][a-z0-9._-]*$/;
/** A message that names the value it is about: `"2016-02-30" is not a real date`. */
export const about = (text: string) => ({
  error: (issue: { readonly input?: unknown }) => `${asWritten(issue.input)} ${text}`,
});
export const slug = z
  .string()
  .regex(
    idPattern,
    about('must be lower case letters, digits, dots, dashes or underscores, e.g. `talks-delayed`'),
  );
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    ...about('must be written YYYY-MM-DD, e.g. 2016-01-29'),
    abort: true,
  })
  .refine(isIsoDate, about('is not a real date: check the day and the month'));

export const citationSchema = z.strictObject({
  doc: slug.describe('id of the source document in the catalog (seeds/)'),
  quote: z.string().min(1).describe('words that appear in the document, copied exactly'),
});
