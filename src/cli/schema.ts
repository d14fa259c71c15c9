/** `parley schema`: the JSON Schema of scenario files, for editors (also kept as scenario.schema.json). */
import { scenarioJsonSchemaText } from '../scenario/jsonSchema.js';
import { EXIT, out } from './io.js';
import { commandLine } from './args.js';
import { UsageError } from './usage.js';

export function schemaCommand(args: string[]): number {
  const { positionals } = commandLine(args, {});
  if (positionals.length) throw new UsageError('schema takes no arguments');
  out(scenarioJsonSchemaText());
  return EXIT.ok;
}
