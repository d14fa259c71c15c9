/** Schema problems as positioned diagnostics, with the nearest valid names as hints. */
import { describeValue, sizeRefusal } from '../model/issueWords.js';
import type { z } from 'zod';
import { invariant } from '../model/invariant.js';
import { DEADLINE_PASSED, isScriptEventType } from '../model/vocabulary.js';
import type { Diagnostic } from './diagnostics.js';
import { closest, suggest } from './diagnostics.js';
import { fieldsAt } from './schemaFields.js';
import type { PathKey, YamlFile } from './yamlFile.js';
import { asWritten } from '../text/sanitize.js';

/** `events[3].type` */
export function pathLabel(path: readonly PathKey[]): string {
  return (
    path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('') || 'the file'
  );
}

const NAMES: Record<string, string> = {
  type: 'event type',
  role: 'role',
  kind: 'kind',
  intensity: 'intensity',
  claim: 'claim',
  process: 'process state',
  opposition: 'opposition state',
  government: 'government state',
  ceasefireTrack: 'ceasefire state',
};

/** What the file holds at `path`; undefined where the path leads through no mapping or list. */
export function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return value;
}

/** Placed at the mapping that lacks the field; `hint` says what it takes. */
function missingField(file: YamlFile, path: readonly PathKey[], hint: string): Diagnostic {
  const parent = path.slice(0, -1);
  return {
    ...file.positionOf(parent),
    message: `${parent.length ? `${pathLabel(parent)}: ` : ''}missing required field "${String(path.at(-1))}"`,
    hint,
  };
}

/** `meant`: the missing fields an unknown key stands for; else its mapping's fields are compared. */
function toDiagnostic(
  issue: z.core.$ZodIssue,
  file: YamlFile,
  prefix: readonly PathKey[],
  schema: z.ZodType,
  meant: readonly string[],
): Diagnostic {
  const path = [...prefix, ...(issue.path as PathKey[])];
  const label = pathLabel(path);
  const value = valueAt(file.data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = invariant(issue.keys[0], 'zod reports unknown keys with at least one key');
      // Only an unknown key needs its mapping's fields: read from the schema here, not per issue.
      const fields = meant.length ? meant : fieldsAt(schema, issue.path);
      return {
        ...file.positionOf([...path, key], true),
        message: `${label}: unknown field "${key}"${
          issue.keys.length > 1
            ? ` (and ${issue.keys
                .slice(1)
                .map((k) => `"${k}"`)
                .join(', ')})`
            : ''
        }`,
        hint: key.includes(' ')
          ? 'inside { } a comma starts a new field: put quotes around text that contains a comma'
          : closest(key, fields).length
            ? suggest(key, fields, 'fields')
            : 'remove it, or check its spelling and indentation',
      };
    }
    case 'invalid_value': {
      const last = path.at(-1);
      const options = issue.values.map(String);
      // zod reports a missing enum field as a value outside the enum: it is a missing field.
      if (value === undefined)
        return missingField(
          file,
          path,
          options.length <= 12
            ? `add it (one of ${options.join(', ')})`
            : `add it: \`parley events\` lists each ${NAMES[String(last)] ?? 'value'}`,
        );
      if (last === 'type' && value === DEADLINE_PASSED) {
        return {
          ...file.positionOf(path),
          message: `${label}: ${DEADLINE_PASSED} is raised by the simulated clock, never written in a scenario`,
          hint: `give WALKOUT_THREATENED a \`deadline\`: when it passes with the conditions unmet, the clock raises ${DEADLINE_PASSED}`,
        };
      }
      // A policy's `then.type` takes only the actors' own moves, a subset of the event types.
      if (
        last === 'type' &&
        path.at(-2) === 'then' &&
        typeof value === 'string' &&
        isScriptEventType(value)
      ) {
        return {
          ...file.positionOf(path),
          message: `${label}: ${value} is not a move a policy can make`,
          hint: `policies make the actors' own moves: ${options.join(', ')}`,
        };
      }
      const what = (typeof last === 'string' && NAMES[last]) || 'value';
      return {
        ...file.positionOf(path),
        message: `${label}: unknown ${what} ${asWritten(value)}`,
        hint: suggest(String(value), options, `valid values`),
      };
    }
    case 'invalid_type':
      if (value === undefined)
        return missingField(file, path, `add it (${issue.expected} expected)`);
      // Number fields word their own refusals (src/model/numberFields.ts).
      if (issue.expected === 'number' || issue.expected === 'int')
        return { ...file.positionOf(path), message: `${label}: ${issue.message}` };
      return {
        ...file.positionOf(path),
        message: `${label}: expected ${issue.expected}, found ${describeValue(value)}`,
      };
    case 'too_small':
    case 'too_big':
      return { ...file.positionOf(path), message: `${label}: ${sizeRefusal(issue, value)}` };
    default:
      // The schema's own refusals (src/model/numberFields.ts, src/scenario/fields.ts) are parley's words already.
      return { ...file.positionOf(path), message: `${label}: ${issue.message}` };
  }
}

const isMissing = (issue: z.core.$ZodIssue, file: YamlFile, prefix: readonly PathKey[]): boolean =>
  (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
  valueAt(file.data, [...prefix, ...(issue.path as PathKey[])]) === undefined;

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean =>
  a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * The problems of `file`'s data (at `prefix` within it) that `schema` found, each at its place; a
 * misspelt field is compared with the fields of its own mapping for the hint.
 */
export function zodDiagnostics(
  error: z.ZodError,
  file: YamlFile,
  prefix: readonly PathKey[],
  schema: z.ZodType,
): Diagnostic[] {
  // A misspelt field is also a missing one: say it once, as the misspelling, and name the field it meant.
  const missing = error.issues.filter((issue) => isMissing(issue, file, prefix));
  const meantBy = (issue: z.core.$ZodIssue): z.core.$ZodIssue[] =>
    issue.code !== 'unrecognized_keys'
      ? []
      : missing.filter(
          (m) =>
            samePath(m.path.slice(0, -1), issue.path) &&
            issue.keys.some((k) => closest(k, [String(m.path.at(-1))]).length),
        );
  const explained = new Set(error.issues.flatMap(meantBy));
  return error.issues
    .filter((issue) => !explained.has(issue))
    .map((issue) => {
      const meant = meantBy(issue).map((m) => String(m.path.at(-1)));
      return toDiagnostic(issue, file, prefix, schema, meant);
    });
}
