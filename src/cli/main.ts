#!/usr/bin/env node
/** The `parley` command: dispatch, and the one place exit codes are decided. */
import { diagramCommand } from './diagram.js';
import { compareCommand } from './compare.js';
import { eventsCommand } from './events.js';
import { EXIT, guardPipes } from './io.js';
import { newCommand } from './new.js';
import { pathsCommand } from './paths.js';
import { playCommand } from './play.js';
import { replayCommand } from './replay.js';
import { schemaCommand } from './schema.js';
import { simulateCommand } from './simulate.js';
import { USAGE, UsageError } from './usage.js';
import { validateCommand } from './validate.js';

const COMMANDS: Record<string, (args: string[]) => number | Promise<number>> = {
  play: playCommand,
  replay: replayCommand,
  validate: validateCommand,
  schema: schemaCommand,
  events: eventsCommand,
  new: newCommand,
  diagram: diagramCommand,
  paths: pathsCommand,
  simulate: simulateCommand,
  compare: compareCommand,
};

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    process.stdout.write(USAGE);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[first];
  if (command) return command(rest);
  if (first.startsWith('-')) throw new UsageError(`unknown option ${first}`);
  if (/\.ya?ml$/i.test(first) || first.includes('/')) return playCommand(argv);
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
    process.stderr.write(`parley: ${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = EXIT.usage;
  },
);
