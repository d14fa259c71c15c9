/**
 * Forking a run: keep the history up to a point and play other events from there. The kept
 * entries are the same immer objects, so a fork costs only its new steps.
 */
import { castDraft, produce } from 'immer';
import type { Scenario, ScenarioEvent } from '../scenario/types.js';
import { append, type Run } from './run.js';

/**
 * The run of `scenario` that shares `run`'s first `at` entries, then plays `events`.
 * @example const whatIf = forkRun(run, 12, { ...run.scenario, events }, events.slice(k));
 */
export function forkRun(run: Run, at: number, scenario: Scenario, events: readonly ScenarioEvent[]): Run {
  let next = produce(run, (draft) => {
    draft.entries.length = at;
    draft.scenario = castDraft(scenario);
  });
  for (const event of events) next = append(next, event);
  return next;
}

/** How many of the scenario's own events the first `at` entries applied (deadline firings are the clock's). */
export function eventsApplied(run: Run, at: number): number {
  return run.entries.slice(0, at).filter((e) => e.step.origin !== 'deadline').length;
}
