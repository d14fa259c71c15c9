/** The one list of legal moves: what the player offers, `paths` tries and `new` writes, with their default payloads. */
import { describe, expect, test } from 'vitest';
import { replay } from '../src/engine/run.js';
import { createContext } from '../src/model/context.js';
import {
  actorChoices,
  defaultPayload,
  legalMoves,
  openConditions,
} from '../src/model/legalMoves.js';
import { PRECONDITION_NAMES } from '../src/model/domain.js';
import { payloadFields, payloadProblem } from '../src/model/payloadFields.js';
import { loadScenario } from '../src/engine/load.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const geneva = mustLoad(GENEVA);
const record = replay(geneva);
const actor = (id: string) => geneva.actors.find((a) => a.id === id)!;
/** The state after the step with this id. */
const after = (id: string) => record.entries.find((e) => e.step.id === id)!.state;
const settingAfter = (id: string) => {
  const state = after(id);
  return { date: state.date, context: state.machine.context, actors: geneva.actors };
};

describe('default payloads', () => {
  test('a threat falls due three days ahead and names the conditions demanded and still unmet', () => {
    const setting = settingAfter('aleppo-offensive');
    const open = PRECONDITION_NAMES.filter(
      (p) => setting.context.preconditions[p].demanded && !setting.context.preconditions[p].met,
    );
    expect(open.length).toBeGreaterThan(0);
    expect(defaultPayload('WALKOUT_THREATENED', actor('hnc'), setting)).toEqual({
      deadline: '2016-02-04',
      conditions: open,
    });
    expect(defaultPayload('GESTURE_MADE', actor('government'), setting)).toEqual({ meets: open });
  });

  test('before anything is demanded, a list of conditions names them all', () => {
    const state = record.initial;
    expect(openConditions(state.machine.context)).toEqual(PRECONDITION_NAMES);
  });

  test('an offensive is major unless set otherwise; a meeting names the actor across the table; optional fields stay out', () => {
    const setting = settingAfter('aleppo-offensive');
    expect(defaultPayload('OFFENSIVE_LAUNCHED', actor('syrian-army'), setting)).toEqual({
      area: 'a hypothetical area',
      intensity: 'major',
    });
    expect(defaultPayload('ENVOY_MET', actor('de-mistura'), setting)).toEqual({ with: 'hnc' });
    expect(defaultPayload('MEETING_CANCELLED', actor('government'), setting)).toEqual({
      with: 'de-mistura',
    });
    expect(defaultPayload('TALKS_DELAYED', actor('de-mistura'), setting)).toEqual({});
    expect(defaultPayload('CONFIDENCE_ASSESSED', actor('de-mistura'), setting)).toEqual({
      level: setting.context.confidence,
    });
  });
});

describe('what a default payload names', () => {
  const envoy = { id: 'envoy', role: 'envoy' } as const;
  const hnc = { id: 'hnc', role: 'opposition' } as const;
  const russia = { id: 'russia', role: 'sponsor' } as const;

  test('the conditions demanded and not yet met, and only those', () => {
    const context = createContext({
      preconditions: {
        endAirStrikes: { demanded: true },
        liftSieges: { demanded: true, met: true },
        releaseDetainees: { met: true },
      },
    });
    expect(openConditions(context)).toEqual(['endAirStrikes']);
    const setting = { date: '2016-02-01', context, actors: [envoy, hnc] };
    expect(defaultPayload('WALKOUT_THREATENED', hnc, setting)).toEqual({
      deadline: '2016-02-04',
      conditions: ['endAirStrikes'],
    });
  });

  test('the actor across the table; else the first other actor; else the mover alone', () => {
    const context = createContext();
    const at = (actors: readonly { id: string; role: 'envoy' | 'opposition' | 'sponsor' }[]) => ({
      date: '2016-02-01',
      context,
      actors,
    });
    expect(defaultPayload('ENVOY_MET', envoy, at([russia, envoy, hnc]))).toEqual({ with: 'hnc' });
    expect(defaultPayload('ENVOY_MET', envoy, at([envoy, russia]))).toEqual({ with: 'russia' });
    expect(actorChoices(envoy, at([envoy, russia, hnc]))).toEqual([russia, hnc]);
    expect(actorChoices(envoy, at([envoy]))).toEqual([envoy]);
  });

  test('leaves optional fields out, not present as nothing', () => {
    const setting = { date: '2016-02-01', context: createContext(), actors: [envoy, hnc] };
    expect(Object.keys(defaultPayload('GESTURE_MADE', hnc, setting))).toEqual(['meets']);
  });
});

describe('the fields of a payload', () => {
  test('say their type with its bounds, as the form shows them', () => {
    const level = payloadFields('CONFIDENCE_ASSESSED').find((f) => f.name === 'level');
    expect(level).toMatchObject({ kind: 'number', min: 0, max: 100, optional: false });
    expect(level?.type).toMatch(/^whole number 0 to 100$|^number 0 to 100$/);
    const killed = payloadFields('ATTACK_CLAIMED').find((f) => f.name === 'killed');
    expect(killed).toMatchObject({ kind: 'number', min: 0, optional: true });
    expect(killed?.type).toBe('whole number from 0');
    expect(killed).not.toHaveProperty('max');
  });

  test('a refusal inside a list names the item by its place', () => {
    expect(
      payloadProblem(
        'WALKOUT_THREATENED',
        { deadline: '2016-02-04', conditions: ['peace'] },
        '2016-02-01',
      ),
    ).toMatch(/^conditions\.0: "peace" is not one of /);
  });

  test('text that reads like an early date is no date', () => {
    expect(payloadProblem('DELEGATION_VETOED', { group: '1st Division' }, '2016-02-01')).toBeNull();
  });
});

