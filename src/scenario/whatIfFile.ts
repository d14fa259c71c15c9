/**
 * A branch as a scenario file: `extends` the played file, with `remove` and `insert` patches.
 * A changed event is written as remove + insert, not `replace`: `replace` merges fields into the
 * recorded event, so the record's source quote would stay on a move that never happened.
 */
import { dirname, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { findBase } from './resolve.js';
import { schemaLine, whatIfTitle } from './starter.js';
import type { Scenario, ScenarioEvent } from './types.js';

interface PatchEvent {
  readonly id: string;
  readonly date: string;
  readonly actor: string;
  readonly type: string;
  readonly payload?: Record<string, unknown>;
  readonly team?: string;
  readonly note?: string;
}

const written = (e: ScenarioEvent): PatchEvent => ({
  id: e.id,
  date: e.date,
  actor: e.actor,
  type: e.type,
  ...(Object.keys(e.payload).length ? { payload: { ...e.payload } } : {}),
  ...(e.team ? { team: e.team } : {}),
  ...(e.note ? { note: e.note } : {}),
});

/**
 * The patches that turn `base` into `branch`, which keeps base events unchanged and in order.
 * @example patchesFor([a, b], [a, x, b]) // { remove: [], insert: [{ after: 'a', events: [x] }] }
 */
export function patchesFor(base: readonly ScenarioEvent[], branch: readonly ScenarioEvent[]) {
  const baseIds = new Set(base.map((e) => e.id));
  const kept = new Set(branch.map((e) => e.id));
  const insert: { after?: string; before?: string; events: PatchEvent[] }[] = [];
  let anchor: string | null = null;
  let group: PatchEvent[] = [];
  const flush = (next: string | null): void => {
    if (!group.length) return;
    if (anchor) insert.push({ after: anchor, events: group });
    else if (next) insert.push({ before: next, events: group });
    else throw new Error('a branch with no event of its base cannot be written as patches');
    group = [];
  };
  for (const event of branch) {
    if (!baseIds.has(event.id)) {
      group.push(written(event));
      continue;
    }
    flush(event.id);
    anchor = event.id;
  }
  flush(null);
  return { remove: base.filter((e) => !kept.has(e.id)).map((e) => e.id), insert };
}

/**
 * How a file at `path` names its base: the scenario id where that finds it, else a relative path.
 * @example baseReference(geneva, 'forks/no-pause.yaml') // 'geneva-2016'
 */
export function baseReference(base: Scenario, path: string): string {
  const file = resolve(base.file);
  const byId = findBase(base.id, resolve(path));
  if (byId && resolve(byId) === file) return base.id;
  const rel = relative(dirname(resolve(path)), file);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

const lastDay = (events: readonly ScenarioEvent[]): string => events.at(-1)?.date ?? '';

/**
 * The file text; a seed other than the base's is written, so the file replays the same draws,
 * and the end where the fork's events stop before the base's, as a scenario without one ends
 * on the day of its last event.
 */
export function whatIfText(
  base: Scenario,
  branch: Scenario,
  name: string,
  path: string,
  seed: number = base.seed,
  description = `A fork of ${base.id} saved from parley play.`,
): string {
  const { remove, insert } = patchesFor(base.events, branch.events);
  const file = {
    id: `${base.id}-${name}`.toLowerCase().replace(/[^a-z0-9._-]+/g, '-'),
    title: `${whatIfTitle(base.title)} (${name})`,
    description,
    kind: 'what-if',
    extends: baseReference(base, path),
    ...(seed !== base.seed ? { seed } : {}),
    ...(branch.teams ? { teams: { ...branch.teams } } : {}),
    ...(lastDay(branch.events) < lastDay(base.events) ? { end: branch.end } : {}),
    ...(remove.length ? { remove } : {}),
    ...(insert.length ? { insert } : {}),
  };
  // The schema line first, as in every scenario file: an editor opening the fork checks it too.
  return `${schemaLine(path)}\n${stringify(file, { lineWidth: 0 })}`;
}
