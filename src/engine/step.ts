/**
 * The pure engine: run state + event -> next run state and the steps it produced.
 * Deadlines the event's date has passed, and policy moves due by then, come first, each a step.
 */
import { initialTransition, type SnapshotFrom, type StateValueFrom } from 'xstate';
import { createContext } from '../model/context.js';
import { addDays } from '../model/dates.js';
import { DEADLINE_PASSED, type Role, type StatePaths } from '../model/domain.js';
import { talksEvent, type Payload, type TalksEvent } from '../model/events.js';
import { statePaths } from '../model/paths.js';
import { explainRefusal } from '../model/refusal.js';
import { talksMachine } from '../model/talksMachine.js';
import { effectsOf, regionEffects, type Effect } from './effects.js';
import type { Citation, Policy, Scenario, ScenarioEvent } from '../scenario/types.js';
import { scheduleTimers, type Timer } from './clock.js';
import { fastMachine } from './machineMemo.js';
import {
  conditionsHold,
  drawExpected,
  drawMoves,
  governs,
  momentOf,
  predictedProbability,
  triggers,
  type Moment,
  type PendingMove,
  type Prediction,
} from './policies.js';
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
  /** Moves the policies have drawn and not yet made. */
  readonly pending: readonly PendingMove[];
  /** In a recorded replay: moves the policies expect, with their probability. */
  readonly predictions: readonly Prediction[];
  readonly rng: RngState;
}

export interface Step {
  readonly index: number;
  readonly id: string;
  readonly date: string;
  readonly type: string;
  readonly actor: string;
  readonly origin: Origin;
  /** An event of a record, played as written; false for what a what-if adds, a rule makes or the clock fires. */
  readonly recorded: boolean;
  readonly accepted: boolean;
  readonly reason: string | null;
  readonly payload: Payload;
  readonly source: Citation | null;
  readonly note: string | null;
  /** For a recorded move some policy could make: the probability the policies gave it. */
  readonly predicted: number | null;
  /** The rule that made this move, for a policy's move. */
  readonly policy: string | null;
  /**
   * What set this step off: for a rule's move, the step that triggered the rule and the draw
   * that made it come up (below the rule's probability); for a deadline, the step that set it.
   */
  readonly cause: { readonly step: string; readonly roll: number | null } | null;
  readonly state: StatePaths;
  /** Every change the step made, regions and context alike; empty for a refused step. */
  readonly effects: readonly Effect[];
}

/** What the engine needs of the scenario besides the events. */
export interface Rules {
  readonly policies: readonly Policy[];
  readonly roles: ReadonlyMap<string, Role>;
  /** Policies make their moves, drawn by chance; otherwise they only predict the recorded ones. */
  readonly simulate: boolean;
  /**
   * Steps for counting, not for showing (a simulation's fold): each step's effects are only the
   * regions it moved, a refusal carries no reason, nothing is frozen. The transitions, the clock
   * and the policies' draws are the same as in a full run.
   */
  readonly lean: boolean;
}

export function rulesFor(scenario: Scenario, simulate: boolean, lean = false): Rules {
  // In a classroom game the teams move their own actors: no rule makes a move for them.
  const played = new Set(Object.values(scenario.teams ?? {}));
  return {
    policies:
      simulate && played.size
        ? scenario.policies.filter((p) => !played.has(p.then.actor))
        : scenario.policies,
    roles: new Map(scenario.actors.map((a) => [a.id, a.role])),
    simulate,
    lean,
  };
}

/** The machine's steps, remembered: XState decides each kind of step once (see machineMemo.ts). */
const talks = fastMachine(talksMachine);

// Snapshots are immutable: every run of a scenario starts from the same one.
const startingSnapshots = new WeakMap<Scenario, TalksSnapshot>();

function startingSnapshot(scenario: Scenario): TalksSnapshot {
  const known = startingSnapshots.get(scenario);
  if (known) return known;
  const context = createContext(scenario.initial);
  const [start] = initialTransition(talksMachine, context);
  const overrides = scenario.initial.state ?? {};
  // Each region's override is one of its state paths, which the scenario's schema has checked.
  const value = { ...start.value, ...overrides } as StateValueFrom<typeof talksMachine>;
  const machine = Object.keys(overrides).length
    ? talksMachine.resolveState({ value, context })
    : start;
  startingSnapshots.set(scenario, machine);
  return machine;
}

/**
 * `state` with some of its parts replaced. Written out part by part, in the order of
 * `initialRunState`: every step of every simulated run makes a few, and a spread costs
 * several times more.
 */
