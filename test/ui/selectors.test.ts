/** The pure view selectors and fitting helpers, tested without Ink. */
import { describe, expect, test } from 'vitest';
import { forkRun } from '../../src/engine/fork.js';
import { play, replay } from '../../src/engine/run.js';
import { SCRIPT_EVENT_TYPES, VOCABULARY } from '../../src/model/vocabulary.js';
import type { ScenarioEvent } from '../../src/scenario/types.js';
import { fitLines, wrapItems } from '../../src/text/fit.js';
import { previewedMoves } from '../../src/engine/movePreview.js';
import { defaultPayload } from '../../src/model/legalMoves.js';
import { effectLines } from '../../src/report/describe.js';
import {
  confidenceMeter,
  selectContext,
  selectStatechart,
  selectTimeline,
} from '../../src/ui/selectors.js';
import { stateAt } from '../../src/engine/branches.js';
import { themeFromEnv } from '../../src/ui/theme.js';
import { geneva } from './helpers.js';

const scenario = geneva();
const record = replay(scenario);
/** The record's first week, which ends with the walkout deadline of 5 February pending. */
const firstWeek = replay(scenario, { until: '2016-02-03' });
const END = record.entries.length;
const event = (
  id: string,
  type: ScenarioEvent['type'],
  date: string,
  actor = 'de-mistura',
): ScenarioEvent => ({
  id,
  type,
  date,
  actor,
  payload: {},
  source: null,
  note: null,
  recorded: false,
  at: { file: 'test', line: 0, col: 0 },
});

describe('selectTimeline', () => {
  test('keeps the current step in a window no taller than asked', () => {
    const rows = selectTimeline(record, 20, 8);
    expect(rows).toHaveLength(8);
    expect(rows.filter((r) => r.current).map((r) => r.text)).toEqual([
      '2016-02-01 FORMAL_START_DECLARED',
    ]);
    expect(selectTimeline(record, 0, 8)[0]!.index).toBe(0);
    expect(selectTimeline(record, END, 8).at(-1)!.current).toBe(true);
  });

  test("marks refused events, the clock's deadlines and events not on the record, and hides the future in predict mode", () => {
    // After the first week the walkout deadline (5 Feb) is pending: an event on 7 Feb fires it first.
    const run = play(
      firstWeek,
      [
        event('too-soon', 'DIRECT_TALKS_OPENED', '2016-02-07'),
        event('statement', 'STATEMENT_ISSUED', '2016-02-07'),
      ],
      null,
      '2016-02-07',
    );
    const marks = selectTimeline(run, run.entries.length, 4).map((r) => [r.text, r.mark]);
    expect(marks).toEqual([
      ['2016-02-03 TALKS_SUSPENDED', null],
      ['2016-02-05 DEADLINE_PASSED', 'clock'],
      ['2016-02-07 DIRECT_TALKS_OPENED', 'refused'],
      ['2016-02-07 STATEMENT_ISSUED', 'what-if'],
    ]);
    expect(selectTimeline(record, 5, 8, true).map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    expect(selectTimeline(record, END, END).every((r) => r.mark === null)).toBe(true);
  });
});

test('the statechart lists every top-level state and flags the current one with its sub-state', () => {
  const chart = selectStatechart(stateAt(record, 22));
  expect(chart.map((r) => r.states.length)).toEqual([8, 5, 3, 6]);
  expect(chart[0]!.states.filter((s) => s.current)).toEqual([
    { name: 'proximityTalks', current: true, next: false, sub: '.contested' },
  ]);
});

test('the context reads as words and numbers', () => {
  expect(confidenceMeter(40)).toBe('[####------] 40');
  const context = selectContext(record, 30);
  expect(context.deadline).toBe('walkout due 2016-02-05, 3 days left');
  expect(context.preconditions.find((p) => p.name === 'endAirStrikes')).toMatchObject({
    demanded: true,
    met: false,
  });
  expect(context.change).toBe('3 -> 0');
  expect(selectContext(record, 15).change).toBe('24 -> 4');
  expect(selectContext(record, 18).change).toBe('4 -> 9');
  expect(selectContext(record, 0).change).toBeNull();
  expect(context.claims).toEqual([
    '"started", says Staffan de Mistura',
    '"preparatory", says Syrian government delegation',
    '"notStarted", says High Negotiations Committee',
  ]);
});

test('fork moves: every default payload passes its schema, every listed move is accepted', () => {
  const state = stateAt(record, 20);
  const setting = { date: state.date, context: state.machine.context, actors: scenario.actors };
  for (const type of SCRIPT_EVENT_TYPES) {
    for (const actor of scenario.actors)
      expect(VOCABULARY[type].payload.safeParse(defaultPayload(type, actor, setting)).success).toBe(
        true,
      );
  }
  const moves = previewedMoves(state, scenario);
  expect(moves.map((m) => `${m.type} ${m.actor}`)).toContain('WALKOUT_THREATENED hnc');
  expect(moves.map((m) => m.type)).not.toContain('DELEGATION_ARRIVED');
  expect(moves.every((m) => m.preview.accepted)).toBe(true);
  expect(
    effectLines(scenario, moves.find((m) => m.type === 'WALKED_OUT' && m.actor === 'hnc')!.preview),
  ).toEqual([
    'process: proximityTalks.declared -> suspended',
    'opposition: attending -> walkedOut',
    'confidence 16 -> 1 (-15)',
  ]);
});

test('forkRun shares the history before the fork point', () => {
  const events = [
    ...scenario.events.slice(0, 10),
    event('x', 'STATEMENT_ISSUED', '2016-01-31'),
    ...scenario.events.slice(10),
  ];
  const fork = forkRun(record, { entries: 10, events: 10 }, { ...scenario, events, forkAt: 10 });
  expect(fork.entries[10]!.step.id).toBe('x');
  expect(fork.entries[9]).toBe(record.entries[9]);
});

test('text fitting never exceeds its lines', () => {
  expect(fitLines('one two three four', 9, 1)).toEqual(['one two…']);
  expect(fitLines('one two', 9, 2)).toEqual(['one two']);
  expect(wrapItems(['aaa', 'bbb', 'cc'], (s) => s.length + 1, 8)).toEqual([['aaa', 'bbb'], ['cc']]);
});

test('NO_COLOR turns colour off', () => {
  expect(themeFromEnv({ NO_COLOR: '1' }).colour).toBe(false);
  expect(themeFromEnv({}).colour).toBe(true);
});
