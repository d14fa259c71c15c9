/**
 * Why the last save was not reloaded: each problem at `file:line:col` with its hint, as
 * `parley validate` prints them, in the event panel's place. The run drawn around it is the last
 * one that validated.
 */
import { Box } from 'ink';
import { formatDiagnostic, type Diagnostic } from '../scenario/diagnostics.js';
import { fitLines, fitWidth } from '../text/fit.js';
import { visible } from '../text/sanitize.js';
import { Line, Rule } from './Line.js';

export interface ProblemsPanelProps {
  readonly problems: readonly Diagnostic[];
  /** The file the player was opened on: `parley validate` on it lists them all. */
  readonly file: string;
  readonly width: number;
  readonly height: number;
}

/** The panel's lines: a problem takes up to two, its hint one; what does not fit is counted. */
export function problemLines(
  problems: readonly Diagnostic[],
  file: string,
  width: number,
  rows: number,
): string[] {
  const blocks = problems.map((d) => {
    const [head = '', hint] = formatDiagnostic(d).split('\n');
    return [...fitLines(head, width, 2), ...(hint ? [fitWidth(hint, width)] : [])];
  });
  const lines: string[] = [];
  for (const [i, block] of blocks.entries()) {
    const left = problems.length - i;
    const room = left > 1 ? rows - 1 : rows;
    if (lines.length + block.length > room) {
      lines.push(fitWidth(`… ${left} more: parley validate ${visible(file)}`, width));
      break;
    }
    lines.push(...block);
  }
  return lines;
}

export function ProblemsPanel({ problems, file, width, height }: ProblemsPanelProps) {
  const n = problems.length;
  const title = `not reloaded: ${n} problem${n === 1 ? '' : 's'} · last good run shown · Esc hides`;
  return (
    <Box flexDirection="column" height={height}>
      <Rule title={title} width={width} />
      {problemLines(problems, file, width, height - 1).map((line, i) => (
        <Line key={i} tone={line.startsWith('  hint:') ? 'dim' : null}>
          {line}
        </Line>
      ))}
    </Box>
  );
}
