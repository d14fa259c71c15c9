/** The machine on its own: state names, vocabulary, and the guards that carry the rules. */
import { transition } from 'xstate';
import { describe, expect, test } from 'vitest';
import { REGION_STATES, REGIONS } from '../src/model/domain.js';
import type { TalksEvent } from '../src/model/events.js';
import { isClockEventType, resolvePayload } from '../src/model/events.js';
import { invariant } from '../src/model/invariant.js';
import { statePaths, toPath, topOf } from '../src/model/paths.js';
import { explainRefusal } from '../src/model/refusal.js';
import { talksMachine } from '../src/model/talksMachine.js';
import { SCRIPT_EVENT_TYPES, VOCABULARY } from '../src/model/vocabulary.js';
import { ev, playFrom } from './helpers/machine.js';

const play = (...events: TalksEvent[]) => playFrom({}, ...events);

const bothPresent = [
  ev('DELEGATION_ARRIVED', 'government'),
  ev('DELEGATION_ARRIVED', 'opposition'),
];

describe('the statechart', () => {
  test('has the four regions and every state name of the model table in the README, in order', () => {
    const regions = talksMachine.root.states;
    expect(Object.keys(regions)).toEqual([...REGIONS]);
    for (const region of REGIONS)
      expect(Object.keys(regions[region]!.states)).toEqual([...REGION_STATES[region]]);
  });

  test('starts scheduled, undecided, off the agenda', () => {
    expect(statePaths(play().value)).toEqual({
      process: 'scheduled',
      opposition: 'undecided',
      government: 'undecided',
      ceasefireTrack: 'offAgenda',
    });
  });
});

describe('state paths and event kinds', () => {
  test('a nested state reads as a dotted path, and its region state is the first part', () => {
    expect(toPath({ proximityTalks: 'contested' })).toBe('proximityTalks.contested');
    expect(toPath({})).toBe('');
    // A state whose value has no child state: its key alone.
    expect(toPath({ talks: {} })).toBe('talks');
    expect(topOf('proximityTalks.contested')).toBe('proximityTalks');
    expect(topOf('suspended')).toBe('suspended');
  });

  test("the clock's events are XState's delayed ones, not the actors' moves", () => {
    expect(isClockEventType('xstate.after.walkoutDeadline.talks.opposition')).toBe(true);
    expect(isClockEventType('WALKOUT_THREATENED')).toBe(false);
    expect(isClockEventType('my.xstate.after.x')).toBe(false);
  });

  test('a broken assumption names itself', () => {
    expect(() => invariant(null, 'a region has a state')).toThrow(
      'internal error: a region has a state',
    );
    expect(() => invariant(undefined, 'a key just set is there')).toThrow(
      'internal error: a key just set is there',
    );
    expect(invariant(0, 'zero is a value')).toBe(0);
  });
});

describe('a refused move', () => {
  test('a rule forbids it: the code says so, with the guards by name and their sentences', () => {
    const alone = play(ev('DELEGATION_ARRIVED', 'government'));
    expect(explainRefusal(alone, ev('FORMAL_START_DECLARED', 'envoy'))).toEqual({
      code: 'guard',
      guards: ['areBothDelegationsPresent'],
      message: 'both delegations must be present',
    });
    const walkedOut = play(...bothPresent, ev('WALKED_OUT', 'opposition'));
    expect(explainRefusal(walkedOut, ev('RETURNED_TO_TALKS', 'government'))).toEqual({
      code: 'guard',
      guards: ['isFromOpposition'],
      message: 'only the opposition delegation can make this move',
    });
  });

  test('several rules forbid it: each sentence, in the order the machine lists its guards', () => {
    expect(explainRefusal(play(...bothPresent), ev('WALKED_OUT', 'envoy'))).toEqual({
      code: 'guard',
      guards: ['isFromGovernment', 'isFromOpposition'],
      message:
        'only the government delegation can make this move; only the opposition delegation can make this move',
    });
  });

  test('no state takes it: the code says so, and the message names every region with its state', () => {
    const refusal = explainRefusal(play(), ev('WALKED_OUT', 'opposition'));
    expect(refusal).toEqual({
      code: 'state',
      guards: [],
      message:
        'not accepted while process scheduled, opposition undecided, government undecided, ceasefireTrack offAgenda',
    });
  });
});

