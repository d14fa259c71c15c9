/**
 * From file to scenario: parse, check the shape, follow `extends` and apply its patches.
 * Everything the shape allows but the domain forbids is checked afterwards, in check.ts.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Actor, InitialSetup, Policy } from './types.js';
import type { Diagnostic } from './diagnostics.js';
import { closest, suggest } from './diagnostics.js';
import { SCENARIOS_DIR } from './locations.js';
import { readScenarioText, STDIN, STDIN_SHOWN } from './readSource.js';
import { salvage, type Salvaged } from './salvage.js';
import { RULE_REQUIRED, type PolicyEntry, type PolicyOverride } from './policySchema.js';
import { policyOf, rulesDiffer } from './rules.js';
import { scenarioSchema, type EventEntry } from './schema.js';
import { parseYaml, type PathKey, type YamlFile } from './yamlFile.js';
import { valueAt, zodDiagnostics } from './zodIssues.js';
import { outOfOrder, type WrittenEvent, type WrittenPolicy } from './written.js';

export interface Resolved {
  readonly file: YamlFile;
  /** The file's own fields, null in a list where an entry did not fit the schema (see salvage.ts). */
  readonly raw: Salvaged;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly seed: number;
  readonly start: string | null;
  readonly actors: readonly Actor[];
  readonly initial: InitialSetup;
  readonly events: readonly WrittenEvent[];
  /** A what-if's rule overrides the base rule of its id, in the base's place; a new rule comes last. */
  readonly policies: readonly WrittenPolicy[];
  readonly end: string | null;
  /** A classroom game's teams (team -> actor id), from the file or the one it extends. */
  readonly teams: Readonly<Record<string, string>> | null;
  /** Where a what-if's events first depart from its record: an index into `events`, 0 when it changes the start. */
  readonly forkAt: number | null;
  /**
   * The rules of the record a what-if changed the rules of (its own or an earlier file in the
   * chain): the policies play from the first step where the two sets differ (see ruleFork.ts).
   * Null when the rules are the record's, or the what-if follows the record.
   */
  readonly rulesBefore: readonly Policy[] | null;
  /** The files this one extends, nearest first. */
  readonly bases: readonly string[];
  /** An `extends` in the chain could not be followed (already reported): what it would give is unknown, not missing. */
  readonly baseMissing: boolean;
}

export const DEFAULT_SEED = 1;

const shown = (path: string): string =>
  path === STDIN ? STDIN_SHOWN : relative(process.cwd(), path) || path;

/** How many files an `extends` chain may hold: a record and a few what-ifs on it need five or six. */
export const MAX_EXTENDS = 32;

/** The ids of the scenarios shipped in scenarios/, which `extends` finds by id alone. */
export function scenarioIds(): string[] {
  try {
    return readdirSync(SCENARIOS_DIR)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -5))
      .sort();
  } catch {
    return [];
  }
}

/** `extends: geneva-2016` names a file beside this one, or a scenario shipped in scenarios/. */
export function findBase(name: string, fromFile: string): string | null {
  const candidates = isAbsolute(name)
    ? [name, `${name}.yaml`]
    : [
        join(dirname(fromFile), name),
        join(dirname(fromFile), `${name}.yaml`),
        join(SCENARIOS_DIR, `${name}.yaml`),
      ];
  return candidates.find((c) => existsSync(c) && !c.endsWith('/')) ?? null;
}

