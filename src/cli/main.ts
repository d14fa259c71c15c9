#!/usr/bin/env node
/** The `parley` command: dispatch, and the one place exit codes are decided. */
import { EXIT, guardPipes } from './io.js';
import { visible } from '../report/sanitize.js';
import { USAGE, UsageError } from './usage.js';

type Command = (args: string[]) => number | Promise<number>;

// Each command loads only what it uses: the player must not wait for the simulator's modules.
const COMMANDS: Record<string, () => Promise<Command>> = {
  play: async () => (await import('./play.js')).playCommand,
  replay: async () => (await import('./replay.js')).replayCommand,
  validate: async () => (await import('./validate.js')).validateCommand,
  schema: async () => (await import('./schema.js')).schemaCommand,
  events: async () => (await import('./events.js')).eventsCommand,
  new: async () => (await import('./new.js')).newCommand,
  diagram: async () => (await import('./diagram.js')).diagramCommand,
  paths: async () => (await import('./paths.js')).pathsCommand,
  simulate: async () => (await import('./simulate.js')).simulateCommand,
  compare: async () => (await import('./compare.js')).compareCommand,
};

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    process.stdout.write(USAGE);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[first];
  if (command) return (await command())(rest);
  if (first.startsWith('-')) throw new UsageError(`unknown option ${first}`);
  if (/\.ya?ml$/i.test(first) || first.includes('/')) return (await COMMANDS['play']!())(argv);
  throw new UsageError(`unknown command "${first}"`);
}

guardPipes();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) throw error;
    // The message may quote the command line, which can hold anything.
    process.stderr.write(`parley: ${visible((error as Error).message)}\n\n${USAGE}`);
    process.exitCode = EXIT.usage;
  },
);