function changed(state: RunState, parts: Partial<RunState>): RunState {
  return {
    machine: parts.machine ?? state.machine,
    date: parts.date ?? state.date,
    timers: parts.timers ?? state.timers,
    pending: parts.pending ?? state.pending,
    predictions: parts.predictions ?? state.predictions,
    rng: parts.rng ?? state.rng,
  };
}

/** The run state before the first event: the scenario's initial context and states. */
export function initialRunState(scenario: Scenario, seed: number | string): RunState {
  return {
    machine: startingSnapshot(scenario),
    date: scenario.start,
    timers: [],
    pending: [],
    predictions: [],
    rng: seedRng(seed),
  };
}

/** The role of a scenario's actor; validation has checked that every actor a move names exists. */
function roleOf(rules: Rules, actor: string): Role {
  const role = rules.roles.get(actor);
  if (role === undefined)
    throw new Error(`no actor "${actor}" in the scenario, yet a move names it`);
  return role;
}

/** What a step starts from, before the machine answers: the event's identity and where it came from. */
interface StepInput {
  readonly id: string;
  readonly policy: string | null;
  readonly date: string;
  readonly actor: string;
  readonly origin: Origin;
  readonly recorded: boolean;
  readonly cause: Step['cause'];
  readonly payload: Payload;
  readonly source: Citation | null;
  readonly note: string | null;
}

/** The policies' answer to a step: moves drawn when simulating, predictions otherwise. */
function react(before: RunState, after: RunState, step: Step, rules: Rules): RunState {
  // A refused step sets off no rule: one on an event needs it accepted, one on conditions needs them to change.
  if (after.machine === before.machine) return after;
  const [then, now] = [momentOf(before.machine), momentOf(after.machine)];
  const triggered = rules.policies.filter((p) => triggers(p, step, then, now));
  if (!triggered.length) return after;
  if (!rules.simulate) {
    const expected = triggered.map((p) => ({
      policy: p.id,
      trigger: step.id,
      actor: p.then.actor,
      type: p.then.type,
      probability: p.probability,
      due: addDays(step.date, p.delay),
    }));
    return changed(after, { predictions: [...after.predictions, ...expected] });
  }
  const [moves, rng] = drawMoves(triggered, step.date, step.id, after.rng);
  return changed(after, { rng, pending: [...after.pending, ...moves] });
}

/** A rule still wants its move while its conditions hold: a move falling due is made only then. */
function stillWants(rules: Rules, policy: string, now: Moment): boolean {
  const rule = rules.policies.find((p) => p.id === policy);
  return rule !== undefined && conditionsHold(rule.when, now);
}

/** The predictions whose rules still want their move now: as in `settle`, a rule predicts only what it would make. */
function stillWanted(state: RunState, rules: Rules): Prediction[] {
  const now = momentOf(state.machine);
  return state.predictions.filter((p) => stillWants(rules, p.policy, now));
}

function apply(
  state: RunState,
  event: TalksEvent | Timer['event'],
  move: StepInput,
  index: number,
  rules: Rules,
): Entry {
  // A refused event leaves XState's snapshot as it was (the same object): no second pass through can().
  const [machine, actions] = talks.transition(state.machine, event);
  const accepted = machine !== state.machine;
  const after = statePaths(machine.value);
  const type = 'payload' in event ? event.type : DEADLINE_PASSED;
  const before = statePaths(state.machine.value);
  const effects = !accepted
    ? []
    : rules.lean
      ? regionEffects(before, after)
      : effectsOf(
          { state: before, context: state.machine.context },
          { state: after, context: machine.context },
          type,
        );
  const timers = scheduleTimers(state.timers, actions, move.date, {
    actor: move.actor,
    setBy: move.id,
  });
  const expected =
    move.origin === 'script' && !rules.simulate && governs(rules.policies, move.actor, type);
  const step: Step = {
    index,
    id: move.id,
    policy: move.policy,
    date: move.date,
    actor: move.actor,
    origin: move.origin,
    recorded: move.recorded,
    cause: move.cause,
    payload: move.payload,
    source: move.source,
    note: move.note,
    type,
    accepted,
    reason: accepted || rules.lean ? null : explainRefusal(state.machine, event).message,
    predicted: expected ? predictedProbability(stillWanted(state, rules), move.actor, type) : null,
    state: after,
    effects,
  };
  const predictions = expected
    ? state.predictions.filter((p) => p.actor !== move.actor || p.type !== type)
    : state.predictions;
  const next = changed(state, { machine, date: move.date, timers, predictions });
  const entry = { step, state: react(state, next, step, rules) };
  if (rules.lean) return entry;
  // History is never changed once made: frozen, it can be shared by every fork and view.
  Object.freeze(step);
  Object.freeze(entry.state);
  return Object.freeze(entry);
}

