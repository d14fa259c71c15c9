/** The run as one JSON object, in the shape README.md documents under "Commands" (`replay --format json`). */
import { summarizeContext } from '../engine/contextSummary.js';
import { contextOf, outcomeOf, type Run } from '../engine/run.js';
import { ruleOf } from '../engine/policies.js';
import { stepIdentity } from '../engine/stepIdentity.js';

export function jsonReport(run: Run): string {
  const steps = run.entries.map(({ step, state }) => {
    const rule = ruleOf(run.scenario, step);
    return {
      ...stepIdentity(step),
      accepted: step.accepted,
      reason: step.reason,
      payload: step.payload,
      source: step.source,
      predicted: step.predicted,
      policy: step.policy,
      // A rule's quote motivates the rule; it is never the move's own source.
      rule: rule
        ? { id: rule.id, probability: rule.probability, delay: rule.delay, motivation: rule.source }
        : null,
      cause: step.cause,
      state: step.state,
      context: summarizeContext(contextOf(state)),
      effects: step.effects,
    };
  });
  return `${JSON.stringify({ scenario: run.scenario.id, seed: run.seed, steps, outcome: outcomeOf(run) }, null, 2)}\n`;
}