describe('the opposition is never offered a gesture meeting its own demands', () => {
  test("at no step of the record is a gesture by the opposition a legal move, while the government's is", () => {
    const states = [record.initial, ...record.entries.map((e) => e.state)];
    const gestures = states.flatMap((s) =>
      legalMoves(s.machine, geneva.actors, s.date).filter((m) => m.type === 'GESTURE_MADE'),
    );
    expect(gestures.some((m) => m.role === 'government')).toBe(true);
    expect(gestures.filter((m) => m.role === 'opposition')).toEqual([]);
  });

  test('a file that has the opposition make a gesture is refused, with who may make one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-gesture-'));
    const file = join(dir, 'own-demands.yaml');
    writeFileSync(
      file,
      [
        'id: own-demands',
        'title: The opposition meets its own demands',
        'kind: what-if',
        'start: 2016-01-25',
        'actors:',
        '  - { id: hnc, name: HNC, role: opposition }',
        'events:',
        '  - { id: g, date: 2016-01-25, actor: hnc, type: GESTURE_MADE, payload: { meets: [liftSieges] } }',
        '',
      ].join('\n'),
    );
    const problems = loadScenario(file).diagnostics.map((d) => `${d.message} (${d.hint})`);
    expect(problems).toEqual([
      'event "g": hnc (opposition) cannot send GESTURE_MADE (GESTURE_MADE is sent by: government, sponsor)',
    ]);
  });
});

test('every legal move is accepted by the engine with its default payload', () => {
  const state = after('walkout-threat');
  const moves = legalMoves(state.machine, geneva.actors, state.date);
  expect(moves.length).toBeGreaterThan(20);
  for (const move of moves) {
    const run = replay({
      ...geneva,
      events: [
        ...geneva.events.slice(0, 28),
        { ...geneva.events[0]!, id: 'x', ...move, source: null, note: null, recorded: false },
      ],
      policies: [],
    });
    expect(run.entries.at(-1)!.step, `${move.type} by ${move.actor}`).toMatchObject({
      id: 'x',
      accepted: true,
    });
  }
});

describe('a payload the form refuses', () => {
  test("is refused in parley's words, never the schema library's", () => {
    const day = '2016-02-01';
    expect(payloadProblem('DELEGATION_VETOED', { group: '' }, day)).toBe(
      'group: must not be empty',
    );
    expect(payloadProblem('GESTURE_MADE', { meets: [] }, day)).toBe(
      'meets: must list at least one item, not none',
    );
    expect(payloadProblem('OFFENSIVE_LAUNCHED', { area: 'Aleppo', intensity: 'huge' }, day)).toBe(
      'intensity: "huge" is not one of limited, major, massive',
    );
    expect(payloadProblem('DELEGATION_VETOED', {}, day)).toBe(
      'group: is required (string expected)',
    );
  });

  test('names what was given instead: a list, a mapping, null, a number; a number keeps its own rule', () => {
    const day = '2016-02-01';
    expect(payloadProblem('DELEGATION_VETOED', { group: ['a'] }, day)).toBe(
      'group: expected string, found a list',
    );
    expect(payloadProblem('DELEGATION_VETOED', { group: { a: 1 } }, day)).toBe(
      'group: expected string, found a mapping',
    );
    expect(payloadProblem('DELEGATION_VETOED', { group: null }, day)).toBe(
      'group: expected string, found null',
    );
    expect(payloadProblem('DELEGATION_VETOED', { group: 7 }, day)).toBe(
      'group: expected string, found number 7',
    );
    expect(payloadProblem('CONFIDENCE_ASSESSED', { level: 'high' }, day)).toBe(
      'level: must be between 0 and 100, not "high"',
    );
    expect(payloadProblem('CONFIDENCE_ASSESSED', { level: 101 }, day)).toBe(
      'level: must be between 0 and 100, not 101',
    );
    expect(payloadProblem('ATTACK_CLAIMED', { place: 'Homs', killed: 2.5 }, day)).toBe(
      'killed: must be a whole number, 0 or more, not 2.5',
    );
    expect(payloadProblem('DELEGATION_VETOED', { group: 'x', by: 'y' }, day)).toBe(
      'payload: unknown field "by"',
    );
  });

  test("a date before the move's own day is refused, naming both; the day itself is fine", () => {
    const conditions = ['liftSieges'];
    expect(
      payloadProblem('WALKOUT_THREATENED', { deadline: '2016-01-31', conditions }, '2016-02-01'),
    ).toBe("deadline: 2016-01-31 is before the move's own day, 2016-02-01");
    expect(
      payloadProblem('WALKOUT_THREATENED', { deadline: '2016-02-01', conditions }, '2016-02-01'),
    ).toBeNull();
    expect(
      payloadProblem('WALKOUT_THREATENED', { deadline: '2016-02-30', conditions }, '2016-02-01'),
    ).toBe('deadline: must be a date written YYYY-MM-DD');
  });
});
