/** The machine on its own: state names, vocabulary, and the guards that carry the rules. */
import { initialTransition, transition } from 'xstate';
import { describe, expect, test } from 'vitest';
import { createContext } from '../src/model/context.js';
import { REGION_STATES, REGIONS, type Role } from '../src/model/domain.js';
import { talksEvent, type TalksEvent } from '../src/model/events.js';
import { statePaths } from '../src/model/paths.js';
import { talksMachine } from '../src/model/talksMachine.js';
import { SCRIPT_EVENT_TYPES, VOCABULARY, type ScriptEventType } from '../src/model/vocabulary.js';

const ev = (type: ScriptEventType, role: Role, payload: Record<string, unknown> = {}): TalksEvent =>
  talksEvent({ type, actor: role, role, date: '2016-02-01', payload });

function play(...events: TalksEvent[]) {
  let [snapshot] = initialTransition(talksMachine, createContext());
  for (const event of events) [snapshot] = transition(talksMachine, snapshot, event);
  return snapshot;
}

const bothPresent = [ev('DELEGATION_ARRIVED', 'government'), ev('DELEGATION_ARRIVED', 'opposition')];

describe('the statechart', () => {
  test('has the four regions and every state name of DESIGN.md, in order', () => {
    const regions = talksMachine.root.states;
    expect(Object.keys(regions)).toEqual([...REGIONS]);
    for (const region of REGIONS) expect(Object.keys(regions[region]!.states)).toEqual([...REGION_STATES[region]]);
  });

  test('starts scheduled, undecided, off the agenda', () => {
    expect(statePaths(play().value)).toEqual({ process: 'scheduled', opposition: 'undecided', government: 'undecided', ceasefireTrack: 'offAgenda' });
  });
});

describe('guards', () => {
  test('the formal start needs both delegations present', () => {
    const alone = play(ev('DELEGATION_ARRIVED', 'government'));
    expect(alone.can(ev('FORMAL_START_DECLARED', 'envoy'))).toBe(false);
    expect(play(...bothPresent).can(ev('FORMAL_START_DECLARED', 'envoy'))).toBe(true);
  });

  test('direct talks need the opposition to accept face-to-face sessions', () => {
    const started = [...bothPresent, ev('FORMAL_START_DECLARED', 'envoy')];
    expect(play(...started).can(ev('DIRECT_TALKS_OPENED', 'envoy'))).toBe(false);
    const accepted = play(...started, ev('FACE_TO_FACE_ACCEPTED', 'opposition'), ev('DIRECT_TALKS_OPENED', 'envoy'));
    expect(statePaths(accepted.value).process).toBe('directTalks');
  });

  test('a delegation walking out suspends proximity talks', () => {
    const s = play(...bothPresent, ev('FORMAL_START_DECLARED', 'envoy'), ev('WALKED_OUT', 'government'));
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

  test('a walkout threat schedules its deadline on the simulated clock', () => {
    const attending = play(...bothPresent);
    const [, actions] = transition(talksMachine, attending, {
      ...ev('WALKOUT_THREATENED', 'opposition', { deadline: '2016-02-05', conditions: ['endAirStrikes'] }),
      date: '2016-02-02',
    });
    const raise = actions.find((a) => a.type === 'xstate.raise') as { params: { delay: number } } | undefined;
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

  test('has the event types DESIGN.md names', () => {
    for (const type of ['TALKS_DELAYED', 'DELEGATION_VETOED', 'BOYCOTT_ANNOUNCED', 'PRECONDITIONS_DEMANDED',
      'ASSURANCES_OFFERED', 'DELEGATION_ARRIVED', 'ENVOY_MET', 'FORMAL_START_DECLARED', 'START_DISPUTED',
      'MEETING_CANCELLED', 'OFFENSIVE_LAUNCHED', 'TERRITORY_TAKEN', 'ATTACK_CLAIMED', 'WALKOUT_THREATENED',
      'WALKED_OUT', 'RETURNED_TO_TALKS', 'CEASEFIRE_CALLED', 'CEASEFIRE_RULED_OUT', 'CEASEFIRE_AGREED',
      'FACE_TO_FACE_REFUSED', 'GESTURE_MADE', 'TALKS_SUSPENDED', 'TALKS_RESUMED', 'STATEMENT_ISSUED']) {
      expect(SCRIPT_EVENT_TYPES).toContain(type);
    }
  });
});
