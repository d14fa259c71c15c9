/**
 * What each move does to the confidence between the sides: the number every view shows and every
 * what-if moves. One row per move, from a state where the machine takes it, starting at 50.
 */
import { describe, expect, test } from 'vitest';
import type { TalksEvent } from '../src/model/events.js';
import { statePaths } from '../src/model/paths.js';
import { ev, playFrom } from './helpers/machine.js';

const play = (...events: TalksEvent[]) => playFrom({ confidence: 50 }, ...events);

const both = [ev('DELEGATION_ARRIVED', 'government'), ev('DELEGATION_ARRIVED', 'opposition')];
const started = [...both, ev('FORMAL_START_DECLARED', 'envoy')];
const threat = ev('WALKOUT_THREATENED', 'opposition', {
  deadline: '2016-02-05',
  conditions: ['endAirStrikes'],
});
const called = [ev('CEASEFIRE_CALLED', 'envoy')];
const negotiating = [...called, ev('CEASEFIRE_TALKS_OPENED', 'sponsor')];
const inForce = [
  ...called,
  ev('CEASEFIRE_AGREED', 'sponsor'),
  ev('CEASEFIRE_TOOK_EFFECT', 'sponsor'),
];

/** [what happens, the moves before, the move, its change to confidence] */
const ROWS: [string, TalksEvent[], TalksEvent, number][] = [
  ['assurances', [], ev('ASSURANCES_OFFERED', 'government'), 5],
  ['a meeting with the envoy', [], ev('ENVOY_MET', 'envoy', { with: 'opposition' }), 2],
  ['a meeting cancelled', [], ev('MEETING_CANCELLED', 'envoy'), -10],
  ['a protest', [], ev('PROTEST_HELD', 'opposition'), -5],
  ['a delegate vetoed', [], ev('DELEGATION_VETOED', 'government', { group: 'Army of Islam' }), -5],
  ['territory taken', [], ev('TERRITORY_TAKEN', 'government', { place: 'Nubl' }), -5],
  [
    'an attack claimed',
    [],
    ev('ATTACK_CLAIMED', 'armedGroup', { place: 'Sayyida Zeinab', killed: 60 }),
    -5,
  ],
  [
    'a limited offensive',
    [],
    ev('OFFENSIVE_LAUNCHED', 'forces', { area: 'north', intensity: 'limited' }),
    -5,
  ],
  [
    'a major offensive',
    [],
    ev('OFFENSIVE_LAUNCHED', 'forces', { area: 'north', intensity: 'major' }),
    -10,
  ],
  [
    'a massive offensive',
    [],
    ev('OFFENSIVE_LAUNCHED', 'forces', { area: 'north', intensity: 'massive' }),
    -20,
  ],
  [
    'a gesture that meets no new condition',
    [],
    ev('GESTURE_MADE', 'government', { meets: [] }),
    10,
  ],
  [
    'a gesture that meets two conditions',
    [],
    ev('GESTURE_MADE', 'government', { meets: ['liftSieges', 'releaseDetainees'] }),
    20,
  ],
  [
    'a gesture repeating one already made',
    [ev('GESTURE_MADE', 'government', { meets: ['liftSieges'] })],
    ev('GESTURE_MADE', 'government', { meets: ['liftSieges'] }),
    10,
  ],
  [
    'a gesture meeting one condition again and one anew: only the new one counts',
    [ev('GESTURE_MADE', 'government', { meets: ['liftSieges'] })],
    ev('GESTURE_MADE', 'government', { meets: ['liftSieges', 'releaseDetainees'] }),
    10,
  ],
  ['face-to-face sessions accepted', [], ev('FACE_TO_FACE_ACCEPTED', 'opposition'), 5],
  ['face-to-face sessions refused', [], ev('FACE_TO_FACE_REFUSED', 'opposition'), -5],
  ['a boycott', [], ev('BOYCOTT_ANNOUNCED', 'opposition'), -10],
  [
    'arriving after a boycott',
    [ev('BOYCOTT_ANNOUNCED', 'opposition')],
    ev('DELEGATION_ARRIVED', 'opposition'),
    5,
  ],
  ['arriving undecided', [], ev('DELEGATION_ARRIVED', 'opposition'), 0],
  [
    'a boycott after arriving',
    [ev('DELEGATION_ARRIVED', 'opposition')],
    ev('BOYCOTT_ANNOUNCED', 'opposition'),
    -10,
  ],
  ['the formal start', both, ev('FORMAL_START_DECLARED', 'envoy'), 5],
  ['the start disputed', started, ev('START_DISPUTED', 'opposition', { claim: 'notStarted' }), -5],
  [
    'the start disputed again',
    [...started, ev('START_DISPUTED', 'opposition')],
    ev('START_DISPUTED', 'government'),
    0,
  ],
  [
    'direct talks opened',
    [...started, ev('FACE_TO_FACE_ACCEPTED', 'opposition')],
    ev('DIRECT_TALKS_OPENED', 'envoy'),
    10,
  ],
  ['a walkout threat', both, threat, -10],
  ['a walkout threat renewed', [...both, threat], threat, -5],
  ['a threat withdrawn', [...both, threat], ev('THREAT_WITHDRAWN', 'opposition'), 5],
  ['the opposition walking out', both, ev('WALKED_OUT', 'opposition'), -15],
  [
    'the opposition carrying out its threat',
    [...both, threat],
    ev('WALKED_OUT', 'opposition'),
    -15,
  ],
  [
    'the opposition returning',
    [...both, ev('WALKED_OUT', 'opposition')],
    ev('RETURNED_TO_TALKS', 'opposition'),
    5,
  ],
  ['the government walking out', both, ev('WALKED_OUT', 'government'), -15],
  [
    'the government returning',
    [...both, ev('WALKED_OUT', 'government')],
    ev('RETURNED_TO_TALKS', 'government'),
    5,
  ],
  ['a ceasefire called', [], ev('CEASEFIRE_CALLED', 'envoy'), 0],
  ['ceasefire talks opened', called, ev('CEASEFIRE_TALKS_OPENED', 'sponsor'), 5],
  ['a ceasefire agreed when proposed', called, ev('CEASEFIRE_AGREED', 'sponsor'), 15],
  ['a ceasefire agreed after talks', negotiating, ev('CEASEFIRE_AGREED', 'sponsor'), 15],
  [
    'a ceasefire ruled out when proposed',
    called,
    ev('CEASEFIRE_RULED_OUT', 'government', { scope: 'Aleppo' }),
    -10,
  ],
  ['a ceasefire ruled out in its talks', negotiating, ev('CEASEFIRE_RULED_OUT', 'government'), -10],
  [
    'a ceasefire taking effect',
    [...called, ev('CEASEFIRE_AGREED', 'sponsor')],
    ev('CEASEFIRE_TOOK_EFFECT', 'sponsor'),
    5,
  ],
  ['a ceasefire violated', inForce, ev('CEASEFIRE_VIOLATED', 'forces'), -5],
  ['a ceasefire in force collapsing', inForce, ev('CEASEFIRE_COLLAPSED', 'forces'), -20],
  [
    'an agreed ceasefire collapsing before it takes effect',
    [...called, ev('CEASEFIRE_AGREED', 'sponsor')],
    ev('CEASEFIRE_COLLAPSED', 'forces'),
    0,
  ],
  ['a statement', [], ev('STATEMENT_ISSUED', 'envoy'), 0],
];

