/** What a what-if did to its base's rules, as `parley rules` lists it, and when two rule sets act alike. */
import { describe, expect, test } from 'vitest';
import { policySchema } from '../src/scenario/policySchema.js';
import { policyOf, ruleChanges, rulesDiffer } from '../src/scenario/rules.js';
import { GENEVA, mustLoad } from './helpers/scenarios.js';

const base = mustLoad(GENEVA).policies;
const [first, second, third] = base;
if (!first || !second || !third) throw new Error('the record has fewer than three rules');

describe('a rule as the engine runs it', () => {
  const bare = {
    id: 'return-when-asked',
    when: { event: 'TALKS_RESUMED' },
    then: { actor: 'hnc', type: 'RETURNED_TO_TALKS' },
    probability: 0.5,
  };

  test('with no delay, payload, quote or note written: none, each an empty value', () => {
    expect(policyOf(policySchema.parse(bare))).toEqual({
      ...bare,
      then: { ...bare.then, payload: {} },
      delay: 0,
      source: null,
      note: null,
    });
  });

  test('with them written: each kept', () => {
    const written = { ...bare, delay: 3, source: first.source, note: 'slower' };
    expect(policyOf(policySchema.parse(written))).toEqual({
      ...written,
      then: { ...bare.then, payload: {} },
    });
  });
});

describe("a what-if's rules against its base's", () => {
  test('a rule switched off, one changed, one added; the rest as they were are not listed', () => {
    const rules = [
      { ...first, probability: 0 },
      { ...second, delay: second.delay + 2, note: 'slower' },
      third,
      { ...third, id: 'new-rule' },
    ];
    const changes = ruleChanges(base, rules);
    expect([...changes.keys()]).toEqual([first.id, second.id, 'new-rule']);
    expect(changes.get(first.id)).toEqual({
      kind: 'switched off',
      fields: ['probability'],
      before: first,
    });
    expect(changes.get(second.id)).toEqual({
      kind: 'changed',
      fields: ['delay', 'note'],
      before: second,
    });
    expect(changes.get('new-rule')).toEqual({
      kind: 'added',
      fields: ['when', 'then', 'probability', 'delay', 'source', 'note'],
      before: null,
    });
  });

  test('a rule already off whose note changes is changed, not switched off again', () => {
    const off = { ...first, probability: 0 };
    const changes = ruleChanges([off], [{ ...off, note: 'still off' }]);
    expect(changes.get(first.id)).toMatchObject({ kind: 'changed', fields: ['note'] });
  });

  test('rule sets differ when a rule acts otherwise, is added or is gone; not when only a note or a quote changes', () => {
    expect(
      rulesDiffer(
        base,
        base.map((p) => ({ ...p })),
      ),
    ).toBe(false);
    expect(
      rulesDiffer(
        base,
        base.map((p) => ({ ...p, note: 'restated', source: null })),
      ),
    ).toBe(false);
    expect(
      rulesDiffer(base, [{ ...first, probability: first.probability / 2 }, ...base.slice(1)]),
    ).toBe(true);
    expect(rulesDiffer(base, base.slice(1))).toBe(true);
    expect(rulesDiffer(base, [...base, { ...first, id: 'another' }])).toBe(true);
  });
});
