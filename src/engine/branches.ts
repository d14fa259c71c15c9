/** The record and its forks: each branch is a run with its own cursor. Pure data, no Ink. */
import { forkRun, resumePoint } from './fork.js';
import type { Run } from './run.js';
import type { Entry, RunState, Step } from './step.js';
import { addDays, isIsoDate } from '../model/dates.js';
import { forkPoint } from '../scenario/resolve.js';
import type { Scenario } from '../scenario/types.js';
import { whatIfEvent } from './movePreview.js';
import type { LegalMove } from '../model/legalMoves.js';

/** The run state the cursor shows: after `cursor` entries (0 is before the first event). */
export function stateAt(run: Run, cursor: number): RunState {
  if (cursor <= 0) return run.initial;
  const entry = run.entries[cursor - 1];
  if (!entry) throw new Error(`step ${cursor} is past the end of a run of ${run.entries.length}`);
  return entry.state;
}

export function entryAt(run: Run, cursor: number): Entry | null {
  // Cursor 0 is before the first step: entries[-1] is no entry.
  return run.entries[cursor - 1] ?? null;
}

export interface Branch {
  readonly name: string;
  readonly run: Run;
  readonly cursor: number;
  /** Where the branch is saved; null for a fork not written yet. */
  readonly file: string | null;
}

/** insert: the move goes before the next event; replace: it takes the next event's place; drop: the next event goes. */
export type ForkMode = 'insert' | 'replace' | 'drop';

export function recordBranch(run: Run): Branch {
  // A what-if opened in the player is not the record: its first branch says which it is.
  return {
    name: run.scenario.extends.length ? 'what-if' : 'record',
    run,
    cursor: 0,
    file: run.scenario.file,
  };
}

function freshId(run: Run): string {
  const ids = new Set(run.scenario.events.map((e) => e.id));
  let n = 1;
  while (ids.has(`what-if-${n}`)) n += 1;
  return `what-if-${n}`;
}

/** The next of the scenario's own events the run plays after the cursor: the one a fork replaces or drops. */
export function nextEvent(run: Run, cursor: number): Step | null {
  return run.entries.slice(cursor).find((e) => e.step.origin === 'script')?.step ?? null;
}

/**
 * The day a move added at the cursor is dated: the cursor's, or the next one when a deadline
 * passed on it since the last event, as an event on a deadline's own day comes before it.
 */
function moveDate(run: Run, since: number, cursor: number): string {
  const date = stateAt(run, cursor).date;
  return run.entries
    .slice(since, cursor)
    .some((e) => e.step.origin === 'deadline' && e.step.date === date)
    ? addDays(date, 1)
    : date;
}

/**
 * A new branch of `record`: `branch`'s run with the next event changed at its cursor, as the
 * what-if file that says so replays. The cursor lands on the inserted move (or stays put when
 * only dropping).
 */
export function forkBranch(
  record: Scenario,
  branch: Branch,
  mode: ForkMode,
  move: Pick<LegalMove, 'type' | 'actor' | 'payload'> | null,
  name: string,
): Branch {
  const { run, cursor } = branch;
  const { events } = run.scenario;
  const from = resumePoint(run, cursor);
  const next = nextEvent(run, cursor);
  const nextAt = next ? events.findIndex((e) => e.id === next.id) : events.length;
  const date = moveDate(run, from.entries, cursor);
  const inserted =
    mode !== 'drop' && move ? [whatIfEvent(move, freshId(run), date, run.scenario.file)] : [];
  // Between the last event played and the next lie only events the policies dropped: the move goes among them by date.
  const place =
    from.events + events.slice(from.events, nextAt).filter((e) => e.date <= date).length;
  const kept = mode === 'insert' ? events : events.filter((_, i) => i !== nextAt);
  const changed = [...kept.slice(0, place), ...inserted, ...kept.slice(place)];
  const end = inserted.length && date > run.scenario.end ? date : run.scenario.end;
  const forked = forkRun(run, from, {
    ...run.scenario,
    events: changed,
    forkAt: forkPoint(record, changed),
    end,
  });
  const [first] = inserted;
  return {
    name,
    run: forked,
    cursor: first
      ? forked.entries.findIndex((e) => e.step.id === first.id) + 1
      : Math.min(cursor, forked.entries.length),
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
  if (isIsoDate(text)) {
    if (text < run.initial.date) return 0;
    // A date after the last event is the end of the run.
    const found = steps.findIndex((s) => s.date >= text);
    return found >= 0 ? found + 1 : steps.length;
  }
  const found = steps.findIndex((s) => s.id.startsWith(text));
  return text && found >= 0 ? found + 1 : null;
}
