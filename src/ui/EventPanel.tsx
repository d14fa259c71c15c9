/** The current event: date, type, actor, its meaning, what it did, and the source behind it. */
import { Box } from 'ink';
import { fitLines, fitWidth } from './fit.js';
import { Line, Rule } from './Line.js';
import type { EventView } from './selectors.js';
import type { Theme } from './theme.js';

export const EVENT_PANEL_HEIGHT = 7;

export interface EventPanelProps {
  readonly event: EventView | null;
  readonly title: string;
  /** Shown instead of the event while predict mode waits for a guess. */
  readonly question: readonly string[] | null;
  readonly startDate: string;
  readonly width: number;
  readonly theme: Theme;
}

export function EventPanel({ event, title, question, startDate, width, theme }: EventPanelProps) {
  // The event's own text can be in any script: cut it by columns here, not by Ink.
  const fit = (text: string): string => fitWidth(text, width);
  const body = question
    ? question.map((text, i) => <Line key={i} theme={theme} tone={i === 0 ? 'heading' : null}>{text}</Line>)
    : event
      ? [
        <Line key="h" theme={theme} tone="heading">{fit(event.heading)}</Line>,
        <Line key="m" theme={theme}>{fit(event.meaning)}</Line>,
        <Line key="e" theme={theme} tone={event.refused ? 'refused' : null}>{fit(event.effect)}</Line>,
        ...(event.quote ? fitLines(event.quote, width - 2, 2) : ['(no source: a what-if or the clock)'])
          .map((l, i) => <Line key={`q${i}`} theme={theme}>{fit(`  ${l}`)}</Line>),
        <Line key="c" theme={theme} tone="dim">{event.citation ? fit(`  ${event.citation}`) : ''}</Line>,
      ]
      : [<Line key="s" theme={theme}>{`Before the first event (${startDate}). Press → or space to step.`}</Line>];
  return (
    <Box flexDirection="column" height={EVENT_PANEL_HEIGHT}>
      <Rule theme={theme} title={title} width={width} />
      {body.slice(0, EVENT_PANEL_HEIGHT - 1)}
    </Box>
  );
}
