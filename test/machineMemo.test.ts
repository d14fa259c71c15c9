/**
 * The engine's fast path against XState itself: from random starting states, random events
 * from every role with random payloads, the remembered steps must give what `transition()`
 * gives, in state, context, actions (in order), refusals and the reasons given for them.
 */
import fc from 'fast-check';
import {
  initialTransition,
  transition,
  type AnyMachineSnapshot,
  type StateValueFrom,
} from 'xstate';
import { describe, expect, test } from 'vitest';
import { fastMachine, MEMO_LIMIT } from '../src/engine/machineMemo.js';
import { createContext } from '../src/model/context.js';
import {
  CLAIMS,
  INTENSITIES,
  PRECONDITION_NAMES,
  REGION_STATES,
  ROLE_NAMES,
} from '../src/model/domain.js';
import { explainRefusal } from '../src/model/refusal.js';
import { talksMachine } from '../src/model/talksMachine.js';
import { SCRIPT_EVENT_TYPES, VOCABULARY, type ScriptEventType } from '../src/model/vocabulary.js';

const AFTER = 'xstate.after.walkoutDeadline.talks.opposition.walkoutThreat';
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

const date = fc
  .integer({ min: 0, max: 60 })
  .map((d) => new Date(Date.UTC(2016, 0, 1 + d)).toISOString().slice(0, 10));
const preconditions = fc.subarray([...PRECONDITION_NAMES], { minLength: 0 });
const payload = fc.record(
  {
    preconditions,
    demands: preconditions,
    meets: preconditions,
    conditions: preconditions,
    deadline: date,
    level: fc.integer({ min: -10, max: 120 }),
    killed: fc.integer({ min: 0, max: 100 }),
    area: fc.constantFrom('Aleppo', 'Homs'),
    place: fc.constantFrom('Aleppo', 'Sayyida Zeinab'),
    group: fc.constantFrom('Ahrar al-Sham', 'Jaysh al-Islam'),
    scope: fc.constantFrom('nationwide', 'Aleppo'),
    claim: fc.constantFrom(...CLAIMS),
    intensity: fc.constantFrom(...INTENSITIES),
  },
  { requiredKeys: [] },
);

/**
 * The fields of `payload` that event type's schema knows, when they pass it: the engine only ever
 * steps with payloads checked where they enter (a scenario loading, a move typed in the player).
 */
function schemaPayload(
  type: ScriptEventType,
  fields: Record<string, unknown>,
): Record<string, unknown> | null {
  const schema = VOCABULARY[type].payload;
  const known = Object.fromEntries(Object.entries(fields).filter(([k]) => k in schema.shape));
  return schema.safeParse(known).success ? known : null;
}

const move = fc
  .record({
    type: fc.constantFrom(...SCRIPT_EVENT_TYPES),
    actor: fc.constantFrom('hnc', 'gov', 'envoy'),
    role: fc.oneof(
      fc.constantFrom('opposition', 'government', 'envoy'),
      fc.constantFrom(...ROLE_NAMES),
    ),
    date,
    payload,
  })
  .map((m) => ({ ...m, payload: schemaPayload(m.type, m.payload) }))
  .filter((m): m is typeof m & { payload: Record<string, unknown> } => m.payload !== null);

/** An actor's move of any type from any role, with a payload its schema accepts, or the clock's deadline. */
const event = fc.oneof(
  { weight: 12, arbitrary: move },
  { weight: 1, arbitrary: fc.constant({ type: AFTER }) },
);

/** Any combination of region states, any confidence, any preconditions demanded and met. */
const start = fc.record({
  confidence: fc.integer({ min: 0, max: 100 }),
  met: preconditions,
  demanded: preconditions,
  regions: fc.record(
    {
      process: fc.constantFrom(...REGION_STATES.process, 'proximityTalks.contested'),
      opposition: fc.constantFrom(...REGION_STATES.opposition),
      government: fc.constantFrom(...REGION_STATES.government),
      ceasefireTrack: fc.constantFrom(...REGION_STATES.ceasefireTrack),
    },
    { requiredKeys: [] },
  ),
});

type Start = typeof start extends fc.Arbitrary<infer T> ? T : never;

function startingSnapshot(s: Start): AnyMachineSnapshot {
  const context = createContext({
    confidence: s.confidence,
    preconditions: Object.fromEntries(
      PRECONDITION_NAMES.map((p) => [
        p,
        { met: s.met.includes(p), demanded: s.demanded.includes(p) },
      ]),
    ),
  });
  const [initial] = initialTransition(talksMachine, context);
  const overrides = Object.fromEntries(
    Object.entries(s.regions).map(([region, path]) => {
      const [top, sub] = path.split('.');
      return [
        region,
        sub ? { [top!]: sub } : top === 'proximityTalks' ? { proximityTalks: 'declared' } : top,
      ];
    }),
  );
  const value = { ...initial.value, ...overrides } as StateValueFrom<typeof talksMachine>;
  return talksMachine.resolveState({ value, context });
}

const ids = (snapshot: AnyMachineSnapshot): string[] =>
  snapshot._nodes.map((n: { id: string }) => n.id);
const actionsOf = (actions: readonly { type: string; params?: unknown }[]) =>
  actions.map((a) => ({ type: a.type, params: a.params }));

describe('the fast path of the engine', () => {
  // One memo for every case, so that later cases replay steps that earlier ones recorded.
  const fast = fastMachine(talksMachine);

  test('gives what XState gives: state, context, actions in order, refusals and their reasons', () => {
    fc.assert(
      fc.property(
        start,
        fc.array(event, { minLength: 1, maxLength: 40, size: 'medium' }),
        (s, events) => {
          const first = startingSnapshot(s);
          // The run twice over: the second time, the memo answers the steps it recorded the first time.
          for (const pass of [1, 2]) {
            let [theirs, ours] = [first, first];
            for (const e of events) {
              const [xNext, xActions] = transition(talksMachine, theirs, e as never);
              const [fNext, fActions] = fast.transition(ours, e);
              expect(fNext === ours, `pass ${pass}`).toBe(xNext === theirs);
              if (xNext === theirs)
                expect(explainRefusal(ours, e)).toEqual(explainRefusal(theirs, e));
              expect(ids(fNext)).toEqual(ids(xNext));
              expect(fNext.value).toEqual(xNext.value);
              expect(fNext.context).toEqual(xNext.context);
              expect(fNext.status).toBe(xNext.status);
              expect(actionsOf(fActions)).toEqual(actionsOf(xActions));
              [theirs, ours] = [xNext, fNext];
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
    // The cases met the same keys again and again: most steps were replayed, not recorded.
    const { keys, replayed } = fast.stats();
    expect(keys).toBeGreaterThan(50);
    expect(keys).toBeLessThan(MEMO_LIMIT);
    expect(replayed).toBeGreaterThan(keys);
  }, 180_000);
});
