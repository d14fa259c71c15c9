/** `parley schema`: the JSON Schema of scenario files, for editors (also kept as scenario.schema.json). */
import { parseArgs } from 'node:util';
import { scenarioJsonSchemaText } from '../scenario/jsonSchema.js';
import { EXIT, out } from './io.js';
import { UsageError } from './usage.js';

export function schemaCommand(args: string[]): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length) throw new UsageError('schema takes no arguments');
  out(scenarioJsonSchemaText());
  return EXIT.ok;
}
