/**
 * The fast path of the engine: XState's `transition()`, remembered. The machine stays the only
 * copy of the rules: the first time the engine meets a configuration, an event type and an
 * outcome of the custom guards, XState takes the step and this module writes down what it did
 * (the next configuration and the context updates, in order); the next time, the same updates
 * are applied to the new context without XState. Anything it cannot prove is the same goes to
 * XState every time: delayed or cancelled events, guards that read a context the step has
 * already changed, actions with parameters worked out at run time.
 *
 * The key is XState's list of active state nodes in XState's own order, not the state value:
 * that order decides the order of transitions and actions across the parallel regions.
 *
 * This is the ONE module that reads XState's internals (`_nodes`, the machine's implementations,
 * the assign actions' `assignment`): xstate is pinned to an exact version in package.json, and
 * test/machineMemo.test.ts checks this path against `transition()` on random runs.
 */
import { assign, createActor, transition, type AnyMachineSnapshot, type AnyStateMachine, type EventFromLogic, type SnapshotFrom } from 'xstate';

type Context = Record<string, unknown>;
type Event = { readonly type: string };
type GuardFn = (args: { context: unknown; event: unknown }, params: unknown) => boolean;
type Assignment = (args: { context: Context; event: Event }, params: unknown) => Context;
interface AssignAction {
  readonly type: 'xstate.assign';
  readonly assignment: Assignment;
}

/** What a step did, proven to depend only on its key: the next configuration, and the updates that made the context. */
interface Remembered {
  /** The next snapshot as XState made it the first time; only its context changes. */
  readonly next: AnyMachineSnapshot;
  readonly updates: readonly { readonly assignment: Assignment; readonly params: unknown }[];
}

/** A key whose step is refused, one XState must take every time, or one to replay. */
type Memo = 'refused' | 'xstate' | Remembered;

/** More keys than a run can meet: a machine whose keys never repeat falls back to XState instead of filling memory. */
export const MEMO_LIMIT = 20_000;

const isAssign = (action: unknown): action is AssignAction =>
  typeof action === 'function' && (action as { type?: unknown }).type === 'xstate.assign' &&
  typeof (action as { assignment?: unknown }).assignment === 'function';

interface NodeLike {
  readonly states: Record<string, NodeLike>;
  readonly transitions: ReadonlyMap<string, readonly { readonly actions: readonly unknown[] }[]>;
  readonly always?: readonly { readonly actions: readonly unknown[] }[];
  readonly entry: readonly unknown[];
  readonly exit: readonly unknown[];
}

/** Actions some transition, entry or exit gives parameters worked out at run time: their updates cannot be replayed as recorded. */
function withDynamicParams(node: NodeLike, names = new Set<string>()): Set<string> {
  const lists = [...[...node.transitions.values()].flat(), ...(node.always ?? [])].map((t) => t.actions);
  for (const action of [...lists.flat(), ...node.entry, ...node.exit]) {
    if (action && typeof action === 'object' && 'params' in action && typeof action.params === 'function' && 'type' in action) {
      names.add(String(action.type));
    }
  }
  for (const child of Object.values(node.states)) withDynamicParams(child, names);
  return names;
}

/** Guards XState evaluates itself (stateIn, and, or, not) carry a `check`: they read only the configuration. */
const isCustomGuard = (guard: unknown): guard is GuardFn => typeof guard === 'function' && !('check' in guard);

/** An action for the caller to execute, such as a delayed event to schedule, as XState hands it back. */
export interface ActionToExecute {
  readonly type: string;
  readonly params?: unknown;
}

export interface FastMachine<S extends AnyMachineSnapshot> {
  /** As XState's `transition(machine, snapshot, event)`; a refused event returns the same snapshot. */
  transition(snapshot: S, event: Event): [S, readonly ActionToExecute[]];
  /** How many keys are remembered, and how many steps they answered, how many keys XState must take each time (for tests and the benchmark). */
  readonly stats: () => { readonly keys: number; readonly replayed: number; readonly xstate: number };
}

