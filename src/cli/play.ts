/** `parley play FILE`: the terminal UI, or the transcript when there is no terminal to draw on. */
import { defaultCatalog } from '../engine/load.js';
import { EXIT, out } from './io.js';
import { loadScenarios } from './scenarios.js';
import { render, runFile } from './replay.js';
import { commandLine, type Flags } from './args.js';
import { onlyPositional, wholeNumberOption } from './usage.js';

/** The flags the command takes; `parley play --help` documents each (test/flags.test.ts). */
export const FLAGS = {
  seed: { type: 'string' },
  predict: { type: 'boolean', default: false },
  'no-watch': { type: 'boolean', default: false },
} satisfies Flags;

export async function playCommand(args: string[]): Promise<number> {
  const { values, positionals } = commandLine(args, FLAGS);
  const file = onlyPositional(positionals, 'play takes exactly one scenario FILE');
  const seed = wholeNumberOption('seed', values.seed);
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    const run = runFile(file, { seed });
    if (!run) return EXIT.invalid;
    out(render(run, 'text'));
    return EXIT.ok;
  }
  // Ink and its colour library read CI when they load, and with it set they hold every frame back
  // until exit and drop colour. A person is at this terminal, wherever it runs: draw live.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  // Loaded only here, so the transcript path never pays for React and Ink; the build bundles it.
  // Asked for before the file is read: its WebAssembly layout engine compiles in the background.
  const player = import('../ui/startPlayer.js');
  player.catch(() => undefined);
  const [scenario] = loadScenarios([file]) ?? [];
  if (!scenario) return EXIT.invalid;
  const { startPlayer } = await player;
  await startPlayer(scenario, defaultCatalog(), {
    predict: values.predict,
    seed,
    watch: !values['no-watch'],
  });
  return EXIT.ok;
}
