/**
 * The fast path for reading a scenario. js-yaml reads a valid file about ten times faster than
 * `yaml`, whose positions only a mistake needs; so a file is read with js-yaml first, and `yaml`
 * reads it again only when a message must point into it. Anything out of the ordinary (anchors,
 * aliases, tags, keys that name object internals, deep nesting, a parse error) goes straight to
 * `yaml`, whose checks and messages cover it.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { MAX_DEPTH } from './nesting.js';

const UNUSUAL = /(?:^|[\s[{,])[&*!]|__proto__|constructor|prototype/;

function shallow(data: unknown): boolean {
  const stack: [unknown, number][] = [[data, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, depth] = next;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return false;
    for (const item of Object.values(value)) stack.push([item, depth + 1]);
  }
  return true;
}

/** The file's data, or undefined when only the full parser should read it. */
export function quickParse(text: string): unknown {
  if (UNUSUAL.test(text)) return undefined;
  try {
    const data = load(text, { schema: CORE_SCHEMA });
    return shallow(data) ? data : undefined;
  } catch {
    return undefined;
  }
}
