/**
 * Where a what-if's change of rules first matters. Played as recorded, a scenario's steps do not
 * depend on its rules (they only predict), so one replay serves both rule sets: the first step
 * where the rules it triggers act differently, or where a recorded move is left to the rules in
 * one set and not the other, is the first a changed rule could act on. Until then the what-if is
 * its record, step for step.
 */
import { rulesDiffer } from '../scenario/rules.js';
import type { Policy, Scenario } from '../scenario/types.js';
import { governs, momentOf, triggers } from './policies.js';
import { replay } from './run.js';

/**
 * The index into `scenario.events` from which the policies must play for `scenario.policies`
 * to act where they differ from `before`: the event of the first step where they do, or the
 * event a deadline step that does comes before. Null when no step of the replay tells them apart.
 * @example firstRuleDifference(whatIf, record.policies) // the index of the offensive that sets off a changed threat rule
 */
export function firstRuleDifference(scenario: Scenario, before: readonly Policy[]): number | null {
  const run = replay({ ...scenario, forkAt: null });
  let previous = run.initial;
  let events = 0;
  for (const { step, state } of run.entries) {
    const [then, now] = [momentOf(previous.machine), momentOf(state.machine)];
    const acting = (rules: readonly Policy[]) => rules.filter((p) => triggers(p, step, then, now));
    const leftToRules = (rules: readonly Policy[]) =>
      step.origin === 'script' && step.recorded && governs(rules, step.actor, step.type);
    if (
      rulesDiffer(acting(before), acting(scenario.policies)) ||
      leftToRules(scenario.policies) !== leftToRules(before)
    )
      return events;
    if (step.origin === 'script') events += 1;
    previous = state;
  }
  return null;
}
