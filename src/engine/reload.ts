/**
 * A scenario file saved again while the player shows it: what changed between the two versions,
 * where each branch's cursor lands in the new run, and which forks still apply. Pure data, no
 * files and no Ink: the player's live reload draws what this computes.
 */
import { laterDate } from '../model/dates.js';
import type { Scenario, ScenarioEvent } from '../scenario/types.js';
import { forkPoint } from '../scenario/resolve.js';
import type { Branch } from './branches.js';
import { forkRun, resumePoint, type Resume } from './fork.js';
import type { Run } from './run.js';

/** The scenario's events by id: added, removed, and kept with some field changed. */
export interface EventChanges {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

/** An event's content: where it sits in the file is not part of it (a line added above moves it). */
const contentOf = ({ at: _at, ...rest }: ScenarioEvent): string => JSON.stringify(rest);

/**
 * @example eventChanges(before, after) // { added: ['talks-resume'], removed: [], changed: ['hnc-arrives'] }
 */
export function eventChanges(before: Scenario, after: Scenario): EventChanges {
  const old = new Map(before.events.map((e) => [e.id, contentOf(e)]));
  const now = new Set(after.events.map((e) => e.id));
  return {
    added: after.events.filter((e) => !old.has(e.id)).map((e) => e.id),
    removed: before.events.filter((e) => !now.has(e.id)).map((e) => e.id),
    changed: after.events
      .filter((e) => old.has(e.id) && old.get(e.id) !== contentOf(e))
      .map((e) => e.id),
  };
}

/**
 * Where a cursor landed: on the same step (found by its id), on the nearest step before it that
 * is still there when its own is gone, or by its date when none is.
 */
export interface Landing {
  readonly cursor: number;
  readonly by: 'id' | 'earlier' | 'date';
}

/**
 * The cursor in `after` that shows `before`'s entry `cursor - 1`, by the step's id (the same
 * occurrence of it, for a clock's or a rule's step that comes more than once); 0 when it is gone.
 */
function sameStep(before: Run, cursor: number, after: Run): number {
  const id = before.entries[cursor - 1]?.step.id;
  const occurrence = before.entries.slice(0, cursor).filter((e) => e.step.id === id).length;
  let seen = 0;
  return after.entries.findIndex((e) => e.step.id === id && (seen += 1) === occurrence) + 1;
}

/**
 * The cursor in `after` that shows what `cursor` showed in `before`: the same step, else the
 * nearest step before it that is still there, else the last step on or before its date. Before
 * the first step stays before the first step.
 * @example landing(oldRun, 10, newRun) // { cursor: 11, by: 'id' } when an event was added earlier
 */
export function landing(before: Run, cursor: number, after: Run): Landing {
  // No step is shown before the first one (cursor 0).
  const shown = before.entries[cursor - 1]?.step;
  if (!shown) return { cursor: 0, by: 'id' };
  const same = sameStep(before, cursor, after);
  if (same) return { cursor: same, by: 'id' };
  for (let earlier = cursor - 1; earlier > 0; earlier -= 1) {
    const found = sameStep(before, earlier, after);
    if (found) return { cursor: found, by: 'earlier' };
  }
  const onOrBefore = after.entries.filter((e) => e.step.date <= shown.date).length;
  return { cursor: onOrBefore, by: 'date' };
}

/**
 * A fork's events made again on the new record: the record's events it dropped (or replaced) are
 * dropped again, and the moves it added go back after the same event. Null when the fork no
 * longer applies: an event it dropped, or the one its move follows, is gone from the record.
 */
export function rebaseEvents(
  oldRecord: readonly ScenarioEvent[],
  fork: readonly ScenarioEvent[],
  newRecord: readonly ScenarioEvent[],
): ScenarioEvent[] | null {
  const oldIds = new Set(oldRecord.map((e) => e.id));
  const forkIds = new Set(fork.map((e) => e.id));
  const dropped = oldRecord.filter((e) => !forkIds.has(e.id)).map((e) => e.id);
  const newIds = new Set(newRecord.map((e) => e.id));
  if (dropped.some((id) => !newIds.has(id))) return null;
  const out = newRecord.filter((e) => !dropped.includes(e.id));
  for (const [i, event] of fork.entries()) {
    if (oldIds.has(event.id)) continue;
    const after = fork[i - 1];
    const at = after ? out.findIndex((e) => e.id === after.id) + 1 : 0;
    if (after && at === 0) return null;
    out.splice(at, 0, event);
  }
  return out;
}

/** The first `events` of `run`'s scenario already played: where a fork of it picks it up. */
function sharedUpTo(run: Run, events: number): Resume {
  const id = run.scenario.events[events - 1]?.id;
  const at = run.entries.findIndex((e) => e.step.origin === 'script' && e.step.id === id);
  // No event shared, or one the policies dropped (it left no step): at is -1, and the fork is
  // played from the start.
  return resumePoint(run, at + 1);
}

/** `fork` made again on the new record's run, and where its cursor landed; null when it no longer applies. */
export function rebaseFork(
  oldRecord: Scenario,
  fork: Branch,
  record: Run,
): { readonly branch: Branch; readonly landing: Landing } | null {
  const scenario = record.scenario;
  const events = rebaseEvents(oldRecord.events, fork.run.scenario.events, scenario.events);
  if (!events) return null;
  let same = 0;
  while (same < events.length && events[same] === scenario.events[same]) same += 1;
  // A move the fork added may come after the day the new record ends: the fork runs to it.
  const end = events.reduce((last, e) => laterDate(last, e.date), scenario.end);
  const run = forkRun(record, sharedUpTo(record, same), {
    ...scenario,
    events,
    forkAt: forkPoint(scenario, events),
    end,
  });
  const landed = landing(fork.run, fork.cursor, run);
  return { branch: { ...fork, run, cursor: landed.cursor }, landing: landed };
}

export interface Place {
  readonly index: number;
  readonly landing: Landing;
  /** A fork that cannot be made again on the new record (an event it needs is gone): kept as it was, on the old one. */
  readonly asItWas: boolean;
}

export interface Reloaded {
  readonly branches: readonly [Branch, ...Branch[]];
  /** Each old branch's place, in the old order. */
  readonly places: readonly Place[];
  readonly changes: EventChanges;
}

/**
 * The branches on the new record's run: the first is the record itself at the cursor that shows
 * the same step; each fork is made again where it still applies, and kept as it was where it does
 * not, so no fork the user made is lost to an edit.
 * @example reloadBranches(session.branches, replay(scenario)).changes.changed // ['hnc-arrives']
 */
export function reloadBranches(branches: readonly [Branch, ...Branch[]], record: Run): Reloaded {
  const [first, ...forks] = branches;
  const old = first.run.scenario;
  const landed = landing(first.run, first.cursor, record);
  const places: Place[] = [{ index: 0, landing: landed, asItWas: false }];
  const again = forks.map((fork, i) => {
    const made = rebaseFork(old, fork, record);
    places.push({
      index: i + 1,
      landing: made?.landing ?? { cursor: fork.cursor, by: 'id' },
      asItWas: made === null,
    });
    return made?.branch ?? fork;
  });
  return {
    branches: [{ ...first, run: record, cursor: landed.cursor }, ...again],
    places,
    changes: eventChanges(old, record.scenario),
  };
}