export function resolveFile(
  path: string,
  diagnostics: Diagnostic[],
  chain: readonly string[] = [],
): Resolved | null {
  const absolute = path === STDIN ? STDIN : resolve(path);
  const read = readScenarioText(absolute, shown(absolute));
  if ('error' in read) {
    diagnostics.push(read.error);
    return null;
  }
  const file = parseYaml(shown(absolute), read.text);
  diagnostics.push(...file.errors);
  if (file.errors.length) return null;
  if (!file.data || typeof file.data !== 'object' || Array.isArray(file.data)) {
    diagnostics.push({
      ...file.positionOf([]),
      message:
        'a scenario file must be a mapping of fields (id, title, start, actors, events, ...)',
    });
    return null;
  }
  if (!Object.keys(file.data).some((key) => key in scenarioSchema.shape)) {
    // Its fields would all be unknown ones: listing them would echo a file that may be anyone's.
    diagnostics.push({
      ...file.positionOf([]),
      message:
        'is not a scenario file: it has none of the fields of one (id, title, start, actors, events, ...)',
    });
    return null;
  }
  const parsed = scenarioSchema.safeParse(file.data);
  if (!parsed.success) diagnostics.push(...zodDiagnostics(parsed.error, file, [], scenarioSchema));
  const raw: Salvaged = parsed.success
    ? parsed.data
    : salvage(file.data as Record<string, unknown>);

  let base: Resolved | null = null;
  if (raw.extends !== undefined) {
    const basePath = findBase(raw.extends, absolute);
    if (!basePath) {
      diagnostics.push({
        ...file.positionOf(['extends']),
        message: `extends: cannot find scenario "${raw.extends}"`,
        hint: suggest(raw.extends, scenarioIds(), 'shipped scenarios'),
      });
    } else if (!/\.ya?ml$/i.test(basePath) && statSync(basePath).isFile()) {
      diagnostics.push({
        ...file.positionOf(['extends']),
        message: `extends: "${raw.extends}" is not a scenario file`,
        hint: 'extends names a .yaml file, or a shipped scenario by its id',
      });
    } else if (chain.length + 1 >= MAX_EXTENDS) {
      diagnostics.push({
        ...file.positionOf(['extends']),
        message: `extends: the chain is more than ${MAX_EXTENDS} files long`,
        hint: 'a what-if extends its record, or one what-if of it; check for a chain written by a program',
      });
    } else if ([...chain, absolute].includes(resolve(basePath))) {
      diagnostics.push({
        ...file.positionOf(['extends']),
        message: `extends: "${raw.extends}" leads back to a file already in the chain`,
        hint: [...chain, absolute, resolve(basePath)].map(shown).join(' -> '),
      });
    } else {
      base = resolveFile(basePath, diagnostics, [...chain, absolute]);
      if (!base)
        diagnostics.push({
          ...file.positionOf(['extends']),
          message: `extends: "${raw.extends}" has errors (listed above)`,
        });
    }
  }
  return merge(file, raw, base, diagnostics);
}

function merge(
  file: YamlFile,
  raw: Salvaged,
  base: Resolved | null,
  diagnostics: Diagnostic[],
): Resolved {
  const recorded = (raw.kind ?? (raw.extends ? 'what-if' : 'record')) === 'record';
  const own = (raw.events ?? []).flatMap((entry, i): WrittenEvent[] =>
    entry ? [{ entry, file, path: ['events', i], recorded }] : [],
  );
  const ownActors = raw.actors ?? [];
  const actors = [
    ...(base?.actors ?? []).filter((a) => !ownActors.some((o) => o.id === a.id)),
    ...ownActors,
  ];
  if (base) checkOwnOrder(own, diagnostics);
  const events = base
    ? mergeByDate(patch(base.events, raw, file, recorded, diagnostics), own)
    : own;
  const baseMissing = raw.extends !== undefined && (!base || base.baseMissing);
  const policies = mergePolicies(base, raw.policies ?? [], file, baseMissing, diagnostics);
  return {
    file,
    raw,
    id: raw.id ?? base?.id ?? 'scenario',
    title: raw.title ?? base?.title ?? '',
    // A what-if's own: the base's description tells of another run.
    description: raw.description ?? '',
    seed: raw.seed ?? base?.seed ?? DEFAULT_SEED,
    start: raw.start ?? base?.start ?? null,
    actors,
    initial: {
      ...base?.initial,
      ...raw.initial,
      preconditions: { ...base?.initial.preconditions, ...raw.initial?.preconditions },
      state: { ...base?.initial.state, ...raw.initial?.state },
    },
    events,
    policies,
    end: raw.end ?? base?.end ?? null,
    teams: raw.teams ?? base?.teams ?? null,
    forkAt: base && !raw.followRecord ? (raw.initial ? 0 : forkPoint(base, events)) : null,
    rulesBefore:
      base && !raw.followRecord ? (base.rulesBefore ?? changedFrom(base.policies, policies)) : null,
    bases: base ? [base.file.file, ...base.bases] : [],
    baseMissing,
  };
}