describe('confidence', () => {
  test.each(ROWS.map(([what, before, event, by]) => [what, by, before, event] as const))(
    '%s changes it by %i',
    (_what, by, before, event) => {
      const from = play(...before);
      const to = play(...before, event);
      expect(to, `${event.type} was refused`).not.toBe(from);
      expect(to.context.confidence - from.context.confidence).toBe(by);
    },
  );

  test('stays between 0 and 100', () => {
    const massive = ev('OFFENSIVE_LAUNCHED', 'forces', { area: 'north', intensity: 'massive' });
    expect(play(massive, massive, massive).context.confidence).toBe(0);
    const gesture = ev('GESTURE_MADE', 'government', {
      meets: ['liftSieges', 'releaseDetainees', 'humanitarianAccess', 'endAirStrikes'],
    });
    expect(play(gesture, gesture).context.confidence).toBe(100);
  });
});

describe('what a move records besides confidence', () => {
  test('a ceasefire violation is counted, a veto kept with its scope, a statement dated', () => {
    const s = play(
      ...inForce,
      ev('CEASEFIRE_VIOLATED', 'forces'),
      ev('CEASEFIRE_VIOLATED', 'forces'),
    );
    expect(s.context.ceasefireViolations).toBe(2);
    expect(
      play(...called, ev('CEASEFIRE_RULED_OUT', 'government', { scope: 'Aleppo' })).context
        .ceasefireVetoes,
    ).toEqual([{ actor: 'government', scope: 'Aleppo' }]);
    expect(play(ev('STATEMENT_ISSUED', 'envoy')).context.lastStatement).toEqual({
      actor: 'envoy',
      date: '2016-02-01',
    });
  });

  test('an offensive is recorded and undoes a met end to the air strikes', () => {
    const paused = ev('GESTURE_MADE', 'government', { meets: ['endAirStrikes'] });
    const s = play(
      paused,
      ev('OFFENSIVE_LAUNCHED', 'forces', { area: 'north', intensity: 'limited' }),
    );
    expect(s.context.preconditions.endAirStrikes.met).toBe(false);
    expect(s.context.military.offensives).toEqual([
      { actor: 'forces', area: 'north', intensity: 'limited', date: '2016-02-01' },
    ]);
  });

  test('a vetoed delegate is listed once per side that vetoes it', () => {
    const veto = ev('DELEGATION_VETOED', 'government', { group: 'Army of Islam' });
    expect(play(veto, veto).context.disputedDelegates).toEqual([
      { group: 'Army of Islam', by: 'government' },
    ]);
    expect(
      play(veto, ev('DELEGATION_VETOED', 'sponsor', { group: 'Army of Islam' })).context
        .disputedDelegates,
    ).toHaveLength(2);
  });

  test('a walkout threat keeps its deadline and conditions until it is withdrawn', () => {
    const s = play(...both, threat);
    expect(statePaths(s.value).opposition).toBe('walkoutThreat');
    expect(s.context.walkoutDeadline).toEqual({
      actor: 'opposition',
      setOn: '2016-02-01',
      date: '2016-02-05',
      conditions: ['endAirStrikes'],
    });
    expect(
      play(...both, threat, ev('THREAT_WITHDRAWN', 'opposition')).context.walkoutDeadline,
    ).toBeNull();
  });

  test('demands are recorded from a boycott and from a list of preconditions', () => {
    const boycott = play(ev('BOYCOTT_ANNOUNCED', 'opposition', { demands: ['liftSieges'] }));
    expect(boycott.context.preconditions.liftSieges.demanded).toBe(true);
    const listed = play(
      ev('PRECONDITIONS_DEMANDED', 'opposition', { preconditions: ['releaseDetainees'] }),
    );
    expect(listed.context.preconditions.releaseDetainees).toEqual({ demanded: true, met: false });
  });
});
