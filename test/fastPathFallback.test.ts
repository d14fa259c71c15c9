/**
 * The fast path on machines unlike the talks: what it cannot prove the same from its key alone
 * (parameters worked out at run time, a guard asked about a context the step has changed, an
 * action other than a timer, a child actor, a delay read from the context) still gives what
 * XState's `transition()` gives, step after step, because XState takes those steps every time.
 * A change to the talks machine that brings in one of these stays correct, only slower.
 */
import {
  and,
  assign,
  createActor,
  fromPromise,
  not,
  setup,
  stateIn,
  transition,
  type AnyStateMachine,
} from 'xstate';
import { describe, expect, test } from 'vitest';
import { fastMachine } from '../src/engine/machineMemo.js';

type Ctx = { n: number; log: string[] };
type Ev = { type: 'GO' } | { type: 'BACK' } | { type: 'TICK' };

const base = setup({
  types: { context: {} as Ctx, events: {} as Ev },
  actions: {
    add: assign(({ context }, params: { by: number }) => ({ n: context.n + params.by })),
    note: assign(({ context, event }) => ({ log: [...context.log, event.type] })),
    double: assign(({ context }) => ({ n: context.n * 2 })),
    shout: () => {},
  },
  guards: {
    small: ({ context }) => context.n < 10,
  },
  delays: { wait: ({ context }) => 1000 * context.n },
});

/** Into a state, out of it, and in again: the second time in meets the key the first one learned. */
const THERE_AND_BACK: readonly Ev[] = [
  { type: 'GO' },
  { type: 'BACK' },
  { type: 'GO' },
  { type: 'BACK' },
  { type: 'GO' },
];

/** An action to execute, as two runs can agree on: a child is a new actor in each. */
const comparable = (a: { type: string; params?: unknown }) =>
  a.type.endsWith('Child') ? [a.type] : [a.type, a.params];

/** Each step of `events` from `context`, by XState and by the fast path, compared. */
function sameAsXState(machine: AnyStateMachine, context: Ctx, events: readonly Ev[]) {
  const fast = fastMachine(machine);
  const initial = createActor(machine, {
    snapshot: machine.resolveState({ value: machine.config.initial as string, context }),
  }).getSnapshot();
  // Twice over: the second pass meets every key the first one learned.
  for (const pass of [1, 2]) {
    let [theirs, ours] = [initial, initial];
    for (const event of events) {
      const [xNext, xActions] = transition(machine, theirs, event);
      const [fNext, fActions] = fast.transition(ours, event);
      expect(fNext.value, `pass ${pass}, ${event.type}`).toEqual(xNext.value);
      expect(fNext.context, `pass ${pass}, ${event.type}`).toEqual(xNext.context);
      expect(fActions.map(comparable)).toEqual(xActions.map(comparable));
      [theirs, ours] = [xNext, fNext];
    }
  }
  return fast.stats();
}

