/**
 * A file with shape errors is still checked for everything else in one pass: the parts that fit
 * the schema are kept, each list entry in its place (null where it did not fit), so the messages
 * for the entries after a broken one still point at their own lines.
 */
import { describe, expect, test } from 'vitest';
import { salvage } from '../src/scenario/salvage.js';

const event = { id: 'e1', date: '2016-01-29', actor: 'hnc', type: 'BOYCOTT_ANNOUNCED' };
const rule = {
  id: 'walk',
  when: { event: 'OFFENSIVE_LAUNCHED', confidenceBelow: 30 },
  then: { actor: 'hnc', type: 'WALKED_OUT' },
  probability: 0.5,
  delay: 2,
};

describe('salvage', () => {
  test('fields that fit are kept as they are; fields of no list that do not fit are left out', () => {
    expect(salvage({ id: 'x', title: 'T', start: 3, seed: 'seven', unknown: 1 })).toEqual({
      id: 'x',
      title: 'T',
    });
  });

  test('events keep their places, null for those that do not fit', () => {
    expect(salvage({ events: [event, { id: 'e2' }, event] }).events).toEqual([event, null, event]);
  });

  test('actors that do not fit are dropped: no message points into the list by place', () => {
    const actor = { id: 'hnc', name: 'HNC', role: 'opposition' };
    expect(salvage({ actors: [actor, { id: 3 }] }).actors).toEqual([actor]);
  });

  test('a change keeps its place, null where it does not fit', () => {
    expect(
      salvage({
        replace: [
          { id: 'e1', date: 5 },
          { id: 'e1', date: '2016-01-30' },
        ],
      }).replace,
    ).toEqual([null, { id: 'e1', date: '2016-01-30' }]);
  });

  test('an insert block keeps its anchor and the events that fit; a block without events is null', () => {
    expect(
      salvage({
        insert: [
          { after: 'e1', events: [event, { id: 'bad' }] },
          { before: 'e1', events: [{ id: 'bad' }] },
          { after: 7, events: [event] },
          { after: 'e1' },
          'e1',
        ],
      }).insert,
    ).toEqual([
      { after: 'e1', events: [event, null] },
      { before: 'e1', events: [null] },
      { events: [event] },
      null,
      null,
    ]);
  });

  test('a rule keeps the conditions and fields that fit; a bad probability becomes 0', () => {
    const broken = {
      ...rule,
      when: { event: 'NO_SUCH_EVENT', confidenceBelow: 30, met: ['nothing'] },
      probability: 2,
      delay: -1,
      source: { doc: 3 },
    };
    expect(salvage({ policies: [rule, broken] }).policies).toEqual([
      rule,
      {
        id: 'walk',
        when: { confidenceBelow: 30 },
        then: rule.then,
        probability: 0,
      },
    ]);
  });

  test('a rule with a bad id or a bad move leaves nothing to check; one without a when keeps none', () => {
    const policies = salvage({
      policies: [
        { ...rule, id: 'Not A Slug' },
        { ...rule, then: { actor: 'hnc', type: 'NO_MOVE' } },
        'walk',
        { id: 'walk', then: rule.then, probability: 'half', delay: 1 },
        { id: 'walk', when: 'always', then: rule.then, probability: 0.5, source: 'x' },
      ],
    }).policies;
    expect(policies).toEqual([
      null,
      null,
      null,
      { id: 'walk', then: rule.then, probability: 0, delay: 1 },
      { id: 'walk', when: {}, then: rule.then, probability: 0.5 },
    ]);
  });

  test('an override of a base rule that fits is kept whole', () => {
    const override = { id: 'walk', probability: 0 };
    expect(salvage({ policies: [override, { id: 'walk', probability: -1 }] }).policies).toEqual([
      override,
      { id: 'walk', probability: 0 },
    ]);
  });

  test('expectations keep their places, null for those that do not fit', () => {
    const ok = { never: { opposition: 'walkedOut' } };
    expect(salvage({ expect: [ok, { sometimes: 1 }] }).expect).toEqual([ok, null]);
  });
});
