/**
 * A run: the scenario, its seed, and the history of entries (frozen plain data, structurally
 * shared, so stepping back is an index and forking keeps the common prefix). Entries are never
 * changed once made, so the history is an array frozen at each append, not an immer tree: immer
 * would walk every new entry on the hot path of a simulation.
 */
import type { TalksContext } from '../model/context.js';
import { addDays } from '../model/dates.js';
import type { Claim, Region, StatePaths } from '../model/domain.js';
import { statePaths } from '../model/paths.js';
import type { Scenario, ScenarioEvent } from '../scenario/types.js';
import { governs } from './policies.js';
import {
  advance,
  handOver,
  initialRunState,
  rulesFor,
  settle,
  type Entry,
  type Origin,
  type Rules,
  type RunState,
  type Step,
} from './step.js';
import { regionChanges } from './effects.js';

export interface Run {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly initial: RunState;
  readonly entries: readonly Entry[];
  /** Where this run left the one it was forked from: the number of entries they share. */
  readonly forkedAt: number | null;
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

/** A run before its first event; `stream` seeds the generator when it is not the seed itself. */
export function startRun(
  scenario: Scenario,
  seed: number = scenario.seed,
  stream: number | string = seed,
): Run {
  return Object.freeze({
    scenario,
    seed,
    initial: initialRunState(scenario, stream),
    entries: Object.freeze([]),
    forkedAt: null,
  });
}

export function latestState(run: Run): RunState {
  return run.entries.at(-1)?.state ?? run.initial;
}

/**
 * Plays `events` at the end of `run`. From `policiesFrom` (an index into `events`) on, the
 * policies make the actors' moves: recorded moves a policy could make are left to it, and what
 * is due by `horizon` after the last event still happens. Before it, the record plays as written.
 * At `events.length` the policies take over after the last event; below 0, before the first
 * (a run resumed past its fork point).
 */
export function play(
  run: Run,
  events: readonly ScenarioEvent[],
  policiesFrom: number | null,
  horizon: string,
): Run {
  const added: Entry[] = [];
  playSteps(
    { state: latestState(run), firstIndex: run.entries.length },
    { events, policiesFrom, horizon },
    [rulesFor(run.scenario, false), rulesFor(run.scenario, true)],
    (entries) => {
      added.push(...entries);
    },
  );
  return Object.freeze({ ...run, entries: Object.freeze([...run.entries, ...added]) });
}

/** What `play` plays: the events, where the policies take over, and how far the clock runs. */
export interface Course {
  readonly events: readonly ScenarioEvent[];
  readonly policiesFrom: number | null;
  readonly horizon: string;
}

/**
 * The loop of `play`, handing each batch of entries to `made` as it is made instead of keeping
 * them: `play` keeps them as history, a simulation's fold counts them (montecarlo.ts). The rules
 * are the scenario's for the recorded part and for the simulated part, in that order.
 * Returns the state at the end.
 */
export function playSteps(
  from: { readonly state: RunState; readonly firstIndex: number },
  { events, policiesFrom, horizon }: Course,
  [recorded, simulated]: readonly [Rules, Rules],
  made: (entries: readonly Entry[]) => void,
): RunState {
  let state = from.state;
  let index = from.firstIndex;
  const push = (entries: readonly Entry[]): void => {
    made(entries);
    index += entries.length;
    state = entries.at(-1)?.state ?? state;
  };
  // The fork's own first event goes first; then the moves the record was expecting get their draw.
  const handOverAfter =
    policiesFrom === null ? null : Math.max(0, Math.min(policiesFrom + 1, events.length));
  const handOverOnce = (played: number): void => {
    if (played === handOverAfter) state = handOver(state, simulated);
  };
  handOverOnce(0);
  events.forEach((event, i) => {
    const simulate = policiesFrom !== null && i >= policiesFrom;
    if (!simulate || !event.recorded || !governs(simulated.policies, event.actor, event.type)) {
      push(advance(state, event, simulate ? simulated : recorded, index));
    }
    handOverOnce(i + 1);
  });
  if (policiesFrom !== null) push(settle(state, simulated, index, addDays(horizon, 1), horizon)[0]);
  return state;
}

/**
 * The scenario as written, up to and including `until`: a record plays its moves as recorded; a
 * what-if, from the point where it departs from its record, lets the policies make them. Cut
 * off before that point, it is the record.
 */
export function replay(scenario: Scenario, options: { seed?: number; until?: string } = {}): Run {
  const events = scenario.events.filter((e) => !options.until || e.date <= options.until);
  const { forkAt } = scenario;
  const reached =
    forkAt !== null && (forkAt < events.length || events.length === scenario.events.length);
  return play(
    startRun(scenario, options.seed ?? scenario.seed),
    events,
    reached ? forkAt : null,
    options.until ?? scenario.end,
  );
}

/** Run `n` of a simulation draws from its own stream, `seed:n`, so no run depends on another. */
export const runStream = (seed: number, n: number): string => `${seed}:${n}`;

/**
 * One run in which the policies make every actor's move they can, to the scenario's end; with
 * `policiesFrom` (an index into the events, as in `play`), the record plays as written before it.
 */
export function simulateOnce(scenario: Scenario, seed: number, n: number, policiesFrom = 0): Run {
  return play(
    startRun(scenario, seed, runStream(seed, n)),
    scenario.events,
    policiesFrom,
    scenario.end,
  );
}

/**
 * Where a simulation from `date` hands the moves to the policies: after the events of that date,
 * or where a what-if departs from its record, if that comes first (as `replay` plays it).
 * @example policiesFromDate(geneva, '2016-02-01') // the index of the first event after 1 February
 */
export function policiesFromDate(scenario: Scenario, date: string): number {
  const after = scenario.events.findIndex((e) => e.date > date);
  const played = after === -1 ? scenario.events.length : after;
  return Math.min(played, scenario.forkAt ?? played);
}

export function contextOf(state: RunState): TalksContext {
  return state.machine.context;
}

/** The step put `region` in `state`. */
export const enters =
  (region: Region, state: string) =>
  (s: Step): boolean =>
    regionChanges(s.effects).some((c) => c.region === region && c.to === state);

/** The opposition walked out at this step. */
export const isWalkout = enters('opposition', 'walkedOut');

/** A ceasefire was agreed at this step. */
export const isCeasefireAgreement = enters('ceasefireTrack', 'agreed');

export function outcomeOf(run: Run): Outcome {
  const state = latestState(run);
  const steps = run.entries.map((e) => e.step);
  const walkout = steps.find(isWalkout);
  const context = contextOf(state);
  return {
    date: state.date,
    state: statePaths(state.machine.value),
    confidence: context.confidence,
    walkout: walkout ? { date: walkout.date, origin: walkout.origin } : null,
    ceasefireAgreed: steps.some(isCeasefireAgreement),
    claims: context.claims,
    refused: steps.filter((s) => !s.accepted).length,
    pendingDeadlines: state.timers.map((t) => ({ actor: t.actor, due: t.due })),
  };
}
