/**
 * Each event type's payload fields as `parley events` lists them and the move form asks for them:
 * how a reader says the type, whether it may be left out, how its value is chosen, the options
 * and the range the vocabulary allows, and the value it suggests.
 */
import { describe, expect, test } from 'vitest';
import { payloadFields, payloadProblem } from '../src/model/payloadFields.js';

const CONDITIONS = ['endAirStrikes', 'liftSieges', 'releaseDetainees', 'humanitarianAccess'];
const text = (name: string, optional: boolean) =>
  ({ name, type: 'text', optional, kind: 'text', options: [] }) as const;

describe('payload fields, read from the vocabulary', () => {
  test.each([
    [
      'WALKOUT_THREATENED',
      [
        { name: 'deadline', type: 'date', optional: false, kind: 'date', options: [] },
        {
          name: 'conditions',
          type: `list of ${CONDITIONS.join(' | ')}`,
          optional: false,
          kind: 'choices',
          options: CONDITIONS,
        },
      ],
    ],
    [
      'TALKS_SUSPENDED',
      [{ name: 'until', type: 'date', optional: true, kind: 'date', options: [] }],
    ],
    [
      'ENVOY_MET',
      [{ name: 'with', type: 'actor id', optional: false, kind: 'actor', options: [] }],
    ],
    [
      'START_DISPUTED',
      [
        {
          name: 'claim',
          type: 'preparatory | notStarted',
          optional: false,
          kind: 'choice',
          options: ['preparatory', 'notStarted'],
        },
      ],
    ],
    [
      'OFFENSIVE_LAUNCHED',
      [
        text('area', false),
        {
          name: 'intensity',
          type: 'limited | major | massive',
          optional: false,
          kind: 'choice',
          options: ['limited', 'major', 'massive'],
          suggested: 'major',
        },
      ],
    ],
    [
      'ATTACK_CLAIMED',
      [
        text('place', false),
        {
          name: 'killed',
          type: 'whole number from 0',
          optional: true,
          kind: 'number',
          options: [],
          min: 0,
        },
      ],
    ],
    [
      'CONFIDENCE_ASSESSED',
      [
        {
          name: 'level',
          type: 'number 0 to 100',
          optional: false,
          kind: 'number',
          options: [],
          min: 0,
          max: 100,
        },
      ],
    ],
    ['TALKS_CONCLUDED', [text('outcome', true)]],
    ['TALKS_RESUMED', []],
  ] as const)('%s', (type, fields) => {
    expect(payloadFields(type)).toEqual(fields);
  });
});

describe('a payload checked against the move’s day', () => {
  test('only a date field is read as a date: a place named with a number is no deadline passed', () => {
    expect(payloadProblem('TERRITORY_TAKEN', { place: '1st district' }, '2016-02-01')).toBeNull();
    expect(
      payloadProblem(
        'WALKOUT_THREATENED',
        { deadline: '2016-01-31', conditions: ['endAirStrikes'] },
        '2016-02-01',
      ),
    ).toBe("deadline: 2016-01-31 is before the move's own day, 2016-02-01");
  });
});
