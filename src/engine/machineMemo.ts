/**
 * The fast path of the engine: XState's `transition()`, remembered. The machine stays the only
 * copy of the rules: the first time the engine meets a configuration, an event type and an
 * outcome of the custom guards, XState takes the step and this module writes down what it did
 * (the next configuration, the context updates in order, the timers set and cancelled); the next
 * time, the same updates are applied to the new context without XState, and each timer's delay
 * is worked out anew by the machine's own delay from the context of its moment. Anything it
 * cannot prove is the same goes to XState every time: guards that read a context the step has
 * already changed or that take parameters, actions with parameters worked out at run time,
 * actions other than timers.
 *
 * The key is XState's list of active state nodes in XState's own order, not the state value:
 * that order decides the order of transitions and actions across the parallel regions.
 *
 * This is the ONE module that reads XState's internals (`_nodes`, the machine's implementations,
 * the assign actions' `assignment`): xstate is pinned to an exact version in package.json, and
 * test/machineMemo.test.ts checks this path against `transition()` on random runs.
 */
import {
  assign,
  createActor,
  transition,
  type AnyActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventFromLogic,
  type SnapshotFrom,
} from 'xstate';

type Context = Record<string, unknown>;
type Event = { readonly type: string };
type GuardFn = (args: { context: unknown; event: unknown }, params: unknown) => boolean;
type Assignment = (args: { context: Context; event: Event }, params: unknown) => Context;
interface AssignAction {
  readonly type: 'xstate.assign';
  readonly assignment: Assignment;
}

/** One thing a step did to the context, or a delay it worked out from the context of that moment. */
type Op =
  | { readonly kind: 'update'; readonly assignment: Assignment; readonly params: unknown }
  | { readonly kind: 'delay'; readonly delay: unknown; readonly params: unknown };

/** What a step did, proven to depend only on its key: the next configuration, and what made its context and actions. */
interface Remembered {
  /** The next snapshot as XState made it the first time; only its context changes. */
  readonly next: AnyMachineSnapshot;
  readonly ops: readonly Op[];
  /** The actions to execute as XState gave them the first time: delayed events get their delays anew. */
  readonly actions: readonly ActionToExecute[];
}

/** A key whose step is refused, one XState must take every time, or one to replay. */
type Memo = 'refused' | 'xstate' | Remembered;

/** More keys than a run can meet: a machine whose keys never repeat falls back to XState instead of filling memory. */
export const MEMO_LIMIT = 20_000;

const isAssign = (action: unknown): action is AssignAction =>
  typeof action === 'function' &&
  (action as { type?: unknown }).type === 'xstate.assign' &&
  typeof (action as { assignment?: unknown }).assignment === 'function';

interface TransitionLike {
  readonly actions: readonly unknown[];
  readonly guard?: unknown;
}

interface NodeLike {
  readonly states: Record<string, NodeLike>;
  readonly transitions: ReadonlyMap<string, readonly TransitionLike[]>;
  readonly always?: readonly TransitionLike[];
  readonly entry: readonly unknown[];
  readonly exit: readonly unknown[];
}

const transitionsOf = (node: NodeLike): TransitionLike[] => [
  ...[...node.transitions.values()].flat(),
  ...(node.always ?? []),
];

/** Guards some transition gives parameters: no key can ask them without those, so they stay out of it. */
function withParams(node: NodeLike, names = new Set<string>()): Set<string> {
  for (const { guard } of transitionsOf(node)) {
    if (guard && typeof guard === 'object' && 'type' in guard && 'params' in guard)
      names.add(String(guard.type));
  }
  for (const child of Object.values(node.states)) withParams(child, names);
  return names;
}

/** Actions some transition, entry or exit gives parameters worked out at run time: their updates cannot be replayed as recorded. */
function withDynamicParams(node: NodeLike, names = new Set<string>()): Set<string> {
  const lists = transitionsOf(node).map((t) => t.actions);
  for (const action of [...lists.flat(), ...node.entry, ...node.exit]) {
    if (
      action &&
      typeof action === 'object' &&
      'params' in action &&
      typeof action.params === 'function' &&
      'type' in action
    ) {
      names.add(String(action.type));
    }
  }
  for (const child of Object.values(node.states)) withDynamicParams(child, names);
  return names;
}

/** Guards XState evaluates itself (stateIn, and, or, not) carry a `check`: they read only the configuration. */
const isCustomGuard = (guard: unknown): guard is GuardFn =>
  typeof guard === 'function' && !('check' in guard);

/** An action for the caller to execute, such as a delayed event to schedule, as XState hands it back. */
export interface ActionToExecute {
  readonly type: string;
  readonly params?: unknown;
}

