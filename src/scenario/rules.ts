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
export const behaviourOf = (rule: Policy) => ({ id: rule.id, ...Object.fromEntries(BEHAVIOUR.map((f) => [f, rule[f]])) });

/** True when some rule is new, gone, or acts differently in `after`; restating one changes nothing. */
export function rulesDiffer(before: readonly Policy[], after: readonly Policy[]): boolean {
  return !isDeepStrictEqual(before.map(behaviourOf), after.map(behaviourOf));
}
