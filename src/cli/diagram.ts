/** `parley diagram [FILE --run] [--format mermaid|dot]`: the statechart, or the path a run took. */
import { statechart } from '../model/statechart.js';
import { DIAGRAM_FORMATS, renderDiagram, runChart, type DiagramFormat } from '../report/diagram.js';
import { EXIT, out } from './io.js';
import { runFile } from './replay.js';
import { commandLine, type Flags } from './args.js';
import { UsageError, wholeNumberOption } from './usage.js';

/** The flags the command takes; `parley diagram --help` documents each (test/flags.test.ts). */
export const FLAGS = {
  run: { type: 'boolean', default: false },
  format: { type: 'string', default: 'mermaid' },
  seed: { type: 'string' },
} satisfies Flags;

export function diagramCommand(args: string[]): number {
  const { values, positionals } = commandLine(args, FLAGS);
  const format = values.format as DiagramFormat;
  if (!DIAGRAM_FORMATS.includes(format))
    throw new UsageError(
      `--format must be one of ${DIAGRAM_FORMATS.join(', ')}, not "${values.format}"`,
    );
  if (positionals.length > 1) throw new UsageError('diagram takes at most one scenario FILE');
  const [file] = positionals;
  if (values.run !== (file !== undefined))
    throw new UsageError(
      "diagram FILE needs --run, and --run needs a FILE: the path that scenario's run took",
    );
  if (!file) {
    out(renderDiagram(statechart(), format));
    return EXIT.ok;
  }
  const run = runFile(file, { seed: wholeNumberOption('seed', values.seed) });
  if (!run) return EXIT.invalid;
  out(renderDiagram(runChart(run), format));
  return EXIT.ok;
}
