/**
 * The pure engine: run state + event -> next run state and the steps it produced.
 * Deadlines that the event's date has passed fire first, each as a step of its own.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { createContext } from '../model/context.js';
import type { Region, Role, StatePaths } from '../model/domain.js';
import { REGIONS } from '../model/domain.js';
import type { Payload, TalksEvent } from '../model/events.js';
import { statePaths } from '../model/paths.js';
import { explainRefusal } from '../model/refusal.js';
import { talksMachine } from '../model/talksMachine.js';
import { DEADLINE_PASSED } from '../model/vocabulary.js';
import type { Citation, Scenario, ScenarioEvent } from '../scenario/types.js';
import { nextDue, scheduleTimers, type Timer } from './clock.js';
import { seedRng, type RngState } from './rng.js';

export type TalksSnapshot = SnapshotFrom<typeof talksMachine>;
export type Origin = 'script' | 'policy' | 'deadline';

/** A step and the run state right after it: the unit of history. */
export interface Entry {
  readonly step: Step;
  readonly state: RunState;
}

export interface RunState {
  readonly machine: TalksSnapshot;
  readonly date: string;
  readonly timers: readonly Timer[];
  readonly rng: RngState;
}

export interface StateChange {
  readonly region: Region;
  readonly from: string;
  readonly to: string;
}

export interface Step {
  readonly index: number;
  readonly id: string;
  readonly date: string;
  readonly type: string;
  readonly actor: string;
  readonly origin: Origin;
  readonly accepted: boolean;
  readonly reason: string | null;
  readonly payload: Payload;
  readonly source: Citation | null;
  readonly note: string | null;
  readonly state: StatePaths;
  readonly changes: readonly StateChange[];
}

/** The run state before the first event: the scenario's initial context and states. */
export function initialRunState(scenario: Scenario, seed: number): RunState {
  const context = createContext(scenario.initial);
  const [start] = initialTransition(talksMachine, context);
  const overrides = scenario.initial.state ?? {};
  const machine = Object.keys(overrides).length
    ? talksMachine.resolveState({ value: { ...start.value as Record<string, unknown>, ...overrides } as never, context })
    : start;
  return { machine, date: scenario.start, timers: [], rng: seedRng(seed) };
}

function changesBetween(before: StatePaths, after: StatePaths): StateChange[] {
  return REGIONS.filter((r) => before[r] !== after[r]).map((region) => ({ region, from: before[region], to: after[region] }));
}

interface Move {
  readonly id: string;
  readonly date: string;
  readonly actor: string;
  readonly origin: Origin;
  readonly payload: Payload;
  readonly source: Citation | null;
  readonly note: string | null;
}

function applyToMachine(state: RunState, event: TalksEvent | Timer['event'], move: Move, index: number): [RunState, Step] {
  const before = statePaths(state.machine.value);
  const accepted = state.machine.can(event as TalksEvent);
  const [machine, actions] = accepted ? transition(talksMachine, state.machine, event as TalksEvent) : [state.machine, []];
  const after = statePaths(machine.value);
  const timers = scheduleTimers(state.timers, actions, move.date, { actor: move.actor, setBy: move.id });
  const step: Step = {
    index,
    ...move,
    type: 'payload' in event ? event.type : DEADLINE_PASSED,
    accepted,
    reason: accepted ? null : explainRefusal(state.machine, event).message,
    state: after,
    changes: changesBetween(before, after),
  };
  return [{ ...state, machine, date: move.date, timers }, step];
}

/**
 * Applies one scripted (or policy) event, after the deadlines it passes.
 * @example const entries = advance(state, event, 'opposition', 0); // entries.at(-1).state is the new state
 */
export function advance(
  state: RunState,
  event: Omit<ScenarioEvent, 'at'>,
  role: Role,
  firstIndex: number,
  origin: Origin = 'script',
): Entry[] {
  const entries: Entry[] = [];
  let current = state;
  for (let timer = nextDue(current.timers, event.date); timer; timer = nextDue(current.timers, event.date)) {
    const fired = { ...current, timers: current.timers.filter((t) => t !== timer) };
    const move: Move = {
      id: `${timer.setBy}.deadline`, date: timer.due, actor: timer.actor, origin: 'deadline',
      payload: {}, source: null, note: null,
    };
    const [next, step] = applyToMachine(fired, timer.event, move, firstIndex + entries.length);
    current = next;
    entries.push({ step, state: next });
  }
  const talksEvent: TalksEvent = { type: event.type, actor: event.actor, role, date: event.date, payload: event.payload };
  const move: Move = {
    id: event.id, date: event.date, actor: event.actor, origin, payload: event.payload, source: event.source, note: event.note,
  };
  const [next, step] = applyToMachine(current, talksEvent, move, firstIndex + entries.length);
  entries.push({ step, state: next });
  return entries;
}