/** The memo of one machine. Guards and context updates must be pure functions of their arguments, as XState requires. */
export function fastMachine<M extends AnyStateMachine>(machine: M): FastMachine<SnapshotFrom<M>> {
  type S = SnapshotFrom<M>;
  const contextOf = (snapshot: S): Context => (snapshot as AnyMachineSnapshot).context as Context;
  const nodesOf = (snapshot: S): readonly { readonly id: string }[] => (snapshot as AnyMachineSnapshot)._nodes;
  const implementations = machine.implementations as { guards: Record<string, unknown>; actions: Record<string, unknown> };
  const guards = Object.entries(implementations.guards).filter((entry): entry is [string, GuardFn] => isCustomGuard(entry[1]));
  const dynamic = withDynamicParams(machine.root as unknown as NodeLike);
  const nodeKeys = new WeakMap<readonly unknown[], string>();
  const memo = new Map<string, Memo>();
  let replayed = 0;

  const nodesKey = (snapshot: S): string => {
    const nodes = nodesOf(snapshot);
    let key = nodeKeys.get(nodes);
    if (key === undefined) {
      key = nodes.map((n) => n.id).join(' ');
      nodeKeys.set(nodes, key);
    }
    return key;
  };

  const keyOf = (snapshot: S, event: Event): string => {
    let bits = '';
    for (const [, guard] of guards) bits += guard({ context: contextOf(snapshot), event }, undefined) ? '1' : '0';
    return `${nodesKey(snapshot)}|${event.type}|${bits}`;
  };

  /**
   * XState takes the step with the machine's own guards and updates wrapped, so the step shows
   * which updates ran in which order and what each guard was asked. Swapped in and out around
   * one synchronous call: nothing else can run in between.
   */
  const record = (snapshot: S, event: Event): [S, readonly ActionToExecute[], Memo] => {
    const updates: { assignment: Assignment; params: unknown }[] = [];
    let provable = true;
    const savedGuards = implementations.guards;
    const savedActions = implementations.actions;
    implementations.guards = { ...savedGuards };
    implementations.actions = { ...savedActions };
    for (const [name, guard] of guards) {
      implementations.guards[name] = (args: { context: unknown; event: unknown }, params: unknown) => {
        // A guard asked about a context the step has changed, or with parameters, is not in the key.
        if (args.context !== contextOf(snapshot) || args.event !== event || params !== undefined) provable = false;
        return guard(args, params);
      };
    }
    for (const [name, action] of Object.entries(savedActions)) {
      // Any other action comes back among the actions to execute, which XState takes every time.
      if (!isAssign(action)) continue;
      implementations.actions[name] = assign((args: { context: Context; event: Event }, params: unknown) => {
        if (dynamic.has(name)) provable = false;
        updates.push({ assignment: action.assignment, params });
        return action.assignment(args, params);
      });
    }
    let result: [S, readonly ActionToExecute[]];
    try {
      result = xstateStep(snapshot, event);
    } finally {
      implementations.guards = savedGuards;
      implementations.actions = savedActions;
    }
    const [next, actions] = result;
    if (next === snapshot) return [next, actions, provable ? 'refused' : 'xstate'];
    // Timers set or cancelled carry values read from the context: XState works them out each time.
    if (!provable || actions.length > 0) return [next, actions, 'xstate'];
    const remembered: Remembered = { next, updates };
    // The proof at hand: the updates replayed give XState's context exactly.
    if (JSON.stringify(replay(remembered, contextOf(snapshot), event)) !== JSON.stringify(contextOf(next))) {
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
    const next = machine.transition(snapshot, event, scope as never) as S;
    scope.actionExecutor = () => {};
    if (Object.keys((next as AnyMachineSnapshot).children).length > 0) {
      return transition(machine, snapshot, event as EventFromLogic<M>) as [S, ActionToExecute[]];
    }
    return [next, actions];
  };

  return {
    transition(snapshot, event) {
      const key = keyOf(snapshot, event);
      const known = memo.get(key);
      if (known === 'refused') {
        replayed += 1;
        return [snapshot, []];
      }
      if (known === 'xstate') return xstateStep(snapshot, event);
      if (known) {
        replayed += 1;
        return [{ ...known.next, context: replay(known, contextOf(snapshot), event) } as S, []];
      }
      const [next, actions, learned] = record(snapshot, event);
      if (memo.size < MEMO_LIMIT) memo.set(key, learned);
      return [next, actions];
    },
    stats: () => ({ keys: memo.size, replayed, xstate: [...memo.values()].filter((m) => m === 'xstate').length }),
  };
}

interface InertScope {
  actionExecutor: (action: ActionToExecute) => void;
}

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
  } as InertScope;
}

/** The context after the remembered updates, each applied as XState's `assign` applies it. */
function replay(remembered: Remembered, context: Context, event: Event): Context {
  let current = context;
  for (const { assignment, params } of remembered.updates) {
    current = Object.assign({}, current, assignment({ context: current, event }, params));
  }
  return current;
}
