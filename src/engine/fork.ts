/**
 * Forking a run: keep the history up to a point and play other events from there. The kept
 * entries are the same frozen objects, so a fork costs only its new steps.
 */
import type { Scenario } from '../scenario/types.js';
import { play, type Run } from './run.js';
import { invariant } from '../model/invariant.js';

/** A place a run can be picked up from: its first `entries` entries, which its first `events` events gave. */
export interface Resume {
  readonly entries: number;
  readonly events: number;
}

/**
 * Where a fork at entry `at` picks `run` up: right after the step of the last event played by
 * then. The clock's and the policies' steps after it were made on the way to the next event,
 * which the fork may change, so they are made again; events the policies dropped have no step.
 */
export function resumePoint(run: Run, at: number): Resume {
  let last = at - 1;
  while (
    last >= 0 &&
    invariant(run.entries[last], 'the index is within the run').step.origin !== 'script'
  )
    last -= 1;
  if (last < 0) return { entries: 0, events: 0 };
  const id = invariant(run.entries[last], 'the index is within the run').step.id;
  return { entries: last + 1, events: run.scenario.events.findIndex((e) => e.id === id) + 1 };
}

/**
 * The replay of `scenario`, which starts with `run`'s first `from.events` events: it shares
 * `run`'s first `from.entries` entries, then plays the rest of the events.
 * @example const whatIf = forkRun(run, resumePoint(run, 12), { ...run.scenario, events, forkAt });
 */
export function forkRun(run: Run, from: Resume, scenario: Scenario): Run {
  const kept: Run = Object.freeze({
    ...run,
    entries: Object.freeze(run.entries.slice(0, from.entries)),
    scenario,
    forkedAt: from.entries,
  });
  const { forkAt } = scenario;
  return play(
    kept,
    scenario.events.slice(from.events),
    forkAt === null ? null : forkAt - from.events,
    scenario.end,
  );
}
