/**
 * A run: the scenario, its seed, and the history of entries (immer data, structurally shared,
 * so stepping back is an index and forking keeps the common prefix).
 */
import { castDraft, produce } from 'immer';
import type { TalksContext } from '../model/context.js';
import type { Claim, Role, StatePaths } from '../model/domain.js';
import { statePaths } from '../model/paths.js';
import type { Scenario, ScenarioEvent } from '../scenario/types.js';
import { advance, initialRunState, type Entry, type Origin, type RunState } from './step.js';

export interface Run {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly initial: RunState;
  readonly entries: readonly Entry[];
}

export interface Outcome {
  readonly date: string;
  readonly state: StatePaths;
  readonly confidence: number;
  readonly walkout: { readonly date: string; readonly origin: Origin } | null;
  readonly ceasefireAgreed: boolean;
  readonly claims: Readonly<Record<string, Claim>>;
  readonly refused: number;
  readonly pendingDeadlines: readonly { readonly actor: string; readonly due: string }[];
}

export function roleOf(scenario: Scenario, actor: string): Role {
  const found = scenario.actors.find((a) => a.id === actor);
  if (!found) throw new Error(`actor ${actor} is not declared in ${scenario.id}`);
  return found.role;
}

export function startRun(scenario: Scenario, seed: number = scenario.seed): Run {
  return produce({ scenario, seed, initial: initialRunState(scenario, seed), entries: [] as Entry[] }, () => {});
}

export function latestState(run: Run): RunState {
  return run.entries.at(-1)?.state ?? run.initial;
}

/** Applies the next event at the end of the run. */
export function append(run: Run, event: ScenarioEvent, origin: Origin = 'script'): Run {
  const added = advance(latestState(run), event, roleOf(run.scenario, event.actor), run.entries.length, origin);
  return produce(run, (draft) => {
    draft.entries.push(...castDraft(added));
  });
}

/** The whole scripted run, optionally only the events up to and including `until`. */
export function replay(scenario: Scenario, options: { seed?: number; until?: string } = {}): Run {
  const events = scenario.events.filter((e) => !options.until || e.date <= options.until);
  let run = startRun(scenario, options.seed ?? scenario.seed);
  for (const event of events) run = append(run, event);
  return run;
}

export function contextOf(state: RunState): TalksContext {
  return state.machine.context;
}

export function outcomeOf(run: Run): Outcome {
  const state = latestState(run);
  const steps = run.entries.map((e) => e.step);
  const walkout = steps.find((s) => s.accepted && s.changes.some((c) => c.region === 'opposition' && c.to === 'walkedOut'));
  const context = contextOf(state);
  return {
    date: state.date,
    state: statePaths(state.machine.value),
    confidence: context.confidence,
    walkout: walkout ? { date: walkout.date, origin: walkout.origin } : null,
    ceasefireAgreed: steps.some((s) => s.changes.some((c) => c.region === 'ceasefireTrack' && c.to === 'agreed')),
    claims: context.claims,
    refused: steps.filter((s) => !s.accepted).length,
    pendingDeadlines: state.timers.map((t) => ({ actor: t.actor, due: t.due })),
  };
}
