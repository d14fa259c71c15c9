/**
 * The steps around the current one; refused events and steps not on the record (what-if, rule,
 * clock) are marked.
 */
import { Box } from 'ink';
import { Line, Rule } from './Line.js';
import type { TimelineMark, TimelineRow } from './selectors.js';
import type { Tone } from './theme.js';

/**
 * A column of its own, so the marks line up and survive truncation; the help spells them out,
 * and the mark's word follows the event where the row has room for it.
 */
const MARKS: Record<NonNullable<TimelineMark>, { readonly symbol: string; readonly tone: Tone }> = {
  refused: { symbol: 'x', tone: 'refused' },
  clock: { symbol: '!', tone: 'deadline' },
  rule: { symbol: '*', tone: 'policy' },
  'what-if': { symbol: '+', tone: 'whatIf' },
};

/** "  15 * 2016-02-02 WALKOUT_THREATENED rule", the word dropped when it would not fit `width`. */
function rowText(row: TimelineRow, width: number): string {
  const number = String(row.index + 1).padStart(3);
  const symbol = row.mark ? MARKS[row.mark].symbol : ' ';
  const text = `${row.current ? '>' : ' '}${number} ${symbol} ${row.text}`;
  const worded = row.mark ? `${text} ${row.mark}` : text;
  return worded.length <= width ? worded : text;
}

type Item = TimelineRow | 'fork';

/**
 * The rows with a divider where a fork leaves the run it came from. At 80 columns a row has no
 * room left for a marker beside it, so the divider takes a line: the row farthest from the
 * current one gives it up.
 */
function withForkDivider(rows: readonly TimelineRow[]): Item[] {
  const items: Item[] = rows.flatMap((row) => (row.forkStart ? ['fork' as const, row] : [row]));
  if (items.length === rows.length) return items;
  const current = items.findIndex((item) => item !== 'fork' && item.current);
  return current > items.length - 1 - current ? items.slice(1) : items.slice(0, -1);
}

export function Timeline({
  rows,
  title,
  width,
}: {
  readonly rows: readonly TimelineRow[];
  readonly title: string;
  readonly width: number;
}) {
  return (
    <Box flexDirection="column" width={width}>
      <Rule title={title} width={width - 1} />
      {withForkDivider(rows).map((row) => {
        if (row === 'fork')
          return (
            <Line key="fork" tone="whatIf">
              {'      ── fork ──'}
            </Line>
          );
        const mark = row.mark ? MARKS[row.mark] : null;
        return (
          <Line key={row.index} tone={row.current ? 'current' : (mark?.tone ?? null)}>
            {rowText(row, width - 1)}
          </Line>
        );
      })}
    </Box>
  );
}
