/** A user's mistake in a file: where it is, what is wrong, and how to fix it. */
import { distance } from 'fastest-levenshtein';
import { visible } from '../text/sanitize.js';

export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
  readonly hint?: string;
}

/** `file:line:col: message`, then the hint indented on its own line. Messages quote the file, so its control characters are shown, not sent. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = visible(`${d.file}:${d.line}:${d.col}: ${d.message}`);
  return d.hint ? `${head}\n  hint: ${visible(d.hint)}` : head;
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.col - b.col ||
    a.message.localeCompare(b.message)
  );
}

/**
 * The candidates nearest to a misspelt name, best first.
 * @example closest('BOYCOT_ANNOUNCED', ['BOYCOTT_ANNOUNCED', 'WALKED_OUT']) // ['BOYCOTT_ANNOUNCED']
 */
export function closest(name: string, candidates: readonly string[], most = 3): string[] {
  const lower = name.toLowerCase();
  const limit = Math.max(2, Math.floor(name.length / 3));
  return candidates
    .map((c) => ({
      c,
      d:
        distance(lower, c.toLowerCase()) -
        (c.toLowerCase().includes(lower) && lower.length > 2 ? limit : 0),
    }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, most)
    .map((x) => x.c);
}

/**
 * "did you mean X or Y?", or the full list when nothing is close and the list is short, or where
 * to look them up when it is long.
 */
export function suggest(
  name: string,
  candidates: readonly string[],
  label: string,
  lookUp = `run \`parley events\` for the ${label}`,
): string {
  const near = closest(name, candidates);
  if (near.length) return `did you mean ${near.join(' or ')}?`;
  return candidates.length <= 12 ? `${label}: ${candidates.join(', ')}` : lookUp;
}
