/** The current event: date, type, actor, its meaning, what it did, and the source behind it. */
import { Box } from 'ink';
import type { ReactElement } from 'react';
import stringWidth from 'string-width';
import { wrapped } from '../report/table.js';
import { fitLines, fitWidth, wrapItems } from '../text/fit.js';
import { Line, Rule } from './Line.js';
import type { EventView } from './selectors.js';
import type { Question } from './predict.js';

export interface EventPanelProps {
  readonly event: EventView | null;
  readonly title: string;
  /** Shown instead of the event while predict mode waits for a guess. */
  readonly question: Question | null;
  readonly startDate: string;
  readonly width: number;
  readonly height: number;
}

const SEPARATOR = ' | ';

/** Said after the citation when the panel had to cut something. */
export const MORE = '  (Enter: the whole step)';

/** Everything about the step, wrapped to `width`, for the view that Enter opens. */
export function wholeStepLines(event: EventView, width: number): string[] {
  const wrap = (text: string, indent = ''): string[] => wrapped(text, indent, width);
  return [
    ...wrap(event.heading),
    ...wrap(event.meaning),
    ...event.effect.flatMap((part) => wrap(part)),
    ...(event.note ? wrap(`note: ${event.note}`) : []),
    ...wrap(event.quote, '  '),
    ...(event.citation ? wrap(event.citation, '  ') : []),
  ];
}

/** The effect's parts, as many to a line as fit; a part too long for one line wraps onto two. */
function effectLines(parts: readonly string[], width: number): string[] {
  const fitted = parts.flatMap((part) =>
    stringWidth(part) <= width ? [part] : fitLines(part, width, 2).map((l) => fitWidth(l, width)),
  );
  return wrapItems(
    fitted,
    (part) => stringWidth(part) + SEPARATOR.length,
    width + SEPARATOR.length,
  ).map((line) => line.join(SEPARATOR));
}

export function EventPanel({ event, title, question, startDate, width, height }: EventPanelProps) {
  // The event's own text can be in any script: cut it by columns here, not by Ink.
  const fit = (text: string): string => fitWidth(text, width);
  const lines = height - 1;
  let body: ReactElement[];
  if (question) {
    body = [
      ...question.ask.map((text, i) => (
        <Line key={`a${i}`} tone="heading">
          {fit(text)}
        </Line>
      )),
      ...question.answers.map((text, i) => <Line key={i}>{fit(text)}</Line>),
    ];
  } else if (event) {
    // Heading, meaning and citation take a line each; the effect and the quote share the rest,
    // the quote keeping at least one line.
    const room = lines - 3;
    const effect = effectLines(event.effect, width);
    const effectRows = Math.min(effect.length, Math.max(1, room - 1));
    const effectCut = effect.length > effectRows;
    // The last line shown says with an ellipsis that more follows.
    const shownEffect = effect
      .slice(0, effectRows)
      .map((text, i) =>
        effectCut && i === effectRows - 1
          ? `${fitWidth(text, width - 1).replace(/…$/, '')}…`
          : text,
      );
    const quote = fitLines(event.quote, width - 2, Math.max(1, room - effectRows));
    const citation = event.citation ? `  ${event.citation}` : '';
    const cut = effectCut || quote.at(-1)?.endsWith('…') === true || event.note !== null;
    body = [
      <Line key="h" tone="heading">
        {fit(event.heading)}
      </Line>,
      <Line key="m">{fit(event.meaning)}</Line>,
      ...shownEffect.map((text, i) => (
        <Line key={`e${i}`} tone={event.refused ? 'refused' : null}>
          {text}
        </Line>
      )),
      ...quote.map((l, i) => <Line key={`q${i}`}>{fit(`  ${l}`)}</Line>),
      <Line key="c" tone="dim">
        {cut ? `${fitWidth(citation, width - MORE.length)}${MORE}` : fitWidth(citation, width)}
      </Line>,
    ];
  } else {
    body = [
      <Line key="s">{`Before the first event (${startDate}). Press → or space to step.`}</Line>,
    ];
  }
  return (
    <Box flexDirection="column" height={height}>
      <Rule title={event && !question ? `${title} · ${event.id}` : title} width={width} />
      {body.slice(0, lines)}
    </Box>
  );
}
