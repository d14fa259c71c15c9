/** The record and its forks: each branch is a run with its own cursor. Pure data, no Ink. */
import { eventsApplied, forkRun } from '../engine/fork.js';
import type { Run } from '../engine/run.js';
import { isIsoDate } from '../model/dates.js';
import { whatIfEvent, type Move } from './moves.js';
import { stateAt } from './selectors.js';

export interface Branch {
  readonly name: string;
  readonly run: Run;
  readonly cursor: number;
  /** Ids of the events this branch added to the record. */
  readonly added: ReadonlySet<string>;
  /** Where the branch is saved; null for a fork not written yet. */
  readonly file: string | null;
}

/** insert: the move goes before the next event; replace: it takes the next event's place; drop: the next event goes. */
export type ForkMode = 'insert' | 'replace' | 'drop';

export function recordBranch(run: Run): Branch {
  return { name: 'record', run, cursor: 0, added: new Set(), file: run.scenario.file };
}

function freshId(run: Run): string {
  const ids = new Set(run.scenario.events.map((e) => e.id));
  let n = 1;
  while (ids.has(`what-if-${n}`)) n += 1;
  return `what-if-${n}`;
}

/**
 * A new branch that shares `branch`'s history up to its cursor, then plays the fork's events.
 * The cursor lands on the inserted move (or stays put when only dropping).
 */
export function forkBranch(branch: Branch, mode: ForkMode, move: Move | null, name: string): Branch {
  const { run, cursor } = branch;
  const k = eventsApplied(run, cursor);
  const events = run.scenario.events;
  const inserted = mode !== 'drop' && move ? [whatIfEvent(move, freshId(run), stateAt(run, cursor).date, run.scenario.file)] : [];
  const tail = [...inserted, ...events.slice(k + (mode === 'insert' ? 0 : 1))];
  const forkAt = Math.min(run.scenario.forkAt ?? k, k);
  const forked = forkRun(run, cursor, { ...run.scenario, events: [...events.slice(0, k), ...tail], forkAt }, tail);
  const landed = inserted[0] ? forked.entries.findIndex((e, i) => i >= cursor && e.step.id === inserted[0]!.id) + 1 : cursor;
  return {
    name,
    run: forked,
    cursor: landed,
    added: new Set([...branch.added, ...inserted.map((e) => e.id)]),
    file: null,
  };
}

/**
 * The cursor that shows the step a person asked for: an event id (exact, then a prefix), a step
 * number (0 is before the first event), or a date (its first step, else the first step after it).
 * Null when nothing matches.
 * @example cursorFor(run, '2016-02-01') // the first step of 1 February
 */
export function cursorFor(run: Run, query: string): number | null {
  const text = query.trim();
  const steps = run.entries.map((e) => e.step);
  const exact = steps.findIndex((s) => s.id === text);
  if (exact >= 0) return exact + 1;
  if (/^\d{1,6}$/.test(text)) return Number(text) <= steps.length ? Number(text) : null;
  const found = isIsoDate(text) ? steps.findIndex((s) => s.date >= text) : steps.findIndex((s) => s.id.startsWith(text));
  return text && found >= 0 ? found + 1 : null;
}
