/** The pieces the class screens share: blank rows, how the regions stand, a team's options. */
import { clean } from '../../text/sanitize.js';
import { fitWidth, windowAround } from '../../text/fit.js';
import { Line } from '../Line.js';

/**
 * How many rows the options and the news get, when `fixed` rows are taken: the options as many as
 * there are, leaving the news at least six; the news the rest.
 */
export function rowsFor(height: number, fixed: number, options: number) {
  const optionRows = Math.min(options, Math.max(3, height - fixed - 6));
  return { optionRows, newsRows: Math.max(1, height - fixed - optionRows) };
}

/** `rows` blank lines, so what follows stays where the layout put it. */
export function Blank({ rows }: { readonly rows: number }) {
  return Array.from({ length: Math.max(0, rows) }, (_, i) => <Line key={`blank${i}`}> </Line>);
}

/** Each region and the confidence (regionLines), on two lines so they fit 80 columns. */
export function Regions({
  lines,
  width,
}: {
  readonly lines: readonly string[];
  readonly width: number;
}) {
  return [lines.slice(0, 2), lines.slice(2)].map((part, i) => (
    <Line key={`region${i}`} tone="heading">
      {fitWidth(clean(part.join('  ')), width)}
    </Line>
  ));
}

/** The options around the chosen one, `rows` of them, the chosen one marked. */
export function Options({
  options,
  at,
  rows,
  width,
}: {
  readonly options: readonly string[];
  readonly at: number;
  readonly rows: number;
  readonly width: number;
}) {
  const { first, shown } = windowAround(options, Math.max(0, at), rows);
  return shown.map((line, i) => {
    const current = first + i === at;
    return (
      <Line key={`option${first + i}`} tone={current ? 'current' : null}>
        {fitWidth(`${current ? '>' : ' '}${clean(line)}`, width)}
      </Line>
    );
  });
}
