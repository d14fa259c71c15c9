/** A command's arguments, checked against its flags and refused in parley's words. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from '../scenario/diagnostics.js';
import { UsageError } from './usage.js';

/** A command's flags, as Node's parseArgs takes them. */
export type Flags = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Flags> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true }>
>;

/**
 * What Node's strict parseArgs returns, with refusals a user can act on: its own messages span
 * lines and speak of "positional arguments". A value that starts with a dash is taken as the value
 * (so `--seed -1` is refused as a seed), unless it is one of the command's flags: then the value
 * was left out.
 * @example commandLine(['f.yaml', '--seed', '3'], { seed: { type: 'string' } }) // { values: { seed: '3' }, positionals: ['f.yaml'] }
 */
export function commandLine<const O extends Flags>(args: string[], options: O): Parsed<O> {
  const { values, positionals, tokens } = parseArgs({
    args,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const flags = Object.keys(options).map((name) => `--${name}`);
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const type = options[token.name]?.type;
    if (!type) {
      const near = closest(token.rawName, flags);
      throw new UsageError(
        `unknown option ${token.rawName}`,
        near.length ? `did you mean ${near.join(' or ')}?` : undefined,
      );
    }
    if (type === 'boolean' && token.value !== undefined)
      throw new UsageError(`${token.rawName} takes no value, not "${token.value}"`);
    if (
      type === 'string' &&
      (token.value === undefined ||
        (!token.inlineValue && flags.includes(token.value.replace(/=.*/s, ''))))
    ) {
      throw new UsageError(`${token.rawName} needs a value`);
    }
  }
  return { values, positionals } as Parsed<O>;
}
