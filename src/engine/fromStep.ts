/**
 * A simulation from a step of a branch: the branch's own events play as written up to the step,
 * the policies make the moves from there; beside it, the record from the step's date. Pure: the
 * player runs what this plans on worker threads.
 */
import type { Scenario } from '../scenario/types.js';
import { stateAt } from './branches.js';
import { resumePoint } from './fork.js';
import { policiesFromDate, type Run } from './run.js';

/** What one simulation plays: `simulateParallel(scenario, seed, runs, { policiesFrom })`. */
export interface Simulation {
  readonly scenario: Scenario;
  readonly seed: number;
  /** The index of the event from which the policies make the moves (as in `play`). */
  readonly policiesFrom: number;
}

/**
 * Where a simulation from step `cursor` of `run` hands the moves to the policies: after the
 * scenario's events played by then (a policy's move or a deadline at the cursor comes after the
 * last of them), or where a what-if departs from its record, if that comes first, as
 * `policiesFromDate` counts by date. Past that point the branch's own moves were the policies'
 * already: a simulation draws them again.
 * @example policiesFromStep(record, 0) // 0: every move simulated, as `simulate` does
 */
export function policiesFromStep(run: Run, cursor: number): number {
  const { events } = resumePoint(run, cursor);
  return Math.min(events, run.scenario.forkAt ?? events);
}

/** The step after which `run`'s first `policiesFrom` events are played: the last of them that has a step. */
export function stepOfEvents(run: Run, policiesFrom: number): number {
  const ids = new Set(run.scenario.events.slice(0, policiesFrom).map((e) => e.id));
  for (let i = run.entries.length - 1; i >= 0; i -= 1) {
    const step = run.entries[i]?.step;
    if (step?.origin === 'script' && ids.has(step.id)) return i + 1;
  }
  return 0;
}

export interface StepComparison {
  readonly branch: Simulation;
  readonly record: Simulation;
  /** The date of the step: the record is simulated from it. */
  readonly date: string;
  /** The step shown. */
  readonly cursor: number;
  /**
   * The step after which the policies make the moves: the last event's by the cursor (a rule's
   * move or a deadline after it is drawn again), or the fork point's when that comes first.
   */
  readonly fromStep: number;
  /** The cursor was past the branch's fork point: the simulation starts there. */
  readonly fromForkPoint: boolean;
}

/**
 * The two simulations `d` compares at step `cursor` of `run`, both with `run`'s seed: the branch
 * from its step, the record (`record`) from the step's date (what `simulate --from-date` counts).
 */
export function compareFromStep(record: Scenario, run: Run, cursor: number): StepComparison {
  const { events, entries } = resumePoint(run, cursor);
  const policiesFrom = policiesFromStep(run, cursor);
  // The fork's first event plays before the policies take over (see `play`): on its step, or
  // before it, the simulation starts from the cursor itself.
  const fromForkPoint = policiesFrom + 1 < events;
  const date = stateAt(run, cursor).date;
  return {
    branch: { scenario: run.scenario, seed: run.seed, policiesFrom },
    record: { scenario: record, seed: run.seed, policiesFrom: policiesFromDate(record, date) },
    date,
    cursor,
    fromStep: fromForkPoint ? stepOfEvents(run, policiesFrom + 1) : entries,
    fromForkPoint,
  };
}
