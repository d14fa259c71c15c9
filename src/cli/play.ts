/** `parley play FILE`: the terminal UI, or the transcript when there is no terminal to draw on. */
import { parseArgs } from 'node:util';
import { EXIT, out } from './io.js';
import { parseSeed, render, runFile } from './replay.js';
import { UsageError } from './usage.js';

export function playCommand(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { seed: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('play takes exactly one scenario FILE');
  const run = runFile(positionals[0]!, { seed: parseSeed(values.seed) });
  if (!run) return EXIT.invalid;
  out(render(run, 'text'));
  return EXIT.ok;
}
