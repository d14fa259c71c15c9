/** `parley schema`: the JSON Schema of scenario files, for editors (also kept as scenario.schema.json). */
import { scenarioJsonSchemaText } from '../scenario/jsonSchema.js';
import { EXIT, out } from './io.js';
import { commandLine, type Flags } from './args.js';
import { UsageError } from './usage.js';

/** The flags the command takes; `parley schema --help` documents each (test/flags.test.ts). */
export const FLAGS = {} satisfies Flags;

export function schemaCommand(args: string[]): number {
  const { positionals } = commandLine(args, FLAGS);
  if (positionals.length) throw new UsageError('schema takes no arguments');
  out(scenarioJsonSchemaText());
  return EXIT.ok;
}
