/**
 * The simulated clock keeps XState's delayed events as timers on calendar dates: a delayed raise
 * sets one, a raise with no delay sets none, a cancel takes its timer away, and a raise with the
 * id of a timer already set moves it.
 */
import { describe, expect, test } from 'vitest';
import { scheduleTimers, type Timer } from '../src/engine/clock.js';

const DAY = 24 * 60 * 60 * 1000;
const cause = { actor: 'hnc', setBy: 'hnc-threat' };
const raise = (params: unknown) => ({ type: 'xstate.raise', params });
const deadline = { type: 'xstate.after.walkout' };

describe('timers from a transition’s actions', () => {
  test('a delayed raise is due the given number of days later, named by its id, set by the move', () => {
    const timers = scheduleTimers(
      [],
      [raise({ id: 'walkout', delay: 3 * DAY, event: deadline })],
      '2016-02-02',
      cause,
    );
    expect(timers).toEqual([
      { id: 'walkout', due: '2016-02-05', event: deadline, actor: 'hnc', setBy: 'hnc-threat' },
    ]);
  });

  test('a delayed raise with no id is named by its event; one with no delay in days sets no timer', () => {
    const timers = scheduleTimers(
      [],
      [
        raise({ delay: DAY, event: deadline }),
        raise({ event: { type: 'NOW' } }),
        raise({ id: 'later', delay: '3', event: { type: 'LATER' } }),
      ],
      '2016-02-02',
      cause,
    );
    expect(timers.map((t) => [t.id, t.due])).toEqual([[deadline.type, '2016-02-03']]);
  });

  test('a raise with the id of a set timer replaces it; a cancel removes only its own', () => {
    const set: Timer[] = [
      { id: 'walkout', due: '2016-02-05', event: deadline, actor: 'hnc', setBy: 'first' },
      { id: 'other', due: '2016-02-09', event: { type: 'X' }, actor: 'gov', setBy: 'second' },
    ];
    const renewed = scheduleTimers(
      set,
      [raise({ id: 'walkout', delay: 7 * DAY, event: deadline })],
      '2016-02-06',
      cause,
    );
    expect(renewed.map((t) => [t.id, t.due, t.setBy])).toEqual([
      ['other', '2016-02-09', 'second'],
      ['walkout', '2016-02-13', 'hnc-threat'],
    ]);
    const cancelled = scheduleTimers(
      set,
      [{ type: 'xstate.cancel', params: { sendId: 'walkout' } }],
      '2016-02-06',
      cause,
    );
    expect(cancelled).toEqual([set[1]]);
  });

  test('other actions leave the timers as they were', () => {
    const set: Timer[] = [
      { id: 'walkout', due: '2016-02-05', event: deadline, actor: 'hnc', setBy: 'first' },
    ];
    expect(scheduleTimers(set, [{ type: 'xstate.assign' }], '2016-02-03', cause)).toBe(set);
  });

  test('an action XState shaped otherwise than the clock knows stops the engine with a plain message', () => {
    const schedule = (action: { type: string; params?: unknown }) => () =>
      scheduleTimers([], [action], '2016-02-02', cause);
    expect(schedule({ type: 'xstate.cancel', params: {} })).toThrow(
      'parley engine: an xstate.cancel action without a sendId',
    );
    expect(schedule({ type: 'xstate.cancel' })).toThrow('without a sendId');
    for (const params of [undefined, {}, { event: 'walkout' }, { event: { type: 3 } }])
      expect(schedule(raise(params))).toThrow(
        'parley engine: an xstate.raise action without an event',
      );
  });

  test('a timer keeps only the type of the event it raises', () => {
    const [timer] = scheduleTimers(
      [],
      [raise({ id: 'walkout', delay: DAY, event: { ...deadline, extra: 1 } })],
      '2016-02-02',
      cause,
    );
    expect(timer?.event).toEqual(deadline);
  });
});
