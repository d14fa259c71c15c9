/** `parley replay FILE`: validate, run, print in the chosen format. */
import { gameFromFile } from '../engine/gameFile.js';
import { replay, type Run } from '../engine/run.js';
import { classHandout } from '../report/debrief.js';
import { defaultCatalog } from '../engine/load.js';
import { jsonReport } from '../report/json.js';
import { markdownHandout } from '../report/markdown.js';
import { textTranscript } from '../report/text.js';
import { EXIT, out } from './io.js';
import { loadScenarios } from './scenarios.js';
import { commandLine, type Flags } from './args.js';
import { dateOption, onlyPositional, UsageError, wholeNumberOption } from './usage.js';

export const FORMATS = ['text', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** Loads and runs a scenario, or prints its problems; shared by every command that runs one. */
export function runFile(file: string, options: { seed?: number; until?: string }) {
  const [scenario] = loadScenarios([file]) ?? [];
  return scenario ? replay(scenario, options) : null;
}

export function render(run: NonNullable<ReturnType<typeof runFile>>, format: Format): string {
  switch (format) {
    case 'json':
      return jsonReport(run);
    case 'markdown':
      return handout(run);
    case 'text':
      return textTranscript(run, defaultCatalog());
  }
}

/** A classroom game's handout ends with its debrief beside the record; any other run's is the run's. */
function handout(run: Run): string {
  const catalog = defaultCatalog();
  const [baseFile] = run.scenario.extends;
  if (run.scenario.teams && baseFile) {
    const [base] = loadScenarios([baseFile]) ?? [];
    const game = base ? gameFromFile(run.scenario, base) : null;
    if (game?.ok) return classHandout(game.game, catalog, run);
  }
  return markdownHandout(run, catalog);
}

/** The flags of a command that runs one FILE, `replay` and `explain`; the help of each documents them (test/flags.test.ts). */
export const RUN_FLAGS = {
  seed: { type: 'string' },
  until: { type: 'string' },
  format: { type: 'string' },
} satisfies Flags;

/**
 * The command line of a command that runs one FILE: `--seed`, `--until` and `--format` (one of
 * `formats`, the first the default), checked; then the run, or null when the file is invalid.
 * @example runCommand('explain', ['g.yaml', '--format', 'json'], ['text', 'json']) // { run, format: 'json' }
 */
export function runCommand<F extends string>(
  command: string,
  args: string[],
  formats: readonly F[],
) {
  const { values, positionals } = commandLine(args, RUN_FLAGS);
  const file = onlyPositional(positionals, `${command} takes exactly one scenario FILE`);
  const format = (values.format ?? formats[0]) as F;
  if (!formats.includes(format))
    throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${values.format}"`);
  dateOption('until', values.until);
  return {
    run: runFile(file, { seed: wholeNumberOption('seed', values.seed), until: values.until }),
    format,
  };
}

export function replayCommand(args: string[]): number {
  const { run, format } = runCommand('replay', args, FORMATS);
  if (!run) return EXIT.invalid;
  out(render(run, format));
  return EXIT.ok;
}