/** The base's rules, when `policies` act differently from them. */
function changedFrom(
  base: readonly WrittenPolicy[],
  policies: readonly WrittenPolicy[],
): Policy[] | null {
  const [before, after] = [
    base.map((p) => policyOf(p.entry)),
    policies.map((p) => policyOf(p.entry)),
  ];
  return rulesDiffer(before, after) ? before : null;
}

/**
 * A what-if's rules over its base's: an entry with a base rule's id overrides the fields it
 * gives (each field whole: see policySchema.ts) and keeps the base rule's place, so the rules
 * draw in the same order; any other entry is a new rule and must be whole.
 */
function mergePolicies(
  base: Resolved | null,
  own: readonly (PolicyOverride | null)[],
  file: YamlFile,
  baseMissing: boolean,
  diagnostics: Diagnostic[],
): WrittenPolicy[] {
  const policies = [...(base?.policies ?? [])];
  const baseIds = policies.map((p) => p.entry.id);
  own.forEach((entry, i) => {
    // Entries that did not fit the schema are null here (see salvage.ts), and reported already.
    if (!entry) return;
    const path = ['policies', i];
    const at = policies.findIndex((p) => p.entry.id === entry.id && p.file !== file);
    const overridden = policies[at];
    if (overridden) {
      policies[at] = { entry: { ...overridden.entry, ...entry }, file, path };
      return;
    }
    const missing = RULE_REQUIRED.filter((field) => entry[field] === undefined);
    if (!missing.length) {
      policies.push({ entry: entry as PolicyEntry, file, path });
      return;
    }
    // The rule it overrides may be in a base that could not be read (already reported).
    if (baseMissing) return;
    if (base && !baseIds.includes(entry.id)) {
      const fields = missing.map((f) => `\`${f}\``).join(', ');
      diagnostics.push({
        ...file.positionOf([...path, 'id']),
        message: `policy "${entry.id}": no rule of that id in the base scenario to override (a new rule needs ${fields})`,
        hint: suggest(
          entry.id,
          baseIds,
          'base rules',
          '`parley rules` of the base lists its rules',
        ),
      });
    } else if (base) {
      diagnostics.push({
        ...file.positionOf([...path, 'id']),
        message: `policy "${entry.id}": duplicate policy id`,
        hint: 'a what-if changes a base policy by using its id once',
      });
    } else {
      // A field written misspelt is told as an unknown field naming the one it meant: not again as missing.
      // The entry as written, before the schema dropped the fields that did not fit.
      const asWritten = valueAt(file.data, path);
      const written = asWritten && typeof asWritten === 'object' ? Object.keys(asWritten) : [];
      for (const field of missing.filter((f) => !written.some((k) => closest(k, [f]).length))) {
        diagnostics.push({
          ...file.positionOf(path),
          message: `policies[${i}]: missing required field "${field}"`,
          hint: `a rule needs ${RULE_REQUIRED.join(', ')}; only a what-if's override of a base rule may leave them out`,
        });
      }
    }
  });
  return policies;
}

/**
 * Where `events` depart from `base`'s, or `base` from its own record if that comes first.
 * Unchanged base events are the same objects, so the first one that is not marks the fork.
 */
