/**
 * Forking a run: keep the history up to a point and play other events from there. The kept
 * entries are the same immer objects, so a fork costs only its new steps.
 */
import { castDraft, produce } from 'immer';
import type { Scenario, ScenarioEvent } from '../scenario/types.js';
import { play, type Run } from './run.js';

/**
 * The run of `scenario` that shares `run`'s first `at` entries, then plays `events` with the
 * policies making the actors' moves, as a saved what-if replays from its fork point.
 * @example const whatIf = forkRun(run, 12, { ...run.scenario, events, forkAt: k }, events.slice(k));
 */
export function forkRun(run: Run, at: number, scenario: Scenario, events: readonly ScenarioEvent[]): Run {
  const kept = produce(run, (draft) => {
    draft.entries.length = at;
    draft.scenario = castDraft(scenario);
    draft.forkedAt = at;
  });
  return play(kept, events, 0, scenario.end);
}

/** How many of the scenario's own events the first `at` entries applied (the clock's and the policies' steps are not). */
export function eventsApplied(run: Run, at: number): number {
  return run.entries.slice(0, at).filter((e) => e.step.origin === 'script').length;
}