/**
 * The most steps the clock and the policies may make between two events. Validation refuses the
 * rule loops it can see; this bounds the ones it cannot, such as rules set off by states.
 */
export const MAX_SETTLE_STEPS = 1000;

const byDue = <T extends { readonly due: string }>(
  items: readonly T[],
  limit: string,
  inclusive: boolean,
): T | null =>
  items.reduce<T | null>(
    (first, item) =>
      (inclusive ? item.due <= limit : item.due < limit) && (!first || item.due < first.due)
        ? item
        : first,
    null,
  );

/**
 * Makes everything the clock and the policies have due: deadlines passed before `timersBefore`
 * (a deadline day runs to its end) and policy moves due by `movesUpTo`, earliest first, a move
 * before a deadline of the same day. A policy move whose conditions no longer hold, or that the
 * state no longer accepts, is dropped. Returns the steps made and the state after them, which
 * also knows of the moves dropped since the last step.
 */
export function settle(
  state: RunState,
  rules: Rules,
  firstIndex: number,
  timersBefore: string,
  movesUpTo: string,
): [Entry[], RunState] {
  const entries: Entry[] = [];
  let current = state;
  for (;;) {
    if (entries.length >= MAX_SETTLE_STEPS) {
      // Rules that keep answering each other on the same day would never let the day end.
      return [
        entries,
        changed(current, { pending: current.pending.filter((m) => m.due > movesUpTo) }),
      ];
    }
    const move = byDue(current.pending, movesUpTo, true);
    const timer = byDue(current.timers, timersBefore, false);
    if (move && (!timer || move.due <= timer.due)) {
      current = changed(current, { pending: current.pending.filter((m) => m !== move) });
      // A rule's conditions must still hold when its move falls due: a met demand ends a boycott plan.
      // A move the clock has already passed (one dropped before, met again in a fork) is stale.
      if (move.due < current.date || !stillWants(rules, move.policy, momentOf(current.machine)))
        continue;
      const role = roleOf(rules, move.actor);
      const event = talksEvent({
        type: move.type,
        actor: move.actor,
        role,
        date: move.due,
        payload: move.payload,
      });
      // Named by the step number every view shows (from 1), so `#rule@15` is row 15 of the timeline.
      const made: StepInput = {
        id: `${move.policy}@${firstIndex + entries.length + 1}`,
        policy: move.policy,
        date: move.due,
        actor: move.actor,
        origin: 'policy',
        recorded: false,
        cause: { step: move.trigger, roll: move.roll },
        payload: move.payload,
        source: null,
        note: null,
      };
      const entry = apply(current, event, made, firstIndex + entries.length, rules);
      if (!entry.step.accepted) continue;
      entries.push(entry);
      current = entry.state;
    } else if (timer) {
      const fired = changed(current, { timers: current.timers.filter((t) => t !== timer) });
      const made: StepInput = {
        id: `${timer.setBy}.deadline`,
        policy: null,
        date: timer.due,
        actor: timer.actor,
        origin: 'deadline',
        recorded: false,
        cause: { step: timer.setBy, roll: null },
        payload: {},
        source: null,
        note: null,
      };
      const entry = apply(fired, timer.event, made, firstIndex + entries.length, rules);
      entries.push(entry);
      current = entry.state;
    } else {
      return [entries, current];
    }
  }
}

/**
 * Applies one event, after what the clock and the policies have due before it.
 * @example const entries = advance(state, event, rulesFor(scenario, false), 0); // entries.at(-1).state is the new state
 */
export function advance(
  state: RunState,
  event: Omit<ScenarioEvent, 'at'>,
  rules: Rules,
  firstIndex: number,
): Entry[] {
  const [entries, current] = settle(state, rules, firstIndex, event.date, event.date);
  const scriptEvent = talksEvent({
    type: event.type,
    actor: event.actor,
    role: roleOf(rules, event.actor),
    date: event.date,
    payload: event.payload,
  });
  const move: StepInput = {
    id: event.id,
    policy: null,
    date: event.date,
    actor: event.actor,
    origin: 'script',
    recorded: event.recorded,
    cause: null,
    payload: event.payload,
    source: event.source,
    note: event.note,
  };
  entries.push(apply(current, scriptEvent, move, firstIndex + entries.length, rules));
  return entries;
}

/** The record hands over to the policies: the moves they were expecting get their draw. */
export function handOver(state: RunState, rules: Rules): RunState {
  // A rule left out of the simulation (a team's actor's, in a classroom game) has no draw.
  const expected = state.predictions.filter((p) => rules.policies.some((r) => r.id === p.policy));
  const [moves, rng] = drawExpected(expected, rules.policies, state.date, state.rng);
  return changed(state, { rng, pending: [...state.pending, ...moves], predictions: [] });
}