export function forkPoint<T>(
  base: { readonly events: readonly T[]; readonly forkAt: number | null },
  events: readonly T[],
): number | null {
  let i = 0;
  while (i < events.length && events[i] === base.events[i]) i += 1;
  const own = i === events.length && i === base.events.length ? null : i;
  return earliest(own, base.forkAt);
}

/** The earlier of two fork points, where either may be none. @example earliest(null, 4) // 4 */
export const earliest = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.min(a, b);

const dateOf = (e: WrittenEvent): string | undefined => e.entry.date;

/**
 * A what-if's own events are placed among the base's by date, which would hide that the author
 * listed two of them out of order; a record's order is checked where its events are.
 */
function checkOwnOrder(own: readonly WrittenEvent[], diagnostics: Diagnostic[]): void {
  own.forEach((event, i) => {
    const previous = own[i - 1];
    const [date, before] = [event.entry.date, previous?.entry.date];
    if (!previous || !date || !before || date >= before) return;
    diagnostics.push(outOfOrder(event, date, 'after', previous, before));
  });
}

/** Adds events to a base timeline, each after the base events of the same date or earlier. */
function mergeByDate(
  base: readonly WrittenEvent[],
  added: readonly WrittenEvent[],
): WrittenEvent[] {
  const out = [...base];
  for (const event of added) {
    const date = dateOf(event);
    const at = date === undefined ? out.length : out.findIndex((e) => (dateOf(e) ?? '') > date);
    out.splice(at === -1 ? out.length : at, 0, event);
  }
  return out;
}

function patch(
  base: readonly WrittenEvent[],
  raw: Salvaged,
  file: YamlFile,
  recorded: boolean,
  diagnostics: Diagnostic[],
): WrittenEvent[] {
  let events = [...base];
  const ids = (): string[] => events.map((e) => e.entry.id);
  const missing = (id: string, path: PathKey[]): void => {
    if (base.some((e) => e.entry.id === id)) {
      diagnostics.push({
        ...file.positionOf(path),
        message: `event "${id}" is removed by this file's \`remove\` list`,
        hint: 'name a neighbouring event instead, or keep this one',
      });
      return;
    }
    const lookUp = "`parley replay` of the base shows each event's id, after a # on its first line";
    diagnostics.push({
      ...file.positionOf(path),
      message: `no event "${id}" in the base scenario`,
      hint: suggest(id, ids(), 'event ids', lookUp),
    });
  };
  (raw.remove ?? []).forEach((id, i) => {
    if (!ids().includes(id)) {
      missing(id, ['remove', i]);
      return;
    }
    events = events.filter((e) => e.entry.id !== id);
  });
  // Entries that did not fit the schema are null here (see salvage.ts), and reported already.
  (raw.replace ?? []).forEach((change, i) => {
    if (!change) return;
    const at = events.findIndex((e) => e.entry.id === change.id);
    const original = events[at];
    if (!original) {
      missing(change.id, ['replace', i, 'id']);
      return;
    }
    const entry = { ...original.entry, ...change } as EventEntry;
    events[at] = { entry, file, path: ['replace', i], recorded: recorded && original.recorded };
  });
  (raw.insert ?? []).forEach((block, i) => {
    if (!block) return;
    const anchor = block.after ?? block.before;
    if (anchor === undefined || (block.after !== undefined && block.before !== undefined)) {
      diagnostics.push({
        ...file.positionOf(['insert', i]),
        message: 'insert: give exactly one of `before` or `after`',
        hint: 'e.g. `after: formal-start`',
      });
      return;
    }
    const at = events.findIndex((e) => e.entry.id === anchor);
    if (at === -1) {
      missing(anchor, ['insert', i, block.after ? 'after' : 'before']);
      return;
    }
    const added = block.events.flatMap((entry, j): WrittenEvent[] =>
      entry ? [{ entry, file, path: ['insert', i, 'events', j], recorded }] : [],
    );
    events.splice(block.after ? at + 1 : at, 0, ...added);
  });
  return events;
}
