/** Calendar dates on the simulated clock: `YYYY-MM-DD`, always UTC, never the wall clock. */

export const DAY_MS = 86_400_000;
/** Days after a reference date, written `+3d`. */
export const RELATIVE_DAY = /^\+(\d{1,4})d$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (so `2016-02-30` is false). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function toMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// A run adds the same few day counts to the same few dates over and over (every rule's delay);
// the answers are kept, up to a bound that no scenario's calendar reaches.
const added = new Map<string, string>();
const ADDED_LIMIT = 100_000;

/** @example addDays('2016-02-02', 3) === '2016-02-05' */
export function addDays(date: string, days: number): string {
  const key = `${date}|${days}`;
  let sum = added.get(key);
  if (sum === undefined) {
    sum = fromMs(toMs(date) + days * DAY_MS);
    if (added.size >= ADDED_LIMIT) added.clear();
    added.set(key, sum);
  }
  return sum;
}

/** The later of two dates (or '' for none). @example laterDate('2016-02-02', '') === '2016-02-02' */
export const laterDate = (a: string, b: string): string => (b > a ? b : a);

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}