export interface FastMachine<S extends AnyMachineSnapshot> {
  /** As XState's `transition(machine, snapshot, event)`; a refused event returns the same snapshot. */
  transition(snapshot: S, event: Event): [S, readonly ActionToExecute[]];
  /** How many keys are remembered, and how many steps they answered, how many keys XState must take each time (for tests and the benchmark). */
  readonly stats: () => {
    readonly keys: number;
    readonly replayed: number;
    readonly xstate: number;
  };
}

/** The memo of one machine. Guards and context updates must be pure functions of their arguments, as XState requires. */
export function fastMachine<M extends AnyStateMachine>(machine: M): FastMachine<SnapshotFrom<M>> {
  type S = SnapshotFrom<M>;
  const contextOf = (snapshot: S): Context => (snapshot as AnyMachineSnapshot).context as Context;
  const nodesOf = (snapshot: S): readonly { readonly id: string }[] =>
    (snapshot as AnyMachineSnapshot)._nodes;
  const implementations = machine.implementations as {
    guards: Record<string, unknown>;
    actions: Record<string, unknown>;
    delays: Record<string, unknown>;
  };
  const root = machine.root as unknown as NodeLike;
  // A guard given parameters is asked only by XState, which marks each step that asks it as its own.
  const parameterized = withParams(root);
  const custom = Object.entries(implementations.guards).filter(
    (entry): entry is [string, GuardFn] => isCustomGuard(entry[1]),
  );
  const keyed = custom.filter(([name]) => !parameterized.has(name));
  const dynamic = withDynamicParams(root);
  // One table for each configuration, found by the node list's identity, or by its ids for a
  // list XState made anew; within it, by the event type, then by the guards' outcomes as the bits
  // of a number (no key string to build on every step).
  type Table = Map<string, (Memo | undefined)[]>;
  const tablesByNodes = new WeakMap<readonly unknown[], Table>();
  const tablesByIds = new Map<string, Table>();
  let size = 0;
  let replayed = 0;

  const tableOf = (snapshot: S): Table => {
    const nodes = nodesOf(snapshot);
    let table = tablesByNodes.get(nodes);
    if (table === undefined) {
      const ids = nodes.map((n) => n.id).join(' ');
      table = tablesByIds.get(ids) ?? new Map();
      tablesByIds.set(ids, table);
      tablesByNodes.set(nodes, table);
    }
    return table;
  };

  const outcomesOf = (snapshot: S, event: Event): number => {
    let bits = 0;
    const args = { context: contextOf(snapshot), event };
    for (const [, guard] of keyed) bits = bits * 2 + (guard(args, undefined) ? 1 : 0);
    return bits;
  };

  /**
   * XState takes the step with the machine's own guards and updates wrapped, so the step shows
   * which updates ran in which order and what each guard was asked. Swapped in and out around
   * one synchronous call: nothing else can run in between.
   */
  const record = (snapshot: S, event: Event): [S, readonly ActionToExecute[], Memo] => {
    const ops: Op[] = [];
    let provable = true;
    const saved = { ...implementations };
    implementations.guards = { ...saved.guards };
    implementations.actions = { ...saved.actions };
    implementations.delays = { ...(saved.delays ?? {}) };
    for (const [name, guard] of custom) {
      implementations.guards[name] = (
        args: { context: unknown; event: unknown },
        params: unknown,
      ) => {
        // A guard asked about a context the step has changed, or with parameters, is not in the key.
        if (args.context !== contextOf(snapshot) || args.event !== event || params !== undefined)
          provable = false;
        return guard(args, params);
      };
    }
    for (const [name, action] of Object.entries(saved.actions)) {
      // Any other action comes back among the actions to execute, checked below.
      if (!isAssign(action)) continue;
      implementations.actions[name] = assign(
        (args: { context: Context; event: Event }, params: unknown) => {
          if (dynamic.has(name)) provable = false;
          ops.push({ kind: 'update', assignment: action.assignment, params });
          return action.assignment(args, params);
        },
      );
    }
    for (const [name, delay] of Object.entries(saved.delays ?? {})) {
      implementations.delays[name] = (
        args: { context: Context; event: Event },
        params: unknown,
      ) => {
        ops.push({ kind: 'delay', delay, params });
        return delayOf(delay, args.context, args.event, params);
      };
    }
    let result: [S, readonly ActionToExecute[]];
    try {
      result = xstateStep(snapshot, event);
    } finally {
      Object.assign(implementations, saved);
    }
    const [next, actions] = result;
    if (next === snapshot) return [next, actions, provable ? 'refused' : 'xstate'];
    if (
      !provable ||
      !actions.every(isTimer) ||
      actions.filter(isDelayed).length !== ops.filter((o) => o.kind === 'delay').length
    ) {
      return [next, actions, 'xstate'];
    }
    const remembered: Remembered = {
      next,
      ops,
      actions: actions.map(({ type, params }) => ({ type, params })),
    };
    // The proof at hand: replayed, the step gives XState's context and actions exactly.
    const [context, replayedActions] = replay(remembered, contextOf(snapshot), event);
    if (
      JSON.stringify([context, replayedActions]) !==
      JSON.stringify([contextOf(next), remembered.actions])
    ) {
      return [next, actions, 'xstate'];
    }
    return [next, actions, remembered];
  };

  // XState's own step, as `transition()` takes it, on one inert actor scope made once: `transition()`
  // makes a new actor, and with it a whole initial snapshot, on every call. The scope is only
  // reused for a machine that spawns no actors (checked below), which nothing could share.
  let scope: InertScope | null = null;
  const xstateStep = (snapshot: S, event: Event): [S, readonly ActionToExecute[]] => {
    if (Object.keys((snapshot as AnyMachineSnapshot).children).length > 0) {
      return transition(machine, snapshot, event as EventFromLogic<M>) as [S, ActionToExecute[]];
    }
    scope ??= inertScope(machine, contextOf(snapshot));
    const actions: ActionToExecute[] = [];
    scope.actionExecutor = (action) => {
      actions.push(action);
    };
    const next = machine.transition(snapshot, event as EventFromLogic<M>, scope) as S;
    scope.actionExecutor = () => {};
    if (Object.keys((next as AnyMachineSnapshot).children).length > 0) {
      return transition(machine, snapshot, event as EventFromLogic<M>) as [S, ActionToExecute[]];
    }
    return [next, actions];
  };

  return {
    transition(snapshot, event) {
      const table = tableOf(snapshot);
      let byOutcomes = table.get(event.type);
      if (byOutcomes === undefined) {
        byOutcomes = [];
        table.set(event.type, byOutcomes);
      }
      const outcomes = outcomesOf(snapshot, event);
      const known = byOutcomes[outcomes];
      if (known === 'refused') {
        replayed += 1;
        return [snapshot, []];
      }
      if (known === 'xstate') return xstateStep(snapshot, event);
      if (known) {
        replayed += 1;
        const [context, actions] = replay(known, contextOf(snapshot), event);
        return [{ ...known.next, context } as S, actions];
      }
      const [next, actions, learned] = record(snapshot, event);
      if (size < MEMO_LIMIT) {
        byOutcomes[outcomes] = learned;
        size += 1;
      }
      return [next, actions];
    },
    stats: () => {
      // A key's memos sit at the bits of its guards' outcomes: flat() skips the holes between.
      const all = [...tablesByIds.values()].flatMap((table) => [...table.values()].flat());
      return { keys: size, replayed, xstate: all.filter((m) => m === 'xstate').length };
    },
  };
}

