/** The run as one JSON object, in the shape of DESIGN.md section 5. */
import { outcomeOf, type Run } from '../engine/run.js';

export function jsonReport(run: Run): string {
  const steps = run.entries.map(({ step }) => ({
    index: step.index,
    id: step.id,
    date: step.date,
    type: step.type,
    actor: step.actor,
    origin: step.origin,
    accepted: step.accepted,
    reason: step.reason,
    payload: step.payload,
    source: step.source,
    predicted: step.predicted,
    policy: step.policy,
    state: step.state,
    changes: step.changes,
  }));
  return `${JSON.stringify({ scenario: run.scenario.id, seed: run.seed, steps, outcome: outcomeOf(run) }, null, 2)}\n`;
}