describe('guards', () => {
  test.each([
    ['the government', ev('DELEGATION_ARRIVED', 'government')],
    ['the opposition', ev('DELEGATION_ARRIVED', 'opposition')],
  ])('the formal start needs both delegations present: %s alone is not enough', (_who, arrival) => {
    const alone = play(arrival);
    expect(statePaths(alone.value).process).toBe('preparatory');
    expect(alone.can(ev('FORMAL_START_DECLARED', 'envoy'))).toBe(false);
    expect(explainRefusal(alone, ev('FORMAL_START_DECLARED', 'envoy')).message).toBe(
      'both delegations must be present',
    );
    expect(play(...bothPresent).can(ev('FORMAL_START_DECLARED', 'envoy'))).toBe(true);
  });

  test('direct talks need the opposition to accept face-to-face sessions', () => {
    const started = [...bothPresent, ev('FORMAL_START_DECLARED', 'envoy')];
    expect(play(...started).can(ev('DIRECT_TALKS_OPENED', 'envoy'))).toBe(false);
    const accepted = play(
      ...started,
      ev('FACE_TO_FACE_ACCEPTED', 'opposition'),
      ev('DIRECT_TALKS_OPENED', 'envoy'),
    );
    expect(statePaths(accepted.value).process).toBe('directTalks');
  });

  test('direct talks stay closed when the government refuses face-to-face sessions the opposition accepted', () => {
    const started = [
      ...bothPresent,
      ev('FORMAL_START_DECLARED', 'envoy'),
      ev('FACE_TO_FACE_ACCEPTED', 'opposition'),
    ];
    const refused = play(...started, ev('FACE_TO_FACE_REFUSED', 'government'));
    expect(refused.can(ev('DIRECT_TALKS_OPENED', 'envoy'))).toBe(false);
    expect(explainRefusal(refused, ev('DIRECT_TALKS_OPENED', 'envoy')).message).toContain(
      'the government not refuse them',
    );
    expect(
      statePaths(
        play(
          ...started,
          ev('FACE_TO_FACE_REFUSED', 'government'),
          ev('DIRECT_TALKS_OPENED', 'envoy'),
        ).value,
      ).process,
    ).toBe('proximityTalks.declared');
    // Once the government accepts too, they open.
    expect(
      play(
        ...started,
        ev('FACE_TO_FACE_REFUSED', 'government'),
        ev('FACE_TO_FACE_ACCEPTED', 'government'),
      ).can(ev('DIRECT_TALKS_OPENED', 'envoy')),
    ).toBe(true);
  });

  test('refusing face-to-face sessions costs confidence, in proximity talks and in direct talks alike', () => {
    const proximity = play(...bothPresent, ev('FORMAL_START_DECLARED', 'envoy'));
    const refused = play(
      ...bothPresent,
      ev('FORMAL_START_DECLARED', 'envoy'),
      ev('FACE_TO_FACE_REFUSED', 'opposition'),
    );
    expect(refused.context.confidence).toBe(proximity.context.confidence - 5);
    const direct = [
      ...bothPresent,
      ev('FORMAL_START_DECLARED', 'envoy'),
      ev('FACE_TO_FACE_ACCEPTED', 'opposition'),
      ev('DIRECT_TALKS_OPENED', 'envoy'),
    ];
    const before = play(...direct);
    expect(statePaths(before.value).process).toBe('directTalks');
    const after = play(...direct, ev('FACE_TO_FACE_REFUSED', 'opposition'));
    expect(statePaths(after.value).process).toBe('proximityTalks.declared');
    expect(after.context.confidence).toBe(before.context.confidence - 5);
    expect(after.context.faceToFace).toEqual({ opposition: false });
  });

  test('a delegation walking out suspends proximity talks', () => {
    const s = play(
      ...bothPresent,
      ev('FORMAL_START_DECLARED', 'envoy'),
      ev('WALKED_OUT', 'government'),
    );
    expect(statePaths(s.value)).toMatchObject({ process: 'suspended', government: 'walkedOut' });
  });

  test('a ceasefire can be agreed only while it is on the agenda', () => {
    expect(play().can(ev('CEASEFIRE_AGREED', 'sponsor'))).toBe(false);
    const agreed = play(ev('CEASEFIRE_CALLED', 'envoy'), ev('CEASEFIRE_AGREED', 'sponsor'));
    expect(statePaths(agreed.value).ceasefireTrack).toBe('agreed');
  });

  test('only the opposition moves the opposition region', () => {
    expect(play().can(ev('BOYCOTT_ANNOUNCED', 'government'))).toBe(false);
    expect(play().can(ev('BOYCOTT_ANNOUNCED', 'opposition'))).toBe(true);
  });

  test.each(['envoy', 'government', 'sponsor'] as const)(
    'a move of the %s leaves the opposition where it was',
    (role) => {
      for (const type of ['WALKOUT_THREATENED', 'WALKED_OUT', 'BOYCOTT_ANNOUNCED'] as const) {
        const payload =
          type === 'WALKOUT_THREATENED'
            ? { deadline: '2016-02-05', conditions: ['endAirStrikes'] }
            : {};
        const after = play(...bothPresent, ev(type, role, payload));
        expect(statePaths(after.value).opposition, type).toBe('attending');
      }
      const arrived = play(ev('DELEGATION_ARRIVED', role));
      expect(statePaths(arrived.value).opposition).toBe('undecided');
      const walkedOut = play(...bothPresent, ev('WALKED_OUT', 'opposition'));
      expect(
        statePaths(
          play(...bothPresent, ev('WALKED_OUT', 'opposition'), ev('RETURNED_TO_TALKS', role)).value,
        ).opposition,
      ).toBe('walkedOut');
      expect(explainRefusal(walkedOut, ev('RETURNED_TO_TALKS', role)).message).toContain(
        'only the opposition delegation can make this move',
      );
    },
  );

  test('a walkout threat schedules its deadline on the simulated clock', () => {
    const attending = play(...bothPresent);
    const [, actions] = transition(talksMachine, attending, {
      ...ev('WALKOUT_THREATENED', 'opposition', {
        deadline: '2016-02-05',
        conditions: ['endAirStrikes'],
      }),
      date: '2016-02-02',
    });
    const raise = actions.find((a) => a.type === 'xstate.raise') as
      | { params: { delay: number } }
      | undefined;
    expect(raise?.params.delay).toBe(3 * 86_400_000);
  });
});

