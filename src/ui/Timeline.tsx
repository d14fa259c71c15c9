/** The steps around the current one; refused events, deadline firings, policy and what-if moves are marked. */
import { Box } from 'ink';
import { Line, Rule } from './Line.js';
import type { TimelineMark, TimelineRow } from './selectors.js';
import type { Theme, Tone } from './theme.js';

/** A column of its own, so the marks line up and survive truncation; the help spells them out. */
const MARKS: Record<NonNullable<TimelineMark>, { readonly symbol: string; readonly tone: Tone }> = {
  refused: { symbol: 'x', tone: 'refused' },
  deadline: { symbol: '!', tone: 'deadline' },
  policy: { symbol: '*', tone: 'policy' },
  'what-if': { symbol: '+', tone: 'whatIf' },
};

export function Timeline({ rows, title, width, theme }: { readonly rows: readonly TimelineRow[]; readonly title: string; readonly width: number; readonly theme: Theme }) {
  return (
    <Box flexDirection="column" width={width}>
      <Rule theme={theme} title={title} width={width - 1} />
      {rows.map((row) => {
        const mark = row.mark ? MARKS[row.mark] : null;
        return (
          <Line key={row.index} theme={theme} tone={row.current ? 'current' : mark?.tone ?? null}>
            {`${row.current ? '>' : ' '}${String(row.index + 1).padStart(3)} ${mark?.symbol ?? ' '} ${row.text}${row.forkStart ? '  <- fork' : ''}`}
          </Line>
        );
      })}
    </Box>
  );
}
