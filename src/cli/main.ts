#!/usr/bin/env node
/** The `parley` command: dispatch, and the one place exit codes are decided. */
import { EXIT, guardPipes } from './io.js';
import { visible } from '../text/sanitize.js';
import { commandUsage, USAGE, UsageError } from './usage.js';

type Command = (args: string[]) => number | Promise<number>;

// Each command loads only what it uses: the player must not wait for the simulator's modules.
const COMMANDS: Record<string, () => Promise<Command>> = {
  play: async () => (await import('./play.js')).playCommand,
  replay: async () => (await import('./replay.js')).replayCommand,
  explain: async () => (await import('./explain.js')).explainCommand,
  validate: async () => (await import('./validate.js')).validateCommand,
  schema: async () => (await import('./schema.js')).schemaCommand,
  events: async () => (await import('./events.js')).eventsCommand,
  new: async () => (await import('./new.js')).newCommand,
  diagram: async () => (await import('./diagram.js')).diagramCommand,
  paths: async () => (await import('./paths.js')).pathsCommand,
  simulate: async () => (await import('./simulate.js')).simulateCommand,
  merge: async () => (await import('./merge.js')).mergeCommand,
  compare: async () => (await import('./compare.js')).compareCommand,
  rules: async () => (await import('./rules.js')).rulesCommand,
  test: async () => (await import('./test.js')).testCommand,
  class: async () => (await import('./class.js')).classCommand,
  host: async () => (await import('./host.js')).hostCommand,
  join: async () => (await import('./join.js')).joinCommand,
};

const HELP = ['help', '--help', '-h'];
const VERSION = ['--version', '-V'];

/** The version of the installed package, as `npm ls` names it. */
async function version(): Promise<string> {
  const [{ readFileSync }, { join }, { PACKAGE_ROOT }] = await Promise.all([
    import('node:fs'),
    import('node:path'),
    import('../scenario/locations.js'),
  ]);
  return (
    JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version;
}

/** `--help` or `-h` anywhere before `--`, after which words are no flags. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** The message first, then only the usage of the command it is about: the whole usage would bury it. */
function refuse(error: UsageError, command: string | null): number {
  // The message may quote the command line, which can hold anything.
  const hint = error.hint ? `  hint: ${visible(error.hint)}\n` : '';
  const usage = command ? `\n${commandUsage(command)}` : 'run `parley help` for the usage\n';
  process.stderr.write(`parley: ${visible(error.message)}\n${hint}${usage}`);
  return EXIT.usage;
}

async function unknownCommand(first: string): Promise<UsageError> {
  if (first.startsWith('-')) return new UsageError(`unknown option ${first}`);
  const { closest } = await import('../scenario/diagnostics.js');
  const near = closest(first, [...Object.keys(COMMANDS), 'help']);
  return new UsageError(
    `unknown command "${first}"`,
    near.length ? `did you mean ${near.join(' or ')}?` : undefined,
  );
}

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || HELP.includes(first)) {
    process.stdout.write(USAGE);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (VERSION.includes(first)) {
    process.stdout.write(`parley ${await version()}\n`);
    return EXIT.ok;
  }
  const isFile =
    !COMMANDS[first] && !first.startsWith('-') && (/\.ya?ml$/i.test(first) || first.includes('/'));
  const name = isFile ? 'play' : first;
  const command = COMMANDS[name];
  if (!command) return refuse(await unknownCommand(first), null);
  const args = isFile ? argv : rest;
  if (asksForHelp(args)) {
    process.stdout.write(commandUsage(name));
    return EXIT.ok;
  }
  try {
    return await (await command())(args);
  } catch (error) {
    if (error instanceof UsageError) return refuse(error, name);
    throw error;
  }
}

guardPipes();
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
