/** Schema problems as positioned diagnostics, with the nearest valid names as hints. */
import type { z } from 'zod';
import type { Diagnostic } from './diagnostics.js';
import { closest, suggest } from './diagnostics.js';
import type { PathKey, YamlFile } from './yamlFile.js';

/** `events[3].type` */
export function pathLabel(path: readonly PathKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('') || 'the file';
}

const NAMES: Record<string, string> = {
  type: 'event type', role: 'role', kind: 'kind', intensity: 'intensity', claim: 'claim',
  process: 'process state', opposition: 'opposition state', government: 'government state', ceasefireTrack: 'ceasefire state',
};

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function toDiagnostic(issue: z.core.$ZodIssue, file: YamlFile, prefix: readonly PathKey[], fields: readonly string[]): Diagnostic {
  const path = [...prefix, ...(issue.path as PathKey[])];
  const label = pathLabel(path);
  const value = valueAt(file.data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0]!;
      return {
        ...file.positionOf([...path, key], true),
        message: `${label}: unknown field "${key}"${issue.keys.length > 1 ? ` (and ${issue.keys.slice(1).map((k) => `"${k}"`).join(', ')})` : ''}`,
        hint: key.includes(' ')
          ? 'inside { } a comma starts a new field: put quotes around text that contains a comma'
          : closest(key, fields).length ? suggest(key, fields, 'fields') : 'remove it, or check its spelling and indentation',
      };
    }
    case 'invalid_value': {
      const last = path.at(-1);
      const options = issue.values.map(String);
      const what = (typeof last === 'string' && NAMES[last]) || 'value';
      return {
        ...file.positionOf(path),
        message: `${label}: unknown ${what} ${JSON.stringify(value)}`,
        hint: suggest(String(value), options, `valid values`),
      };
    }
    case 'invalid_type':
      if (value === undefined) {
        return { ...file.positionOf(path.slice(0, -1)), message: `${label}: missing required field "${String(path.at(-1))}"`, hint: `add it (${issue.expected} expected)` };
      }
      return { ...file.positionOf(path), message: `${label}: expected ${issue.expected}, found ${describe(value)}` };
    default:
      return { ...file.positionOf(path), message: `${label}: ${issue.message}` };
  }
}

/** `fields`: the names a misspelt field is compared with for the hint. */
export function zodDiagnostics(
  error: z.ZodError,
  file: YamlFile,
  prefix: readonly PathKey[] = [],
  fields: readonly string[] = [],
): Diagnostic[] {
  return error.issues.map((issue) => toDiagnostic(issue, file, prefix, fields));
}