describe('the event vocabulary', () => {
  test.each(SCRIPT_EVENT_TYPES)('%s has a meaning, senders and a valid CAMEO code', (type) => {
    const spec = VOCABULARY[type];
    expect(spec.meaning).toMatch(/^[A-Z].*\.$/);
    expect(spec.actors.length).toBeGreaterThan(0);
    if ('cameo' in spec) expect(spec.cameo).toMatch(/^\d{3,4}$/);
  });

  test('has the event types the event reference in the README lists', () => {
    for (const type of [
      'TALKS_DELAYED',
      'DELEGATION_VETOED',
      'BOYCOTT_ANNOUNCED',
      'PRECONDITIONS_DEMANDED',
      'ASSURANCES_OFFERED',
      'DELEGATION_ARRIVED',
      'ENVOY_MET',
      'FORMAL_START_DECLARED',
      'START_DISPUTED',
      'MEETING_CANCELLED',
      'OFFENSIVE_LAUNCHED',
      'TERRITORY_TAKEN',
      'ATTACK_CLAIMED',
      'WALKOUT_THREATENED',
      'WALKED_OUT',
      'RETURNED_TO_TALKS',
      'CEASEFIRE_CALLED',
      'CEASEFIRE_RULED_OUT',
      'CEASEFIRE_AGREED',
      'FACE_TO_FACE_REFUSED',
      'GESTURE_MADE',
      'TALKS_SUSPENDED',
      'TALKS_RESUMED',
      'STATEMENT_ISSUED',
    ]) {
      expect(SCRIPT_EVENT_TYPES).toContain(type);
    }
  });
});

describe('what the context keeps of a move', () => {
  test('an attack keeps its death toll when the claim gives one, and none when it does not', () => {
    const snapshot = playFrom(
      {},
      ev('ATTACK_CLAIMED', 'armedGroup', { place: 'Sayyida Zeinab', killed: 60 }),
      ev('ATTACK_CLAIMED', 'armedGroup', { place: 'Homs' }),
    );
    expect(snapshot.context.military.attacks).toEqual([
      { actor: 'armedGroup', place: 'Sayyida Zeinab', killed: 60, date: '2016-02-01' },
      { actor: 'armedGroup', place: 'Homs', killed: null, date: '2016-02-01' },
    ]);
  });
});

test('a rule’s payload turns only a text +Nd into the date N days on; other values stay as written', () => {
  expect(
    resolvePayload({ until: '+3d', days: 3, note: 'in +3d', list: ['+3d'] }, '2016-02-01'),
  ).toEqual({ until: '2016-02-04', days: 3, note: 'in +3d', list: ['+3d'] });
});