type InertScope = AnyActorScope & { actionExecutor: (action: ActionToExecute) => void };

/** An actor scope that executes nothing, built as XState's `transition()` builds its own. */
function inertScope(machine: AnyStateMachine, input: unknown): InertScope {
  const self = createActor(machine, { input });
  return {
    self,
    defer: () => {},
    id: '',
    logger: () => {},
    sessionId: '',
    stopChild: () => {},
    system: self.system,
    emit: () => {},
    actionExecutor: () => {},
  };
}

const delayOf = (delay: unknown, context: Context, event: Event, params: unknown): unknown =>
  typeof delay === 'function' ? delay({ context, event }, params) : delay;

/** A timer set with a delay, or one cancelled: the actions the engine's clock keeps. */
const isDelayed = (action: ActionToExecute): boolean =>
  action.type === 'xstate.raise' &&
  typeof (action.params as { delay?: unknown } | undefined)?.delay === 'number';
const isTimer = (action: ActionToExecute): boolean =>
  isDelayed(action) || action.type === 'xstate.cancel';

/**
 * The context after the remembered updates, each applied as XState's `assign` applies it, and
 * the actions, each delayed event with the delay worked out from the context of its moment.
 */
function replay(
  remembered: Remembered,
  context: Context,
  event: Event,
): [Context, readonly ActionToExecute[]] {
  let current = context;
  const delays: unknown[] = [];
  for (const op of remembered.ops) {
    if (op.kind === 'update')
      current = Object.assign({}, current, op.assignment({ context: current, event }, op.params));
    else delays.push(delayOf(op.delay, current, event, op.params));
  }
  if (delays.length === 0) return [current, remembered.actions];
  let next = 0;
  const actions = remembered.actions.map((action) =>
    isDelayed(action)
      ? { type: action.type, params: { ...(action.params as object), delay: delays[next++] } }
      : action,
  );
  return [current, actions];
}
