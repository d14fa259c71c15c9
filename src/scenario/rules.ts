/** A rule as the engine runs it, from a rule as written; and what tells two versions of a rule apart. */
import { isDeepStrictEqual } from 'node:util';
import type { PolicyEntry } from './policySchema.js';
import type { Policy } from './types.js';

/** The rule with its defaults filled in. @example policyOf(entry).delay // 0 when the file gives none */
export function policyOf(entry: PolicyEntry): Policy {
  return {
    id: entry.id,
    when: entry.when,
    then: { actor: entry.then.actor, type: entry.then.type, payload: entry.then.payload ?? {} },
    probability: entry.probability,
    delay: entry.delay ?? 0,
    source: entry.source ?? null,
    note: entry.note ?? null,
  };
}

/** The fields of a rule a what-if may change, in the order `parley rules` names them. */
export const RULE_FIELDS = ['when', 'then', 'probability', 'delay', 'source', 'note'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

/** The fields that decide what a rule does; its quote and note only explain it. */
const BEHAVIOUR: readonly RuleField[] = ['when', 'then', 'probability', 'delay'];

/** The fields in which two versions of a rule differ. @example changedFields(base, { ...base, probability: 0 }) // ['probability'] */
export function changedFields(before: Policy, after: Policy): RuleField[] {
  return RULE_FIELDS.filter((field) => !isDeepStrictEqual(before[field], after[field]));
}

/** What a rule does, with its id: equal for a rule restated as it was. */
const behaviourOf = (rule: Policy) => ({
  id: rule.id,
  ...Object.fromEntries(BEHAVIOUR.map((f) => [f, rule[f]])),
});

/** True when some rule is new, gone, or acts differently in `after`; restating one changes nothing. */
export function rulesDiffer(before: readonly Policy[], after: readonly Policy[]): boolean {
  return !isDeepStrictEqual(before.map(behaviourOf), after.map(behaviourOf));
}

/** What a what-if did to a rule of its base: changed some of its fields, added it, or switched it off (probability 0). */
export type RuleChange =
  | { readonly kind: 'added'; readonly fields: readonly RuleField[]; readonly before: null }
  | {
      readonly kind: 'changed' | 'switched off';
      /** The fields that differ from the base's rule. */
      readonly fields: readonly RuleField[];
      /** The base's rule. */
      readonly before: Policy;
    };

/**
 * Each rule of `rules` that is not the base's as it was, by id.
 * @example ruleChanges(record.policies, whatIf.policies).get('declare-start') // { kind: 'switched off', fields: ['probability'], before: ... }
 */
export function ruleChanges(
  base: readonly Policy[],
  rules: readonly Policy[],
): Map<string, RuleChange> {
  const out = new Map<string, RuleChange>();
  for (const rule of rules) {
    const before = base.find((p) => p.id === rule.id) ?? null;
    if (!before) {
      out.set(rule.id, { kind: 'added', fields: [...RULE_FIELDS], before: null });
      continue;
    }
    const fields = changedFields(before, rule);
    if (!fields.length) continue;
    out.set(rule.id, {
      kind: rule.probability === 0 && before.probability > 0 ? 'switched off' : 'changed',
      fields,
      before,
    });
  }
  return out;
}