describe('the fast path where it cannot replay a step', () => {
  test('an update with parameters worked out from the context', () => {
    const machine = base.createMachine({
      initial: 'a',
      context: { n: 1, log: [] },
      states: {
        a: {
          on: {
            GO: { actions: [{ type: 'add', params: ({ context }) => ({ by: context.n + 1 }) }] },
          },
        },
      },
    });
    const stats = sameAsXState(machine, { n: 1, log: [] }, [
      { type: 'GO' },
      { type: 'GO' },
      { type: 'GO' },
    ]);
    expect(stats.xstate).toBe(1);
  });

  test('a guard asked after an update of the same step', () => {
    const machine = base.createMachine({
      initial: 'a',
      context: { n: 3, log: [] },
      states: {
        a: { on: { GO: { target: 'b', actions: 'double' } } },
        b: { always: [{ guard: 'small', target: 'c' }], on: { BACK: 'a' } },
        c: { on: { BACK: 'a' } },
      },
    });
    const stats = sameAsXState(machine, { n: 3, log: [] }, THERE_AND_BACK);
    expect(stats.xstate).toBeGreaterThan(0);
  });

  test('a guard with parameters, which the key cannot ask without them', () => {
    const guarded = base.extend({
      guards: { over: ({ context }, params: { limit: number }) => context.n > params.limit },
    });
    const machine = guarded.createMachine({
      initial: 'a',
      context: { n: 0, log: [] },
      states: {
        a: {
          on: {
            GO: [
              { guard: { type: 'over', params: { limit: 2 } }, target: 'b' },
              { actions: { type: 'add', params: { by: 1 } } },
            ],
          },
        },
        b: {},
      },
    });
    sameAsXState(machine, { n: 0, log: [] }, [
      { type: 'GO' },
      { type: 'GO' },
      { type: 'GO' },
      { type: 'GO' },
    ]);
  });

  test('an action other than a timer, handed back to the caller each time', () => {
    const machine = base.createMachine({
      initial: 'a',
      context: { n: 0, log: [] },
      states: { a: { on: { GO: { actions: ['note', 'shout'] } } } },
    });
    const stats = sameAsXState(machine, { n: 0, log: [] }, [{ type: 'GO' }, { type: 'GO' }]);
    expect(stats).toMatchObject({ xstate: 1, replayed: 0 });
  });

  test('a timer whose delay the context decides is worked out anew each time', () => {
    const machine = base.createMachine({
      initial: 'a',
      context: { n: 1, log: [] },
      states: {
        a: { on: { GO: 'b' } },
        b: {
          after: { wait: 'a' },
          on: { BACK: { target: 'a', actions: { type: 'add', params: { by: 1 } } } },
        },
      },
    });
    const stats = sameAsXState(machine, { n: 1, log: [] }, THERE_AND_BACK);
    expect(stats.replayed).toBeGreaterThan(0);
  });

  test('a state with a child actor', () => {
    const machine = setup({
      types: { context: {} as Ctx, events: {} as Ev },
      actors: { job: fromPromise(() => new Promise<void>(() => {})) },
      actions: { note: assign(({ context, event }) => ({ log: [...context.log, event.type] })) },
    }).createMachine({
      initial: 'a',
      context: { n: 0, log: [] },
      states: {
        a: { on: { GO: 'b' } },
        b: { invoke: { src: 'job' }, on: { BACK: 'a', TICK: { actions: 'note' } } },
      },
    });
    sameAsXState(machine, { n: 0, log: [] }, [{ type: 'GO' }, { type: 'TICK' }, { type: 'BACK' }]);
  });

  test('a refused event is the same snapshot, remembered', () => {
    const machine = base.createMachine({
      initial: 'a',
      context: { n: 0, log: [] },
      states: { a: { on: { GO: 'b' } }, b: {} },
    });
    const fast = fastMachine(machine);
    const [start] = transition(machine, createActor(machine).getSnapshot(), { type: 'BACK' });
    for (let i = 0; i < 3; i += 1) expect(fast.transition(start, { type: 'BACK' })[0]).toBe(start);
    expect(fast.stats()).toMatchObject({ keys: 1, replayed: 2, xstate: 0 });
  });
});

describe('the fast path where the key decides', () => {
  test("a guard's outcome is part of the key: the same state and event, the guard turned, a new step", () => {
    const machine = base.createMachine({
      initial: 'a',
      context: { n: 0, log: [] },
      states: {
        a: {
          on: {
            GO: [
              { guard: 'small', target: 'b', actions: { type: 'add', params: { by: 6 } } },
              { target: 'c' },
            ],
          },
        },
        b: { on: { BACK: 'a' } },
        c: { on: { BACK: 'a' } },
      },
    });
    // 0 and 6 are small and go to b; 12 is not, and goes to c.
    const stats = sameAsXState(machine, { n: 0, log: [] }, THERE_AND_BACK);
    expect(stats).toMatchObject({ xstate: 0 });
    expect(stats.replayed).toBeGreaterThan(0);
  });

  test('a guard XState evaluates itself, named in setup, is left to XState', () => {
    const machine = base
      .extend({ guards: { large: not('small'), inA: stateIn('a') } })
      .createMachine({
        initial: 'a',
        context: { n: 0, log: [] },
        states: {
          a: {
            on: {
              GO: [
                { guard: and(['large', 'inA']), target: 'b' },
                { actions: { type: 'add', params: { by: 5 } } },
              ],
            },
          },
          b: { on: { BACK: 'a' } },
        },
      });
    const stats = sameAsXState(machine, { n: 0, log: [] }, [
      { type: 'GO' },
      { type: 'GO' },
      { type: 'GO' },
      { type: 'BACK' },
    ]);
    expect(stats.xstate).toBe(0);
  });
});
